// The thread as display lines for a width: a header per message (glyph, author, kind, time, channel), then the body.
import type {Conversation, MessageKind} from '../../../domain/conversation.js';
import {sanitizeForTerminal} from '../../../presenters/sanitize.js';
import type {Tone} from '../../../presenters/queue-columns.js';
import {relativeTime} from '../../../presenters/time.js';
import type {ConsolePanel} from '../../extensions.js';
import {wrapText} from '../../../text/wrap.js';

export type ThreadLine = {
	text: string;
	kind: MessageKind | null;
	role: 'header' | 'body' | 'gap' | 'panel-title' | 'panel';
	tone?: Tone;
};

export type KindLook = {glyph: string; label: string; rule: string};

/** "2 Mar, 08:10": the wall-clock time next to the relative one. */
function clockTime(at: number): string {
	return new Date(at).toLocaleString('en-GB', {day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'});
}

export function threadLines(
	conversation: Pick<Conversation, 'messages'>,
	width: number,
	now: number,
	looks: Record<MessageKind, KindLook>,
): ThreadLine[] {
	const lines: ThreadLine[] = [];
	conversation.messages.forEach((message, index) => {
		const look = looks[message.kind];
		if (index > 0) lines.push({text: '', kind: null, role: 'gap'});
		const author = sanitizeForTerminal(message.authorName).replace(/\s+/g, ' ');
		const when = `${relativeTime(message.createdAt, now)} (${clockTime(message.createdAt)})`;
		lines.push({text: `${look.glyph} ${author} · ${look.label} · ${when} · ${message.channel}`, kind: message.kind, role: 'header'});
		const body = sanitizeForTerminal(message.body.replace(/\r\n?/g, '\n').replace(/\t/g, '    ')).replace(/\n{3,}/g, '\n\n');
		for (const text of wrapText(body.trimEnd(), Math.max(8, width - 2))) {
			lines.push({text: `${look.rule} ${text}`, kind: message.kind, role: 'body'});
		}
	});
	return lines;
}

/** Panels placed above the thread when there is no room beside it. */
export function panelLines(panels: ConsolePanel[], width: number): ThreadLine[] {
	return panels.flatMap(panel => [
		{text: panel.title, kind: null, role: 'panel-title' as const},
		...panel.lines.flatMap(line => wrapText(line.text, width).map(text => ({text, kind: null, role: 'panel' as const, tone: line.tone}))),
		{text: '', kind: null, role: 'gap' as const},
	]);
}
