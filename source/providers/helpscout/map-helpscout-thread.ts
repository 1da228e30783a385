// Help Scout threads as deskterm messages: customer and reply threads are said, notes are internal, line items are not messages.
import type {Channel, Message} from '../../domain/conversation.js';
import {plainText} from '../shared/plain-text.js';
import type {HelpscoutPerson, HelpscoutThread} from './helpscout-schemas.js';

export function personName(person: {first?: string | null | undefined; last?: string | null | undefined; email?: string | null | undefined} | null | undefined): string {
	if (!person) return '';
	return [person.first, person.last].filter(Boolean).join(' ') || (person.email ?? '');
}

const said: Record<string, Message['kind']> = {customer: 'customer', message: 'agent', reply: 'agent', chat: 'agent', phone: 'agent', note: 'note', beaconchat: 'customer'};

/** Drafts and line items (status changes, assignments) are not part of what was said. */
export function mapHelpscoutThread(thread: HelpscoutThread, conversationId: string, channel: Channel): Message | null {
	if (thread.state === 'draft' || thread.state === 'hidden') return null;
	let kind = said[thread.type];
	if (kind === undefined) return null;
	const author: HelpscoutPerson | null | undefined = thread.createdBy;
	// A chat or phone thread is the customer's when a customer created it.
	if ((thread.type === 'chat' || thread.type === 'phone') && author?.type === 'customer') kind = 'customer';
	return {
		id: String(thread.id),
		conversationId,
		kind,
		authorId: author ? String(author.id) : null,
		authorName: personName(author),
		body: plainText(thread.body ?? ''),
		// An unreadable time sorts first rather than giving NaN, on which the thread's order and its ISO times break.
		createdAt: Date.parse(thread.createdAt) || 0,
		channel: thread.type === 'chat' || thread.type === 'beaconchat' ? 'chat' : thread.type === 'phone' ? 'phone' : channel,
	};
}
