// One queue from several desks: each desk pages in its own order, and the pages merge like sorted
// runs. The cursor keeps, per desk, the page cursor it was reading and how many of that page were
// shown, so the next page starts exactly after the last row shown, on every desk (no state kept).
import type {ConversationSummary, Priority} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {QueuePage, QueueSort} from '../provider.js';

export type DeskPosition = {cursor: string | null; skip: number; done: boolean};
export type MergedCursor = {sort: QueueSort; desks: Record<string, DeskPosition>};

const priorityRank: Record<Priority, number> = {urgent: 0, high: 1, normal: 2, low: 3};
const never = Number.MAX_SAFE_INTEGER;

/** The same order the local desk's SQL gives (and RT's closest): longest waiting, most urgent, newest. */
export function compareSummaries(sort: QueueSort): (a: ConversationSummary, b: ConversationSummary) => number {
	const waiting = (a: ConversationSummary, b: ConversationSummary) => (a.waitingSince ?? never) - (b.waitingSince ?? never);
	switch (sort) {
		case 'priority':
			return (a, b) => priorityRank[a.priority] - priorityRank[b.priority] || waiting(a, b);
		case 'updated':
			return (a, b) => b.updatedAt - a.updatedAt;
		case 'created':
			return (a, b) => b.createdAt - a.createdAt;
		default:
			return waiting;
	}
}

export function encodeMergedCursor(cursor: MergedCursor): string {
	return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeMergedCursor(text: string, sort: QueueSort, desks: readonly string[]): MergedCursor {
	let parsed: unknown;
	try {
		parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
	} catch {
		parsed = undefined;
	}
	const cursor = parsed as MergedCursor | undefined;
	const valid =
		cursor !== undefined &&
		cursor !== null &&
		typeof cursor === 'object' &&
		cursor.sort === sort &&
		typeof cursor.desks === 'object' &&
		desks.every(desk => {
			const position = cursor.desks[desk];
			return position && (position.cursor === null || typeof position.cursor === 'string') && Number.isInteger(position.skip) && position.skip >= 0;
		});
	if (!valid) throw new DeskError('usage', 'this cursor does not belong to this merged queue and sort: start again without --cursor');
	return cursor;
}

/** One desk's page reader: the page at a cursor, as that desk's back end returns it. */
export type PageOf = (desk: string, cursor: string | null) => Promise<QueuePage>;

type Run = {desk: string; pageCursor: string | null; page: QueuePage; taken: number};

export type MergedPage = {
	conversations: Array<{desk: string; summary: ConversationSummary}>;
	next: MergedCursor | null;
	/** Desks whose total is known, summed; null when any desk does not say. */
	total: number | null;
	down: Array<{desk: string; error: unknown}>;
};

/** Merges the desks' pages into one of at most `limit` rows; a desk that fails is reported, not fatal. */
export async function mergePages(desks: readonly string[], start: MergedCursor, limit: number, pageOf: PageOf): Promise<MergedPage> {
	const compare = compareSummaries(start.sort);
	const down: MergedPage['down'] = [];
	const runs: Run[] = [];
	let total: number | null = 0;
	await Promise.all(
		desks.map(async desk => {
			const position = start.desks[desk]!;
			if (position.done) return;
			try {
				const page = await pageOf(desk, position.cursor);
				runs.push({desk, pageCursor: position.cursor, page, taken: position.skip});
			} catch (error) {
				down.push({desk, error});
			}
		}),
	);
	if (down.length === desks.filter(desk => !start.desks[desk]!.done).length && down.length > 0) throw down[0]!.error;
	for (const run of runs) total = total === null || run.page.total === null ? null : total + run.page.total;
	runs.sort((a, b) => desks.indexOf(a.desk) - desks.indexOf(b.desk));

	const conversations: MergedPage['conversations'] = [];
	while (conversations.length < limit) {
		let best: Run | undefined;
		for (const run of runs) {
			if (!(await refill(run, pageOf, down))) continue;
			const head = run.page.conversations[run.taken]!;
			if (!best || compare(head, best.page.conversations[best.taken]!) < 0) best = run;
		}
		if (!best) break;
		conversations.push({desk: best.desk, summary: best.page.conversations[best.taken]!});
		best.taken++;
	}

	const positions: Record<string, DeskPosition> = {};
	let more = false;
	for (const desk of desks) {
		const run = runs.find(candidate => candidate.desk === desk);
		// A desk that was down stays out of this listing's later pages, so no row shows twice or late.
		if (!run || down.some(entry => entry.desk === desk)) {
			positions[desk] = {cursor: null, skip: 0, done: true};
			continue;
		}
		const exhausted = run.taken >= run.page.conversations.length && run.page.nextCursor === null;
		positions[desk] = {cursor: run.pageCursor, skip: run.taken, done: exhausted};
		if (!exhausted) more = true;
	}
	return {conversations, next: more ? {sort: start.sort, desks: positions} : null, total, down};
}

/** True when the run has a row to offer, reading the desk's next page when this one is used up. */
async function refill(run: Run, pageOf: PageOf, down: MergedPage['down']): Promise<boolean> {
	while (run.taken >= run.page.conversations.length) {
		if (run.page.nextCursor === null || down.some(entry => entry.desk === run.desk)) return false;
		try {
			const next = await pageOf(run.desk, run.page.nextCursor);
			run.pageCursor = run.page.nextCursor;
			run.page = next;
			run.taken = 0;
		} catch (error) {
			down.push({desk: run.desk, error});
			return false;
		}
	}
	return true;
}

export function firstCursor(sort: QueueSort, desks: readonly string[]): MergedCursor {
	return {sort, desks: Object.fromEntries(desks.map(desk => [desk, {cursor: null, skip: 0, done: false}]))};
}
