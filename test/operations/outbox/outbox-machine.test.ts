import {describe, expect, it} from 'vitest';
import {DeskError} from '../../../source/domain/errors.js';
import {newOutboxItem} from '../../../source/operations/outbox/outbox-item.js';
import {claim, claimable, classifyFailure, leaseHeld, requeue, retryWait, settle, startSend} from '../../../source/operations/outbox/outbox-machine.js';

const now = 1_000_000;
const item = newOutboxItem({id: 'ob-00000001', profile: 'work', conversationId: '7', kind: 'reply', body: 'Hi', now});
const alive = () => true;
const dead = () => false;

describe('the outbox state machine', () => {
	it('sorts failures by what they say about the back end: final, not applied, or unknown', () => {
		expect(classifyFailure(new DeskError('usage', 'HTTP 422'))).toBe('failed');
		expect(classifyFailure(new DeskError('forbidden', 'HTTP 403'))).toBe('failed');
		expect(classifyFailure(new DeskError('not_found', 'HTTP 404'))).toBe('failed');
		expect(classifyFailure(new DeskError('conflict', 'HTTP 412'))).toBe('conflict');
		expect(classifyFailure(new DeskError('rate_limited', 'HTTP 429'))).toBe('not-applied');
		expect(classifyFailure(new DeskError('unavailable', 'ECONNREFUSED', {retryable: true}))).toBe('not-applied');
		expect(classifyFailure(new DeskError('unavailable', 'HTTP 502 after POST', {retryable: false}))).toBe('unknown');
		expect(classifyFailure(new DeskError('invalid_response', 'not JSON'))).toBe('unknown');
	});

	it('waits the shared backoff, or longer when the back end said Retry-After', () => {
		const backoff = {baseMs: 100, maxMs: 1000};
		expect(retryWait({retryAfter: undefined}, 1, backoff, () => 0)).toBe(50);
		expect(retryWait({retryAfter: undefined}, 3, backoff, () => 1)).toBe(400);
		expect(retryWait({retryAfter: 7}, 1, backoff, () => 1)).toBe(7000);
	});

	it('marks a claimed item as "read back first", so a crash mid-send never leads to a blind resend', () => {
		const first = claim(item, now, 'host/1/a', 60_000);
		expect(first.check).toBe(false);
		expect(first.item).toMatchObject({state: 'sending', checkFirst: true, leaseOwner: 'host/1/a', leaseUntil: now + 60_000});
		expect(leaseHeld(first.item, now + 1, alive)).toBe(true);
		expect(claimable(first.item, now + 1, alive)).toBe(false);
		// Its holder died (kill -9): another process takes it, and must read back first.
		expect(claimable(first.item, now + 1, dead)).toBe(true);
		expect(claim(first.item, now + 1, 'host/2/b', 60_000).check).toBe(true);
		// Or its lease ran out.
		expect(claimable(first.item, now + 60_001, alive)).toBe(true);
	});

	it('settles an outcome: delivered keeps the message id, unknown reads back before the next try after its wait', () => {
		const sending = startSend(claim(item, now, 'o', 1000).item);
		expect(sending.attempts).toBe(1);
		const delivered = settle(sending, {type: 'delivered', messageId: 'm9'}, now + 5);
		expect(delivered).toMatchObject({state: 'delivered', messageId: 'm9', deliveredAt: now + 5, leaseOwner: null, checkFirst: false});
		expect(claimable(delivered, now + 10, alive, false)).toBe(false);
		const unknown = settle(sending, {type: 'unknown', error: 'reset', waitMs: 300}, now);
		expect(unknown).toMatchObject({state: 'unknown', checkFirst: true, nextAttemptAt: now + 300, lastError: 'reset'});
		expect(claimable(unknown, now + 299, alive)).toBe(false);
		expect(claimable(unknown, now + 299, alive, false)).toBe(true);
		expect(settle(sending, {type: 'not-applied', error: '429', waitMs: 7000}, now)).toMatchObject({state: 'queued', checkFirst: false, nextAttemptAt: now + 7000});
		const failed = settle(sending, {type: 'failed', error: 'HTTP 422'}, now);
		expect(failed.state).toBe('failed');
		expect(claimable(failed, now + 10_000, alive, false)).toBe(false);
	});

	it('queues a failed item again by hand, reading back first if it was ever sent', () => {
		const failed = settle(startSend(claim(item, now, 'o', 1000).item), {type: 'failed', error: 'HTTP 403'}, now);
		expect(requeue(failed, now + 1)).toMatchObject({state: 'queued', nextAttemptAt: now + 1, checkFirst: true});
		expect(requeue(item, now + 1)).toMatchObject({state: 'queued', checkFirst: false});
		const delivered = settle(item, {type: 'delivered', messageId: 'm1'}, now);
		expect(requeue(delivered, now + 1)).toBe(delivered);
	});
});
