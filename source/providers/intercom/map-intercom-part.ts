// Intercom's first message (the source) and its conversation parts as deskterm messages.
import type {Channel, Message} from '../../domain/conversation.js';
import {plainText} from '../shared/plain-text.js';
import type {IntercomAuthor, IntercomConversation, IntercomPart} from './intercom-schemas.js';

export {plainText};

const customerAuthors = ['user', 'lead', 'contact'];
/** Parts that say something to the customer when they carry a body (closing with a goodbye, for one). */
const publicParts = ['comment', 'quick_reply', 'close', 'open', 'snoozed'];
/** Parts whose body only teammates see. */
const notedParts = ['note', 'assignment', 'note_and_reply'];

function authorKind(author: IntercomAuthor | null | undefined): Message['kind'] {
	if (customerAuthors.includes(author?.type ?? '')) return 'customer';
	if (author?.type === 'bot' || author?.from_ai_agent || author?.is_ai_answer) return 'bot';
	return 'agent';
}

/** Events without words (assignments without a note, state changes, tag changes) are left out. */
export function mapIntercomPart(part: IntercomPart, conversationId: string, channel: Channel): Message | null {
	const body = plainText(part.body ?? '');
	if (body === '') return null;
	let kind: Message['kind'];
	if (notedParts.includes(part.part_type)) kind = 'note';
	else if (publicParts.includes(part.part_type)) kind = authorKind(part.author);
	else return null;
	return {
		id: part.id,
		conversationId,
		kind,
		authorId: part.author?.id ?? null,
		authorName: part.author?.name ?? (kind === 'bot' ? 'Intercom bot' : ''),
		body,
		createdAt: part.created_at * 1000,
		channel,
	};
}

/** The message that opened the conversation. */
export function mapIntercomSource(conversation: IntercomConversation, channel: Channel): Message | null {
	const source = conversation.source;
	const body = plainText(source?.body ?? '');
	if (!source || body === '') return null;
	return {
		id: source.id ?? `${conversation.id}-source`,
		conversationId: conversation.id,
		kind: authorKind(source.author),
		authorId: source.author?.id ?? null,
		authorName: source.author?.name ?? source.author?.email ?? '',
		body,
		createdAt: conversation.created_at * 1000,
		channel,
	};
}
