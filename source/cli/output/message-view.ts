// One message of a thread: author, kind and time on a rule, then the body; plain lines in a pipe.
import type {Message} from '../../domain/conversation.js';
import {messageKindLabels, messageKindTones} from '../../presenters/message-kinds.js';
import {sanitizeForTerminal} from '../../presenters/sanitize.js';
import {isoTime, relativeTime} from '../../presenters/time.js';
import {wrapText} from '../../presenters/wrap.js';
import {plainCell} from './plain.js';
import type {Style} from './style.js';

export type ViewOptions = {tty: boolean; style: Style; now: number; width: number};

export function formatMessage(message: Message, options: ViewOptions): string {
	const author = sanitizeForTerminal(message.authorName);
	const kind = messageKindLabels[message.kind];
	const body = sanitizeForTerminal(message.body);
	if (!options.tty) {
		const head = [message.kind, plainCell(message.authorName), isoTime(message.createdAt) ?? '', message.channel, message.id];
		return `${head.join('\t')}\n${body}\n`;
	}
	const {style, width} = options;
	const label = ` ${author} · ${kind} · ${relativeTime(message.createdAt, options.now)} · ${message.channel} `;
	const rule = `──${label}${'─'.repeat(Math.max(2, width - [...label].length - 2))}`;
	const tone = messageKindTones[message.kind];
	const lines = wrapText(body, width - 2).map(line => `  ${line}`.trimEnd());
	// Notes are tinted as a whole so an internal remark is never mistaken for what the customer saw.
	const bodyText = message.kind === 'note' ? lines.map(line => style.tone(tone, line)).join('\n') : lines.join('\n');
	return `${style.tone(tone, rule)}\n${bodyText}\n`;
}
