// The queue's filters as the agent sees them, and the provider query they become.
import {conversationStatuses, type ConversationStatus} from '../../../domain/conversation.js';
import type {TriageFilters, TriageSort} from '../../../operations/triage-set.js';
import type {QueueQuery, QueueSort} from '../../../providers/provider.js';

export type AssigneeView = 'mine' | 'unassigned' | 'all';
/** 'active' is open + pending + snoozed: what still needs someone. */
export type StatusFilter = 'active' | ConversationStatus | 'all';
/** The back end's orders, and 'triage': the triage priority score, highest first (sorted in the console). */
export type ConsoleSort = QueueSort | 'triage';
/** Rows kept by their triage scores (filtered in the console, once they are scored). */
export type TriageFilter = 'any' | 'at-risk' | 'human-only' | 'severity-high' | 'priority-70' | 'priority-50';

export type QueueFilters = {
	view: AssigneeView;
	status: StatusFilter;
	/** A team id, 'none' for conversations without a team, or null for any team. */
	team: string | null;
	teamName: string | null;
	/** Free text searched by the back end (subjects, customers, messages). */
	search: string;
	sort: ConsoleSort;
	triage: TriageFilter;
};

export const defaultFilters: QueueFilters = {view: 'all', status: 'active', team: null, teamName: null, search: '', sort: 'waiting', triage: 'any'};

export const statusFilters: readonly StatusFilter[] = ['active', ...conversationStatuses, 'all'];
export const sortOrder: readonly ConsoleSort[] = ['waiting', 'priority', 'triage', 'updated', 'created'];

export const sortLabels: Record<ConsoleSort, string> = {
	waiting: 'waiting longest',
	priority: 'priority',
	triage: 'triage priority',
	updated: 'recently updated',
	created: 'newest',
};

export const triageFilters: readonly TriageFilter[] = ['any', 'at-risk', 'human-only', 'severity-high', 'priority-70', 'priority-50'];

export const triageFilterLabels: Record<TriageFilter, string> = {
	any: 'any triage',
	'at-risk': 'target at risk or breached',
	'human-only': 'human only',
	'severity-high': 'high severity',
	'priority-70': 'triage priority 70+',
	'priority-50': 'triage priority 50+',
};

/** Each console triage filter as the rule `deskterm triage` applies for the same flags. */
const triageRules: Record<TriageFilter, TriageFilters | null> = {
	any: null,
	'at-risk': {atRisk: true},
	'human-only': {humanOnly: true},
	'severity-high': {severity: ['high']},
	'priority-70': {minPriority: 70},
	'priority-50': {minPriority: 50},
};

/** What the console asks of the shared triage rules: the sort (`:sort triage` is `--sort priority`) and the filter. */
export function triageAsk(filters: Pick<QueueFilters, 'sort' | 'triage'>): {sort: TriageSort | null; filters: TriageFilters | null} {
	return {sort: filters.sort === 'triage' ? 'priority' : null, filters: triageRules[filters.triage]};
}

export const viewLabels: Record<AssigneeView, string> = {mine: 'Mine', unassigned: 'Unassigned', all: 'All'};

export function toQueueQuery(filters: QueueFilters): QueueQuery {
	const statuses: ConversationStatus[] =
		filters.status === 'active' ? ['open', 'pending', 'snoozed'] : filters.status === 'all' ? [...conversationStatuses] : [filters.status];
	return {
		statuses,
		...(filters.view === 'mine' ? {assignee: 'me'} : filters.view === 'unassigned' ? {assignee: 'unassigned'} : {}),
		...(filters.team === null ? {} : {team: filters.team}),
		...(filters.search.trim() === '' ? {} : {text: filters.search.trim()}),
		// Triage order is applied in the console over the team's priority order (rows not yet scored keep it).
		sort: filters.sort === 'triage' ? 'priority' : filters.sort,
	};
}

/** The next order for `o`; triage is skipped while the console has no triage (a broken config). */
export function nextSort(sort: ConsoleSort, triage = true): ConsoleSort {
	const order = triage ? sortOrder : sortOrder.filter(each => each !== 'triage');
	return order[(order.indexOf(sort) + 1) % order.length]!;
}

/** One line saying what the queue shows, e.g. "active · team Billing · sorted by priority · "refund"". */
export function describeFilters(filters: QueueFilters): string {
	const parts: string[] = [filters.status];
	if (filters.team !== null) parts.push(filters.team === 'none' ? 'no team' : `team ${filters.teamName ?? filters.team}`);
	if (filters.triage !== 'any') parts.push(triageFilterLabels[filters.triage]);
	parts.push(`by ${sortLabels[filters.sort]}`);
	if (filters.search.trim() !== '') parts.push(`"${filters.search.trim()}"`);
	return parts.join(' · ');
}
