// A Freshdesk conversation entry (reply, note, forwarded mail) as a deskterm message.
import type {Channel, Message} from '../../domain/conversation.js';
import {plainText} from '../shared/plain-text.js';
import type {FreshdeskConversation} from './freshdesk-schemas.js';
import type {FreshdeskDirectory} from './map-freshdesk-ticket.js';

/** Source 2 is a note (private or public); incoming or written by the requester is the customer's; other authors are agents. */
export function mapFreshdeskConversation(entry: FreshdeskConversation, ticket: {id: number; requester_id: number; requester?: {name?: string | null | undefined; email?: string | null | undefined} | null | undefined}, directory: FreshdeskDirectory, channel: Channel): Message {
	const author = entry.user_id === null || entry.user_id === undefined ? null : String(entry.user_id);
	const note = entry.private || entry.source === 2;
	const customer = !note && (entry.incoming || entry.user_id === ticket.requester_id);
	const agent = author === null ? undefined : directory.agents.get(author);
	const authorName = customer ? (ticket.requester?.name || ticket.requester?.email || entry.from_email || '') : (agent?.name ?? entry.from_email ?? '');
	return {
		id: String(entry.id),
		conversationId: String(ticket.id),
		kind: note ? 'note' : customer ? 'customer' : agent?.role === 'bot' ? 'bot' : 'agent',
		authorId: author,
		authorName,
		body: entry.body_text?.trim() || plainText(entry.body ?? ''),
		createdAt: Date.parse(entry.created_at) || 0,
		channel,
	};
}
