// Exports createLiveRows: every row of the desk for a screen that refreshes (`top`, `serve --ssh`). A back end
// whose change log is complete (the local desk) is read whole once, then only for what changed since the last
// read; any other reads every row each time, as the overview always has.
import type {ConversationSummary} from '../domain/conversation.js';
import {isDeskError} from '../domain/errors.js';
import {applyChanges} from '../domain/metrics/live-rows.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {allStatuses, allSummaries} from '../providers/provider-reads.js';

export type LiveRows = {
	/** Every conversation of the desk, closed ones included, as a fresh read would give them now. */
	read(): Promise<readonly ConversationSummary[]>;
};

const readAll = (provider: HelpdeskProvider) => allSummaries(provider, {statuses: allStatuses, sort: 'created'});

export function createLiveRows(provider: HelpdeskProvider): LiveRows {
	if (!provider.completeChanges) return {read: () => readAll(provider)};
	let kept: {rows: Map<string, ConversationSummary>; list: readonly ConversationSummary[]; cursor: string} | null = null;
	const readWhole = async () => {
		// The cursor first: a write that lands during the whole read is read again next time, never lost.
		const {cursor} = await provider.changesSince(null);
		const list = await readAll(provider);
		kept = {rows: new Map(list.map(row => [row.id, row])), list, cursor};
		return list;
	};
	return {
		async read() {
			if (kept === null) return readWhole();
			const changes = await provider.changesSince(kept.cursor).catch((error: unknown) => {
				// The desk was reset under the screen (a new desk id): its rows are read whole again.
				if (isDeskError(error) && error.code === 'conflict') return null;
				throw error;
			});
			if (changes === null) return readWhole();
			kept.cursor = changes.cursor;
			if (applyChanges(kept.rows, changes) > 0) kept.list = [...kept.rows.values()];
			return kept.list;
		},
	};
}
