// Loads the whole queue for the current filters, page by page, into the reducer (first page small, for speed).
import {useEffect, type Dispatch} from 'react';
import {toDeskError} from '../../../domain/errors.js';
import {createSummaryPool} from '../../../domain/summary-pool.js';
import {queuePages} from '../../../operations/queue-pages.js';
import type {HelpdeskProvider} from '../../../providers/provider.js';
import {toQueueQuery} from './queue-filters.js';
import type {QueueAction, QueueState} from './queue-state.js';

const firstPageSize = 100;
const pageSize = 1000;

export function useQueueLoader(provider: HelpdeskProvider, state: QueueState, dispatch: Dispatch<QueueAction>): void {
	const {generation, filters} = state;
	useEffect(() => {
		let live = true;
		const query = toQueueQuery(filters);
		(async () => {
			// One pool per load: it is dropped with the load, the rows keep the shared strings.
			const pool = createSummaryPool();
			for await (const page of queuePages(provider, query, {pageSize: index => (index === 0 ? firstPageSize : pageSize)})) {
				if (!live) return;
				dispatch({
					type: 'page',
					generation,
					conversations: page.conversations.map(pool.compact),
					total: page.total,
					complete: page.nextCursor === null,
					...(page.unavailable && page.unavailable.length > 0 ? {down: page.unavailable.map(outage => outage.desk)} : {}),
				});
			}
		})().catch((error: unknown) => {
			if (live) dispatch({type: 'failed', generation, message: toDeskError(error).message});
		});
		return () => {
			live = false;
		};
	}, [provider, generation, filters, dispatch]);
}
