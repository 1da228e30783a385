// Loads the whole queue for the current filters into the reducer: the first page small, for speed, then batches
// (operations/queue-load.ts); a big queue's load holds V8's young generation at its size until the release after it.
import {useEffect, type Dispatch} from 'react';
import {toDeskError} from '../../../domain/errors.js';
import {createSummaryPool} from '../../../domain/summary-pool.js';
import {holdYoungGeneration} from '../../../operations/free-memory.js';
import {bigQueueRows} from '../../../operations/memory-release-policy.js';
import {loadPacing, loadQueue} from '../../../operations/queue-load.js';
import type {HelpdeskProvider} from '../../../providers/provider.js';
import {toQueueQuery} from './queue-filters.js';
import type {QueueAction, QueueState} from './queue-state.js';

export function useQueueLoader(provider: HelpdeskProvider, state: QueueState, dispatch: Dispatch<QueueAction>): void {
	const {generation, filters} = state;
	useEffect(() => {
		let live = true;
		const query = toQueueQuery(filters);
		(async () => {
			// One pool per load: it is dropped with the load, the rows keep the shared strings.
			const pool = createSummaryPool();
			// Each row shares the pool's strings as it is read (not once its batch is handed on): see RowKeeper.
			for await (const batch of loadQueue(provider, query, loadPacing, pool.compact)) {
				if (!live) return;
				if (!batch.complete && (batch.total ?? 0) >= bigQueueRows) holdYoungGeneration();
				dispatch({type: 'page', generation, ...batch});
			}
		})().catch((error: unknown) => {
			if (live) dispatch({type: 'failed', generation, message: toDeskError(error).message});
		});
		return () => {
			live = false;
		};
	}, [provider, generation, filters, dispatch]);
}
