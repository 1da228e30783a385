// One reply or note in the outbox: written to disk before it is sent, kept until the back end has it once.
import {firstLineOf} from '../../presenters/conversation-changes.js';

export type OutboxKind = 'reply' | 'note';

/**
 * queued: waiting for its (next) attempt; sending: an attempt is in flight (leased); unknown: the last
 * attempt may or may not have landed, so the conversation is read back before any resend; failed: the
 * back end certainly refused it (final until retried by hand); delivered: the back end has it, once.
 */
export const outboxStates = ['queued', 'sending', 'unknown', 'failed', 'delivered'] as const;
export type OutboxState = (typeof outboxStates)[number];

export type OutboxItem = {
	id: string;
	/** The profile it was written for: it is only ever delivered to that back end. */
	profile: string;
	conversationId: string;
	kind: OutboxKind;
	body: string;
	state: OutboxState;
	queuedAt: number;
	/** Sends tried (read-backs are not counted). */
	attempts: number;
	/** The back end may already have it: read the conversation back before sending again. */
	checkFirst: boolean;
	/** Not tried again before this time (backoff, Retry-After). */
	nextAttemptAt: number;
	lastError: string | null;
	/** Who holds the item while an attempt is in flight ("host/pid/token"), and until when. */
	leaseOwner: string | null;
	leaseUntil: number | null;
	/** The back end's id of the delivered message: it can never count as another item's delivery. */
	messageId: string | null;
	deliveredAt: number | null;
	/** Sent as the write's expected version (--if-unchanged): a changed conversation refuses it. */
	expectedVersion: string | null;
	/** What to do once delivered (a template reply's actions and recorded uses), as JSON. */
	followUp: string | null;
};

export type NewItem = Pick<OutboxItem, 'id' | 'profile' | 'conversationId' | 'kind' | 'body'> & {
	now: number;
	expectedVersion?: string | undefined;
	followUp?: string | undefined;
};

export function newOutboxItem(input: NewItem): OutboxItem {
	return {
		id: input.id,
		profile: input.profile,
		conversationId: input.conversationId,
		kind: input.kind,
		body: input.body,
		state: 'queued',
		queuedAt: input.now,
		attempts: 0,
		checkFirst: false,
		nextAttemptAt: input.now,
		lastError: null,
		leaseOwner: null,
		leaseUntil: null,
		messageId: null,
		deliveredAt: null,
		expectedVersion: input.expectedVersion ?? null,
		followUp: input.followUp ?? null,
	};
}

/** Back ends reflow text (HTML paragraphs, trimmed lines): two bodies are the same message when their words are. */
export function normaliseBody(body: string): string {
	return body.replace(/\s+/g, ' ').trim();
}

export function isSameMessage(item: Pick<OutboxItem, 'conversationId' | 'kind' | 'body'>, other: Pick<OutboxItem, 'conversationId' | 'kind' | 'body'>): boolean {
	return item.conversationId === other.conversationId && item.kind === other.kind && normaliseBody(item.body) === normaliseBody(other.body);
}

export function isUndelivered(item: Pick<OutboxItem, 'state'>): boolean {
	return item.state !== 'delivered';
}

/** The first non-blank line, for lists and the console's pending line. */
export const firstLine = firstLineOf;
