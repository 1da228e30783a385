// The field prompt under the draft: which template field is being filled, what is typed, and the keys that move on.
import {currentField} from '../../../templates/fill-session.js';
import {Text} from '../../components/text.js';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth} from '../../../text/wrap.js';
import type {FillState} from './fill-state.js';

export function FillPrompt({fill, width}: {fill: FillState; width: number}) {
	const theme = useTheme();
	const field = currentField(fill.session);
	if (!field) return null;
	const left = fill.session.fields.filter(each => each.value === null).length;
	const position = `${fill.session.current + 1} of ${fill.session.fields.length}`;
	const keys = 'Enter accepts · Tab next · Shift+Tab back · Esc stops';
	return (
		<Text wrap="truncate-end">
			<Text {...theme.badge}>{` {{${field.name}}} `}</Text>
			<Text>{fitWidth(` ${fill.value}▏ (field ${position}, ${left} empty) ${keys}`, Math.max(1, width - field.name.length - 6))}</Text>
		</Text>
	);
}
