// The local desk's queue: filters, sorts, and paging through every page with an opaque cursor.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../../source/domain/conversation.js';
import type {QueueQuery} from '../../../source/providers/provider.js';
import {openTestDesk, type TestDesk} from './local-desk.js';

let desk: TestDesk;

beforeAll(async () => {
	desk = await openTestDesk();
});
afterAll(async () => desk.cleanup());

async function everything(query: QueueQuery): Promise<ConversationSummary[]> {
	const all: ConversationSummary[] = [];
	let cursor: string | undefined;
	do {
		const page = await desk.provider.listQueue({...query, cursor});
		all.push(...page.conversations);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return all;
}

const notWaiting = Number.MAX_SAFE_INTEGER;

describe('local desk queue', () => {
	it('lists open, pending and snoozed by default, 50 a page, with the total', async () => {
		const page = await desk.provider.listQueue({});
		expect(page.conversations).toHaveLength(50);
		expect(page.total).toBeGreaterThanOrEqual(320);
		expect(page.nextCursor).toEqual(expect.any(String));
		expect(new Set(page.conversations.map(each => each.status))).not.toContain('closed');
	});

	it('pages through every conversation once, whatever the sort', async () => {
		const total = (await desk.provider.listQueue({statuses: ['open', 'pending', 'snoozed', 'closed'], limit: 1})).total!;
		for (const sort of ['waiting', 'priority', 'updated', 'created'] as const) {
			const all = await everything({statuses: ['open', 'pending', 'snoozed', 'closed'], sort, limit: 37});
			expect(all).toHaveLength(total);
			expect(new Set(all.map(each => each.id)).size).toBe(total);
		}
	});

	it('sorts by waiting: longest-waiting first, the not-waiting last', async () => {
		const all = await everything({sort: 'waiting', limit: 100});
		const keys = all.map(each => each.waitingSince ?? notWaiting);
		expect(keys).toEqual([...keys].sort((a, b) => a - b));
		expect(all[0]!.waitingSince).not.toBeNull();
		expect(all.at(-1)!.waitingSince).toBeNull();
	});

	it('sorts by priority: urgent first, then by waiting time', async () => {
		const all = await everything({sort: 'priority', limit: 200});
		const rank = {urgent: 0, high: 1, normal: 2, low: 3};
		const keys = all.map(each => [rank[each.priority], each.waitingSince ?? notWaiting, Number(each.id)] as const);
		const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
		expect(keys).toEqual(sorted);
		expect(all[0]!.priority).toBe('urgent');
	});

	it('sorts by updated and created, newest first', async () => {
		const updated = await everything({sort: 'updated', limit: 500});
		expect(updated.map(each => each.updatedAt)).toEqual(updated.map(each => each.updatedAt).sort((a, b) => b - a));
		const created = await everything({sort: 'created', limit: 500});
		expect(created.map(each => each.createdAt)).toEqual(created.map(each => each.createdAt).sort((a, b) => b - a));
	});

	it('filters by status, assignee, team, tag and channel', async () => {
		const closed = await everything({statuses: ['closed'], limit: 500});
		expect(closed.length).toBeGreaterThan(0);
		expect(closed.every(each => each.status === 'closed' && each.closedAt !== null)).toBe(true);

		const mine = await everything({assignee: 'me'});
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every(each => each.assigneeId === 'maya')).toBe(true);

		const unassigned = await everything({assignee: 'unassigned'});
		expect(unassigned.length).toBeGreaterThan(0);
		expect(unassigned.every(each => each.assigneeId === null)).toBe(true);

		const lena = await everything({assignee: 'lena', team: 'billing'});
		expect(lena.length).toBeGreaterThan(0);
		expect(lena.every(each => each.assigneeId === 'lena' && each.teamId === 'billing')).toBe(true);

		const noTeam = await everything({team: 'none'});
		expect(noTeam.length).toBeGreaterThan(0);
		expect(noTeam.every(each => each.teamId === null)).toBe(true);

		const refunds = await everything({tag: 'refund'});
		expect(refunds.length).toBeGreaterThan(0);
		expect(refunds.every(each => each.tags.includes('refund'))).toBe(true);

		const chats = await everything({channel: 'chat'});
		expect(chats.length).toBeGreaterThan(0);
		expect(chats.every(each => each.channel === 'chat')).toBe(true);
	});

	it('counts the total of the filtered queue, not the page', async () => {
		const page = await desk.provider.listQueue({channel: 'email', limit: 5});
		const all = await everything({channel: 'email', limit: 1000});
		expect(page.conversations).toHaveLength(5);
		expect(page.total).toBe(all.length);
	});

	it('clamps the page size to 1000 and refuses nonsense', async () => {
		const page = await desk.provider.listQueue({statuses: ['open', 'pending', 'snoozed', 'closed'], limit: 5000});
		expect(page.conversations.length).toBe(Math.min(1000, page.total!));
		await expect(desk.provider.listQueue({limit: 0})).rejects.toMatchObject({code: 'usage'});
		await expect(desk.provider.listQueue({assignee: 'nobody-here'})).rejects.toThrow(/unknown agent "nobody-here"/);
		await expect(desk.provider.listQueue({team: 'marketing'})).rejects.toThrow(/unknown team "marketing"/);
		await expect(desk.provider.listQueue({cursor: 'not-a-cursor'})).rejects.toMatchObject({code: 'usage'});
	});

	it('refuses a cursor made for another sort', async () => {
		const page = await desk.provider.listQueue({sort: 'created', limit: 2});
		await expect(desk.provider.listQueue({sort: 'waiting', cursor: page.nextCursor!})).rejects.toThrow(/made for sort "created"/);
	});
});
