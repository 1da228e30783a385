// The outbox's state machine, pure: who may take an item, and what an attempt's outcome makes of it.
import type {DeskError} from '../../domain/errors.js';
import {backoffDelay, type Backoff} from '../../providers/http/retry-policy.js';
import type {OutboxItem} from './outbox-item.js';

/** What an attempt (or a read-back) came to. */
export type AttemptOutcome =
	| {type: 'delivered'; messageId: string}
	/** Certainly not applied and final: a 4xx, a refusal, a changed conversation under --if-unchanged. */
	| {type: 'failed'; error: string}
	/** Certainly not applied, worth trying again (429, connection refused, a busy local desk). */
	| {type: 'not-applied'; error: string; waitMs: number}
	/** It may have landed (reset, timeout, 5xx after the write, an unreadable 2xx): read back before resending. */
	| {type: 'unknown'; error: string; waitMs: number};

export type FailureKind = 'conflict' | 'failed' | 'not-applied' | 'unknown';

/**
 * Sorts a failed write by what it says about the back end's state. The HTTP client marks a POST cut off
 * or answered 5xx as not retryable (it may have been carried out), and a refused connection as retryable.
 */
export function classifyFailure(error: DeskError): FailureKind {
	switch (error.code) {
		case 'conflict':
			return 'conflict';
		case 'usage':
		case 'not_found':
		case 'forbidden':
		case 'auth':
		case 'unsupported':
		case 'read_only':
			return 'failed';
		case 'rate_limited':
			return 'not-applied';
		case 'unavailable':
			return error.retryable ? 'not-applied' : 'unknown';
		case 'invalid_response':
		case 'internal':
			return 'unknown';
	}
}

/** How long to wait before the next attempt: the shared backoff, or longer when the back end said so. */
export function retryWait(error: Pick<DeskError, 'retryAfter'>, attempt: number, backoff: Backoff, random: () => number): number {
	return Math.max(backoffDelay(attempt, backoff, random), (error.retryAfter ?? 0) * 1000);
}

export type OwnerAlive = (owner: string) => boolean;

/** A lease whose holder died (kill -9, a crash) or ran out of time no longer protects the item. */
export function leaseHeld(item: Pick<OutboxItem, 'state' | 'leaseOwner' | 'leaseUntil'>, now: number, alive: OwnerAlive): boolean {
	if (item.state !== 'sending' || item.leaseOwner === null) return false;
	return (item.leaseUntil ?? 0) > now && alive(item.leaseOwner);
}

/** May this attempt start now? `due` false ignores the backoff (an agent asked for it by hand). */
export function claimable(item: OutboxItem, now: number, alive: OwnerAlive, due = true): boolean {
	if (item.state === 'delivered' || item.state === 'failed') return false;
	if (item.state === 'sending') return !leaseHeld(item, now, alive);
	return !due || item.nextAttemptAt <= now;
}

/**
 * Takes the item for one attempt. From here on the outcome is unknown until settled, so checkFirst is
 * stored as true: whoever finds the item after a crash reads the conversation back first. The returned
 * `check` says whether this attempt must do so (an earlier attempt may have landed).
 */
export function claim(item: OutboxItem, now: number, owner: string, leaseMs: number): {item: OutboxItem; check: boolean} {
	const check = item.checkFirst || item.state === 'sending' || item.state === 'unknown';
	return {item: {...item, state: 'sending', checkFirst: true, leaseOwner: owner, leaseUntil: now + leaseMs}, check};
}

/** Counts a send: called after a read-back found nothing, just before the write goes out. */
export function startSend(item: OutboxItem): OutboxItem {
	return {...item, attempts: item.attempts + 1};
}

export function settle(item: OutboxItem, outcome: AttemptOutcome, now: number): OutboxItem {
	const released = {...item, leaseOwner: null, leaseUntil: null};
	switch (outcome.type) {
		case 'delivered':
			return {...released, state: 'delivered', messageId: outcome.messageId, deliveredAt: now, lastError: null, checkFirst: false};
		case 'failed':
			return {...released, state: 'failed', lastError: outcome.error, checkFirst: false};
		case 'not-applied':
			return {...released, state: 'queued', lastError: outcome.error, checkFirst: false, nextAttemptAt: now + outcome.waitMs};
		case 'unknown':
			return {...released, state: 'unknown', lastError: outcome.error, checkFirst: true, nextAttemptAt: now + outcome.waitMs};
	}
}

/**
 * A failed item tried again by hand, or an identical reply sent again: queued at once. It is read back
 * first if it was ever sent, since an earlier unknown attempt may have landed after all.
 */
export function requeue(item: OutboxItem, now: number): OutboxItem {
	if (item.state !== 'failed' && item.state !== 'queued' && item.state !== 'unknown') return item;
	return {...item, state: item.state === 'unknown' ? 'unknown' : 'queued', nextAttemptAt: now, checkFirst: item.checkFirst || item.attempts > 0};
}
