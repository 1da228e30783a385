// The status bar's numbers: how much is open, pending and snoozed, mine, and unassigned.
import type {HelpdeskProvider, QueueQuery} from '../../providers/provider.js';

export type DeskCounts = {open: number | null; pending: number | null; snoozed: number | null; mine: number | null; unassigned: number | null};

const active = ['open', 'pending', 'snoozed'] as const;

const queries: Record<keyof DeskCounts, QueueQuery> = {
	open: {statuses: ['open']},
	pending: {statuses: ['pending']},
	snoozed: {statuses: ['snoozed']},
	mine: {statuses: active, assignee: 'me'},
	unassigned: {statuses: active, assignee: 'unassigned'},
};

/** Each count is one page of one row, asking only for the total; null when the back end does not say. */
export async function loadDeskCounts(provider: HelpdeskProvider): Promise<DeskCounts> {
	const entries = await Promise.all(
		Object.entries(queries).map(async ([name, query]) => {
			const page = await provider.listQueue({...query, limit: 1});
			return [name, page.total] as const;
		}),
	);
	return Object.fromEntries(entries) as DeskCounts;
}
