// Reconciliation, pure: is an item whose last attempt had an unknown outcome already in the conversation?
import type {Conversation, Message} from '../../domain/conversation.js';
import {normaliseBody, type OutboxItem} from './outbox-item.js';

/** Our clock and the back end's disagree a little; a message this much older than the item may still be it. */
export const clockSkewMs = 2 * 60_000;

const kindsOf: Record<OutboxItem['kind'], ReadonlyArray<Message['kind']>> = {reply: ['agent', 'bot'], note: ['note']};

/**
 * Our message: same kind and text, written by us, no older than the item (less the clock skew), and not
 * already counted as another item's delivery (an identical reply sent on purpose earlier). The earliest wins.
 */
export function findDelivered(
	conversation: Pick<Conversation, 'messages'>,
	item: Pick<OutboxItem, 'kind' | 'body' | 'queuedAt'>,
	myId: string,
	claimed: ReadonlySet<string>,
	skewMs = clockSkewMs,
): Message | null {
	const body = normaliseBody(item.body);
	const kinds = kindsOf[item.kind];
	const found = conversation.messages.filter(
		message =>
			kinds.includes(message.kind) &&
			message.authorId === myId &&
			!claimed.has(message.id) &&
			message.createdAt >= item.queuedAt - skewMs &&
			normaliseBody(message.body) === body,
	);
	return found.sort((a, b) => a.createdAt - b.createdAt)[0] ?? null;
}
