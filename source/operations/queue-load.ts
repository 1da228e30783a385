// The console's load of a whole queue, assembled once: the first page as the back end lists it (small, with the
// total), then the rest through the bulk summary read where the back end has one (no count per page), handed on in
// batches that grow with the list, so the console copies its growing list a few dozen times, not once per page.
import type {ConversationSummary} from '../domain/conversation.js';
import type {HelpdeskProvider, QueuePage, QueueQuery} from '../providers/provider.js';
import {queuePages} from './queue-pages.js';

export type LoadBatch = {conversations: ConversationSummary[]; total: number | null; complete: boolean; down?: string[]};

export type LoadPacing = {
	firstPageSize: number;
	/** Pages after the first, for back ends without a bulk read. */
	pageSize: number;
	/** A batch is handed on once it holds this share of what came before it... */
	growth: number;
	/** ...or this long after the last one (a slow back end shows each page as it comes). */
	everyMs: number;
	clock: () => number;
	/** Between batches: the event loop's turn (frames, keys, timers), as the bulk read never gives it one. */
	turn: () => Promise<void>;
};

/**
 * Each row as it arrives, before it is held for the next batch: a console's pool (domain/summary-pool.ts) shares
 * its strings there, so the row as read dies young instead of waiting in a batch long enough to reach the old
 * generation beside its compact copy.
 */
export type RowKeeper = (row: ConversationSummary) => ConversationSummary;

const asRead: RowKeeper = row => row;

export const loadPacing: LoadPacing = {firstPageSize: 100, pageSize: 1000, growth: 0.25, everyMs: 100, clock: () => performance.now(), turn: () => new Promise(resolve => setImmediate(resolve))};

type Rows = {rows: ConversationSummary[]; last: boolean; down?: string[]};

const downOf = (page: QueuePage): string[] | undefined => (page.unavailable && page.unavailable.length > 0 ? page.unavailable.map(outage => outage.desk) : undefined);

/** Rows of the query after the first page, from the bulk read when there is one, else page by page; `last` on the end. */
async function* rest(provider: HelpdeskProvider, query: Omit<QueueQuery, 'cursor' | 'limit'>, cursor: string, pageSize: number, keep: RowKeeper): AsyncGenerator<Rows> {
	if (!provider.iterateSummaries) {
		for await (const page of queuePages(provider, query, {pageSize, cursor})) yield {rows: page.conversations.map(keep), last: page.nextCursor === null, down: downOf(page)};
		return;
	}
	// A full chunk waits for the next row, so the one that ends the read says so.
	let rows: ConversationSummary[] = [];
	for await (const row of provider.iterateSummaries({...query, cursor})) {
		if (rows.length >= pageSize) (yield {rows, last: false}, (rows = []));
		rows.push(keep(row));
	}
	yield {rows, last: true};
}

/** The whole queue in batches; the last one says `complete`. */
export async function* loadQueue(provider: HelpdeskProvider, query: Omit<QueueQuery, 'cursor' | 'limit'>, pacing: LoadPacing = loadPacing, keep: RowKeeper = asRead): AsyncGenerator<LoadBatch> {
	let page: QueuePage | undefined;
	for await (const first of queuePages(provider, query, {pageSize: pacing.firstPageSize})) {
		page = first;
		break;
	}
	const total = page?.total ?? null;
	const cursor = page?.nextCursor ?? null;
	let down = page ? downOf(page) : undefined;
	const batch = (conversations: ConversationSummary[], complete: boolean): LoadBatch => ({conversations, total, complete, ...(down ? {down} : {})});
	yield batch((page?.conversations ?? []).map(keep), cursor === null);
	if (cursor === null) return;
	let held: ConversationSummary[] = [];
	let shown = page!.conversations.length;
	let last = pacing.clock();
	for await (const next of rest(provider, query, cursor, pacing.pageSize, keep)) {
		down = next.down;
		for (const row of next.rows) held.push(row);
		if (next.last) return yield batch(held, true);
		if (held.length < shown * pacing.growth && pacing.clock() - last < pacing.everyMs) continue;
		yield batch(held, false);
		shown += held.length;
		held = [];
		await pacing.turn();
		last = pacing.clock();
	}
}
