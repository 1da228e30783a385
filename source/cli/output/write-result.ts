// After a write: the updated conversation as JSON for scripts, or one confirming line naming the customer.
import type {Context} from '../../context.js';
import type {Conversation} from '../../domain/conversation.js';
import {summaryToJson} from '../../presenters/conversation-json.js';
import {sanitizeForTerminal} from '../../presenters/sanitize.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {pickFields, writeJson, type JsonRequest} from './json-output.js';
import {createStyle} from './style.js';

export async function printWriteResult(
	io: Io,
	context: Context,
	id: string,
	request: JsonRequest | null,
	confirm: (what: string) => string,
): Promise<number> {
	const conversation = await (await context.provider()).getConversation(id);
	if (request) writeJson(io, pickFields(summaryToJson(conversation), request));
	else io.write(`${createStyle(io.color).tone('ok', confirm(describe(conversation)))}\n`);
	return exitCodes.ok;
}

/** "#1042 (Ada Lovelace: Refund please)": the handle, then the person and what it is about (sanitised before it is cut). */
export function describe(conversation: Conversation): string {
	const subject = [...sanitizeForTerminal(conversation.subject).replace(/\s+/g, ' ')];
	const short = subject.length > 40 ? `${subject.slice(0, 39).join('')}…` : subject.join('');
	return `#${conversation.id} (${conversation.customerName}: ${short})`;
}
