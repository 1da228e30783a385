import {describe, expect, it} from 'vitest';
import type {Message} from '../../../source/domain/conversation.js';
import {findDelivered} from '../../../source/operations/outbox/find-delivered.js';

const queuedAt = 10_000_000;
const message = (id: string, fields: Partial<Message>): Message => ({
	id,
	conversationId: '7',
	kind: 'agent',
	authorId: 'a1',
	authorName: 'Dana',
	body: 'Your refund is on its way.',
	createdAt: queuedAt + 1000,
	channel: 'email',
	...fields,
});
const item = {kind: 'reply' as const, body: 'Your refund\nis on its way.  ', queuedAt};

describe('finding a reply that landed although its outcome was unknown', () => {
	it('finds ours: same kind and words (reflowed), by us, after it was queued', () => {
		const found = findDelivered({messages: [message('m1', {})]}, item, 'a1', new Set());
		expect(found?.id).toBe('m1');
	});

	it('ignores another author, another kind, older messages and ones already counted for another item', () => {
		const messages = [
			message('m1', {authorId: 'a2'}),
			message('m2', {kind: 'note'}),
			message('m3', {createdAt: queuedAt - 10 * 60_000}),
			message('m4', {}),
			message('m5', {body: 'Your refund is on its way!'}),
		];
		expect(findDelivered({messages}, item, 'a1', new Set(['m4']))).toBeNull();
		expect(findDelivered({messages}, item, 'a1', new Set())?.id).toBe('m4');
	});

	it('takes a message a little older than the item (clock skew), and the earliest of two', () => {
		const messages = [message('late', {createdAt: queuedAt + 5000}), message('early', {createdAt: queuedAt - 30_000})];
		expect(findDelivered({messages}, item, 'a1', new Set())?.id).toBe('early');
	});

	it('finds a note among notes only', () => {
		const messages = [message('m1', {}), message('m2', {kind: 'note'})];
		expect(findDelivered({messages}, {...item, kind: 'note'}, 'a1', new Set())?.id).toBe('m2');
	});
});
