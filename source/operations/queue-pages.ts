// Loading a queue, assembled once for the CLI and the console: one async iterator of pages that follows the
// provider's cursors and refuses a repeated one (a back end that hands out the same cursor twice would loop forever).
import {DeskError} from '../domain/errors.js';
import type {HelpdeskProvider, QueuePage, QueueQuery} from '../providers/provider.js';

export type QueuePaging = {
	/** The page size to ask for; a function of the page's index lets the first page be small, for speed. */
	pageSize: number | ((index: number) => number);
	/** Stops asking once this many rows were read (the last page is asked for only what is left). */
	limit?: number;
	/** Where to start: a cursor of an earlier page of the same query. */
	cursor?: string;
};

export async function* queuePages(provider: HelpdeskProvider, query: Omit<QueueQuery, 'cursor' | 'limit'>, paging: QueuePaging): AsyncGenerator<QueuePage> {
	const limit = paging.limit ?? Number.POSITIVE_INFINITY;
	const seen = new Set<string>(paging.cursor === undefined ? [] : [paging.cursor]);
	let cursor = paging.cursor;
	let read = 0;
	for (let index = 0; read < limit; index++) {
		const size = typeof paging.pageSize === 'number' ? paging.pageSize : paging.pageSize(index);
		const page = await provider.listQueue({...query, limit: Math.min(size, limit - read), ...(cursor === undefined ? {} : {cursor})});
		read += page.conversations.length;
		yield page;
		// An empty page with a cursor is allowed (filters applied after paging); the repeat guard ends loops.
		if (page.nextCursor === null) return;
		if (seen.has(page.nextCursor)) throw new DeskError('invalid_response', `${provider.label} repeated a page cursor while listing the queue`);
		seen.add(page.nextCursor);
		cursor = page.nextCursor;
	}
}
