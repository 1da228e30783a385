// The `/` list under the draft: the templates matching what follows the slash, the highlighted one first to go in.
import type {TemplatePopup} from '../../../templates/template-popup.js';
import {Text} from '../../components/text.js';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth} from '../../../text/wrap.js';

/** Rows the list takes for a popup: a heading, then up to `room` templates. */
export function templateListRows(popup: TemplatePopup, room: number): number {
	return 1 + Math.min(Math.max(1, popup.items.length), Math.max(1, room));
}

export function TemplateList({popup, width, rows}: {popup: TemplatePopup; width: number; rows: number}) {
	const theme = useTheme();
	const room = Math.max(1, rows - 1);
	const start = Math.max(0, Math.min(popup.selected - room + 1, popup.items.length - room));
	const shown = popup.items.slice(start, start + room);
	const query = popup.token.query;
	const heading =
		popup.items.length === 0
			? `No template matches "${query}" · Esc closes, Enter is a new line`
			: `${query === '' ? 'Suggested templates' : `Templates matching "${query}"`} · ↑↓ choose · Enter inserts · Esc closes`;
	return (
		<>
			<Text wrap="truncate-end" {...theme.tone.muted}>
				{fitWidth(heading, width)}
			</Text>
			{shown.map((item, index) => {
				const selected = start + index === popup.selected;
				return (
					<Text key={item.id} wrap="truncate-end" {...(selected ? theme.selection : {})}>
						{fitWidth(`${selected ? '›' : ' '} ${item.title}  ${item.detail}`, width)}
					</Text>
				);
			})}
		</>
	);
}
