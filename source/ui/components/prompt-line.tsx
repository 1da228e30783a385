// A one-line text field drawn with its cursor, scrolled so the cursor stays visible.
import type {LineEditor} from '../../text/line-editor.js';
import {useTheme} from '../theme/theme-context.js';
import {displayWidth} from '../../text/wrap.js';
import {Text} from './text.js';

export function PromptLine({label, editor, width}: {label: string; editor: LineEditor; width: number}) {
	const theme = useTheme();
	const characters = [...editor.value];
	let before = characters.slice(0, editor.cursor).join('');
	const under = characters[editor.cursor] ?? ' ';
	const after = characters.slice(editor.cursor + 1).join('');
	const room = Math.max(1, width - displayWidth(label) - 1);
	while (displayWidth(before) > room && before.length > 0) before = [...before].slice(1).join('');
	return (
		<Text wrap="truncate-end">
			<Text {...theme.key}>{label}</Text>
			{before}
			<Text {...theme.cursor}>{under}</Text>
			{after}
		</Text>
	);
}
