// The customer's side of the local desk, and bulk reading of whole conversations.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {openTestDesk, seededAt, type TestDesk} from './local-desk.js';

let desk: TestDesk;
const hour = 3_600_000;

beforeEach(async () => {
	desk = await openTestDesk();
});
afterEach(async () => desk.cleanup());

describe('incoming customer messages', () => {
	it('starts an open, unassigned conversation that waits from now, and logs the change', async () => {
		desk.setNow(seededAt + hour);
		// Starting from now also wakes the conversations snoozed until before now: they are not part of this change.
		const start = await desk.provider.changesSince(null);
		const result = await desk.provider.receiveIncoming({customerName: 'Grace Hopper', email: 'grace@navy.example', subject: 'Compiler question', body: 'How do I…?\n\n'});
		expect(result.created).toBe(true);
		const conversation = await desk.provider.getConversation(result.conversationId);
		expect(conversation).toMatchObject({
			status: 'open',
			priority: 'normal',
			channel: 'email',
			assigneeId: null,
			teamId: null,
			waitingSince: seededAt + hour,
			createdAt: seededAt + hour,
			messageCount: 1,
			preview: 'How do I…?',
			customer: {name: 'Grace Hopper', email: 'grace@navy.example', customerSince: seededAt + hour},
		});
		expect(conversation.messages[0]).toMatchObject({id: result.messageId, kind: 'customer', authorId: conversation.customerId, body: 'How do I…?'});
		expect((await desk.provider.changesSince(start.cursor)).changed.map(each => each.id)).toEqual([result.conversationId]);
		const queue = await desk.provider.listQueue({sort: 'created', limit: 1});
		expect(queue.conversations[0]!.id).toBe(result.conversationId);
	});

	it('finds a known customer by email, and gives a new one without email a unique address', async () => {
		const known = await desk.provider.receiveIncoming({customerName: 'Whoever', email: 'ROSA.DELGADO@example.com', subject: 'Again', body: 'Hi again'});
		expect((await desk.provider.getConversation(known.conversationId)).customerName).toBe('Rosa Delgado');
		const first = await desk.provider.receiveIncoming({customerName: 'Zoë Brand-New', subject: 'Hello', body: 'First'});
		const sameName = await desk.provider.receiveIncoming({customerName: 'zoë brand-new', subject: 'Hello again', body: 'Second'});
		const a = await desk.provider.getConversation(first.conversationId);
		const b = await desk.provider.getConversation(sameName.conversationId);
		expect(a.customer.email).toMatch(/^[a-z0-9.]+@customers\.example\.com$/);
		expect(b.customerId).toBe(a.customerId);
	});

	it('reopens pending, snoozed and closed conversations when the customer writes again', async () => {
		const {conversationId: id} = await desk.provider.receiveIncoming({customerName: 'Ann Example', email: 'ann@example.com', subject: 'Help', body: 'First'});
		for (const status of ['pending', 'snoozed', 'closed'] as const) {
			await desk.provider.reply(id, {body: 'Answered'});
			await desk.provider.setStatus(id, status === 'snoozed' ? {status, until: seededAt + 5 * hour} : {status});
			desk.setNow(seededAt + hour);
			const before = await desk.provider.getConversation(id);
			await desk.provider.receiveIncoming({customerName: 'Ann Example', conversationId: id, body: `Back while ${status}`, channel: 'chat'});
			const after = await desk.provider.getConversation(id);
			expect(after).toMatchObject({status: 'open', closedAt: null, snoozedUntil: null, waitingSince: seededAt + hour, preview: `Back while ${status}`});
			expect(after.messages.at(-1)).toMatchObject({kind: 'customer', channel: 'chat', authorName: 'Ann Example'});
			expect(Number(after.version)).toBe(Number(before.version) + 1);
			desk.setNow(seededAt);
		}
	});

	it('refuses an empty message, a missing subject, an unknown conversation and a stranger', async () => {
		await expect(desk.provider.receiveIncoming({customerName: 'A', subject: 'S', body: '  \n'})).rejects.toMatchObject({code: 'usage'});
		await expect(desk.provider.receiveIncoming({customerName: 'A', body: 'x'})).rejects.toThrow(/needs a subject/);
		await expect(desk.provider.receiveIncoming({customerName: 'A', conversationId: '424242', body: 'x'})).rejects.toMatchObject({code: 'not_found'});
		await expect(desk.provider.receiveIncoming({customerName: 'A', conversationId: '1', email: 'someone.else@example.com', body: 'x'})).rejects.toThrow(/belongs to/);
	});
});

describe('iterateConversations', () => {
	it('yields every matching conversation once, whole', async () => {
		const seen = new Set<string>();
		for await (const conversation of desk.provider.iterateConversations!({statuses: ['closed']})) {
			expect(conversation.status).toBe('closed');
			expect(conversation.messages).toHaveLength(conversation.messageCount);
			expect(conversation.customer.id).toBe(conversation.customerId);
			seen.add(conversation.id);
		}
		expect(seen.size).toBe((await desk.provider.listQueue({statuses: ['closed'], limit: 1})).total);
	});

	it('yields the same conversations in the same order in batches of any size', async () => {
		const read = async (options?: {batch: number}) => {
			const all = [];
			for await (const conversation of desk.provider.iterateConversations!({statuses: ['open', 'closed'], sort: 'created'}, options)) all.push(conversation);
			return all;
		};
		const whole = await read();
		expect(whole.length).toBeGreaterThan(7);
		expect(await read({batch: 7})).toEqual(whole);
		expect(await read({batch: 1})).toEqual(whole);
	});
});
