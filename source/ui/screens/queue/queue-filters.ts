// The queue's filters as the agent sees them, and the provider query they become.
import {conversationStatuses, type ConversationStatus} from '../../../domain/conversation.js';
import type {QueueQuery, QueueSort} from '../../../providers/provider.js';

export type AssigneeView = 'mine' | 'unassigned' | 'all';
/** 'active' is open + pending + snoozed: what still needs someone. */
export type StatusFilter = 'active' | ConversationStatus | 'all';

export type QueueFilters = {
	view: AssigneeView;
	status: StatusFilter;
	/** A team id, 'none' for conversations without a team, or null for any team. */
	team: string | null;
	teamName: string | null;
	/** Free text searched by the back end (subjects, customers, messages). */
	search: string;
	sort: QueueSort;
};

export const defaultFilters: QueueFilters = {view: 'all', status: 'active', team: null, teamName: null, search: '', sort: 'waiting'};

export const statusFilters: readonly StatusFilter[] = ['active', ...conversationStatuses, 'all'];
export const sortOrder: readonly QueueSort[] = ['waiting', 'priority', 'updated', 'created'];

export const sortLabels: Record<QueueSort, string> = {
	waiting: 'waiting longest',
	priority: 'priority',
	updated: 'recently updated',
	created: 'newest',
};

export const viewLabels: Record<AssigneeView, string> = {mine: 'Mine', unassigned: 'Unassigned', all: 'All'};

export function toQueueQuery(filters: QueueFilters): QueueQuery {
	const statuses: ConversationStatus[] =
		filters.status === 'active' ? ['open', 'pending', 'snoozed'] : filters.status === 'all' ? [...conversationStatuses] : [filters.status];
	return {
		statuses,
		...(filters.view === 'mine' ? {assignee: 'me'} : filters.view === 'unassigned' ? {assignee: 'unassigned'} : {}),
		...(filters.team === null ? {} : {team: filters.team}),
		...(filters.search.trim() === '' ? {} : {text: filters.search.trim()}),
		sort: filters.sort,
	};
}

export function nextSort(sort: QueueSort): QueueSort {
	return sortOrder[(sortOrder.indexOf(sort) + 1) % sortOrder.length]!;
}

/** One line saying what the queue shows, e.g. "active · team Billing · sorted by priority · "refund"". */
export function describeFilters(filters: QueueFilters): string {
	const parts: string[] = [filters.status];
	if (filters.team !== null) parts.push(filters.team === 'none' ? 'no team' : `team ${filters.teamName ?? filters.team}`);
	parts.push(`by ${sortLabels[filters.sort]}`);
	if (filters.search.trim() !== '') parts.push(`"${filters.search.trim()}"`);
	return parts.join(' · ');
}
