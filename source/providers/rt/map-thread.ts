// Transactions + attachments -> the conversation's messages. Create and Correspond are the public
// thread (customer or agent by who wrote them), Comment is an internal note; the rest is history.
import type {Conversation, Customer, Message, MessageKind} from '../../domain/conversation.js';
import {timeFromRt} from './map-dates.js';
import {summaryFromTicket, type TicketMapOptions} from './map-ticket.js';
import {displayName, userName} from './map-user.js';
import type {RtAttachment, RtTicket, RtTransaction} from './rt-schemas.js';

const messageTypes = new Set(['Create', 'Correspond', 'Comment']);
/** RT's own account: scrips and automatic replies. */
export const systemUser = 'RT_System';

/** A transaction's readable text: its plain-text part, else its HTML part without tags; files are named. */
export function bodyOf(parts: readonly RtAttachment[]): string {
	const inline = parts.filter(part => !part.Filename);
	const plain = inline.find(part => part.ContentType.startsWith('text/plain') && part.Content.trim() !== '');
	const html = inline.find(part => part.ContentType.startsWith('text/html') && part.Content.trim() !== '');
	const text = plain ? plain.Content : html ? htmlToText(html.Content) : '';
	const files = parts.filter(part => part.Filename).map(part => `[attachment: ${part.Filename}]`);
	return [text.replace(/\s+$/, ''), ...files].filter(Boolean).join('\n');
}

export function htmlToText(html: string): string {
	return html
		.replace(/<(br|\/p|\/div|\/li|\/tr|\/h\d)\s*\/?>/gi, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

export function messageKind(transaction: RtTransaction, requestors: ReadonlySet<string>): MessageKind {
	if (transaction.Type === 'Comment') return 'note';
	if (transaction.Type === 'Create') return 'customer';
	const author = transaction.Creator ? userName(transaction.Creator) : '';
	if (author === systemUser) return 'bot';
	return requestors.has(author) ? 'customer' : 'agent';
}

export function messagesFromThread(
	ticketId: string,
	transactions: readonly RtTransaction[],
	attachments: readonly RtAttachment[],
	requestors: ReadonlySet<string>,
	customer?: Pick<Customer, 'id' | 'name'>,
): Message[] {
	const parts = new Map<string, RtAttachment[]>();
	for (const attachment of attachments) {
		const list = parts.get(attachment.TransactionId) ?? [];
		list.push(attachment);
		parts.set(attachment.TransactionId, list);
	}
	return transactions
		.filter(transaction => messageTypes.has(transaction.Type))
		.map(transaction => ({
			id: transaction.id,
			conversationId: ticketId,
			kind: messageKind(transaction, requestors),
			...author(transaction, requestors, customer),
			body: bodyOf(parts.get(transaction.id) ?? []),
			createdAt: timeFromRt(transaction.Created) ?? 0,
			channel: 'email' as const,
		}))
		.sort((a, b) => a.createdAt - b.createdAt || Number(a.id) - Number(b.id));
}

/**
 * Who wrote it. A ticket that staff opened for a customer (phone, walk-in) starts with the customer's
 * words under the staff member's name: show the customer, as the message kind already says.
 */
function author(transaction: RtTransaction, requestors: ReadonlySet<string>, customer?: Pick<Customer, 'id' | 'name'>) {
	const creator = transaction.Creator ? userName(transaction.Creator) : null;
	if (transaction.Type === 'Create' && customer && (creator === null || !requestors.has(creator))) {
		return {authorId: customer.id, authorName: customer.name};
	}
	return {authorId: creator, authorName: transaction.Creator ? displayName(transaction.Creator) : 'unknown'};
}

/** The waiting clock, first response and preview, from the thread itself. */
export function threadTimes(messages: readonly Message[]) {
	let waitingSince: number | null = null;
	let firstCustomer: number | null = null;
	let firstResponseAt: number | null = null;
	let preview = '';
	for (const message of messages) {
		if (message.kind === 'customer') {
			waitingSince ??= message.createdAt;
			firstCustomer ??= message.createdAt;
			preview = message.body;
		} else if (message.kind === 'agent' || message.kind === 'bot') {
			waitingSince = null;
			if (firstCustomer !== null && message.kind === 'agent') firstResponseAt ??= message.createdAt;
		}
	}
	const line = preview.replace(/\s+/g, ' ').trim();
	return {waitingSince, firstResponseAt, preview: line.length > 140 ? `${line.slice(0, 139)}…` : line};
}

export function conversationFromTicket(
	ticket: RtTicket,
	etag: string | undefined,
	transactions: readonly RtTransaction[],
	attachments: readonly RtAttachment[],
	customer: Customer,
	options: TicketMapOptions = {},
): Conversation {
	const summary = summaryFromTicket(ticket, options);
	const requestors = new Set((ticket.Requestor ?? []).map(userName));
	const messages = messagesFromThread(ticket.id, transactions, attachments, requestors, customer);
	const times = threadTimes(messages);
	return {
		...summary,
		customerName: customer.name,
		waitingSince: summary.status === 'closed' ? null : times.waitingSince,
		firstResponseAt: times.firstResponseAt,
		messageCount: messages.length,
		preview: times.preview,
		version: etag ?? summary.version,
		customer,
		messages,
		ratings: {csat: null, nps: null, ces: null},
		pageUrl: null,
	};
}
