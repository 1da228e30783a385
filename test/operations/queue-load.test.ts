// The console's load of a whole queue (operations/queue-load.ts): the same rows in the same order as the back end's
// pages, a small first page with the total, batches that grow with the list, and every page of a slow back end shown.
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../source/domain/conversation.js';
import {loadPacing, loadQueue, type LoadBatch} from '../../source/operations/queue-load.js';
import {queuePages} from '../../source/operations/queue-pages.js';
import {resetDesk} from '../../source/providers/local/demo/seed-desk.js';
import type {HelpdeskProvider, QueueQuery} from '../../source/providers/provider.js';
import {makeConversation} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {openTestDesk, scratchDir, type TestDesk} from '../providers/local/local-desk.js';

const query: Omit<QueueQuery, 'cursor' | 'limit'> = {statuses: ['open', 'pending', 'snoozed'], sort: 'waiting'};
let desk: TestDesk;

beforeAll(async () => {
	const dataDir = scratchDir();
	resetDesk(join(dataDir, 'desk.sqlite'), {now: Date.now(), conversations: 3_000, seed: 'queue-load'});
	desk = await openTestDesk({dataDir});
}, 60_000);
afterAll(async () => {
	await desk.cleanup();
});

async function pagedRows(provider: HelpdeskProvider): Promise<ConversationSummary[]> {
	const rows: ConversationSummary[] = [];
	for await (const page of queuePages(provider, query, {pageSize: 250})) rows.push(...page.conversations);
	return rows;
}

async function batches(provider: HelpdeskProvider, pacing = loadPacing): Promise<LoadBatch[]> {
	const all: LoadBatch[] = [];
	for await (const batch of loadQueue(provider, query, pacing)) all.push(batch);
	return all;
}

describe('loadQueue', () => {
	it('reads the local desk through its bulk read: the rows of its pages, a first page of 100 with the total, then growing batches', async () => {
		const expected = await pagedRows(desk.provider);
		expect(expected.length).toBeGreaterThan(1_500);
		// A clock that never moves: only the batch's size hands it on.
		const loaded = await batches(desk.provider, {...loadPacing, clock: () => 0});
		expect(loaded.flatMap(batch => batch.conversations).map(row => row.id)).toEqual(expected.map(row => row.id));
		expect(loaded.flatMap(batch => batch.conversations)).toEqual(expected);
		expect(loaded[0]!.conversations).toHaveLength(100);
		expect(loaded.every(batch => batch.total === expected.length)).toBe(true);
		expect(loaded.map(batch => batch.complete)).toEqual([...loaded.slice(1).map(() => false), true]);
		// Each batch but the last holds at least a quarter of what came before it: a few dozen copies of the list, not one per page.
		let before = 0;
		for (const batch of loaded.slice(0, -1)) {
			if (before > 0) expect(batch.conversations.length).toBeGreaterThanOrEqual(before * loadPacing.growth);
			before += batch.conversations.length;
		}
		expect(loaded.length).toBeLessThan(expected.length / 100);
	});

	it('pages a back end without a bulk read, and a slow one shows every page as it comes', async () => {
		const provider = createMemoryProvider(Array.from({length: 2_500}, (_, index) => makeConversation({id: String(index + 1)})));
		const expected = await pagedRows(provider);
		let time = 0;
		// Each read of the clock is 200 ms later: every page is past the pacing's 100 ms.
		const slow = await batches(provider, {...loadPacing, clock: () => (time += 200)});
		expect(slow.map(batch => batch.conversations.length)).toEqual([100, 1000, 1000, 400]);
		expect(slow.at(-1)!.complete).toBe(true);
		expect(slow.flatMap(batch => batch.conversations).map(row => row.id)).toEqual(expected.map(row => row.id));
	});

	it('a queue of one page is one complete batch', async () => {
		const provider = createMemoryProvider([makeConversation({id: '7'})]);
		const loaded = await batches(provider);
		expect(loaded).toHaveLength(1);
		expect(loaded[0]).toMatchObject({complete: true, total: 1});
		expect(loaded[0]!.conversations.map(row => row.id)).toEqual(['7']);
	});
	it('keeps each row as it is read, before its batch is handed on, once, on both reads', async () => {
		const paged = createMemoryProvider(Array.from({length: 1_200}, (_, index) => makeConversation({id: String(index + 1)})));
		for (const provider of [desk.provider, paged]) {
			const kept = new WeakSet<ConversationSummary>();
			let keptRows = 0;
			const keep = (row: ConversationSummary) => {
				keptRows++;
				const copy = {...row};
				kept.add(copy);
				return copy;
			};
			let handedOn = 0;
			for await (const batch of loadQueue(provider, query, {...loadPacing, clock: () => 0}, keep)) {
				handedOn += batch.conversations.length;
				// The batch holds the kept rows, and every one was kept before the batch was handed on.
				expect(batch.conversations.every(row => kept.has(row))).toBe(true);
				expect(keptRows).toBeGreaterThanOrEqual(handedOn);
			}
			expect(keptRows).toBe(handedOn);
			expect(handedOn).toBe((await pagedRows(provider)).length);
		}
	});
});
