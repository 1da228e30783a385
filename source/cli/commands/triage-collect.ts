// Gathers full conversations (bulk when the back end can), scores them, then filters and sorts by triage.
import type {Conversation} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {HelpdeskProvider, QueueQuery} from '../../providers/provider.js';
import {levels, type Level, type Triage} from '../../triage/types.js';
import {scoreAll, type ScoredRow} from '../../operations/triage-scores.js';
import {collectQueue} from './queue.js';

export {scoreAll};

const fetchConcurrency = 5;

export const triageSorts = ['priority', 'severity', 'complexity', 'effort', 'risk'] as const;
export type TriageSort = (typeof triageSorts)[number];

export type TriageFilters = {
	complexity?: Level[];
	severity?: Level[];
	effort?: Level[];
	atRisk?: boolean;
	humanOnly?: boolean;
	minPriority?: number;
};

export type {ScoredRow};

/** Every matching conversation in full: iterateConversations when offered, else the queue then one read each. */
export async function fetchConversations(provider: HelpdeskProvider, query: Omit<QueueQuery, 'cursor' | 'limit'>): Promise<Conversation[]> {
	if (provider.iterateConversations) {
		const all: Conversation[] = [];
		for await (const conversation of provider.iterateConversations(query)) all.push(conversation);
		return all;
	}
	const {rows} = await collectQueue(provider, query, Number.POSITIVE_INFINITY);
	const all: Conversation[] = [];
	for (let start = 0; start < rows.length; start += fetchConcurrency) {
		all.push(...(await Promise.all(rows.slice(start, start + fetchConcurrency).map(row => provider.getConversation(row.id)))));
	}
	return all;
}

export function filterRows(rows: ScoredRow[], filters: TriageFilters): ScoredRow[] {
	return rows.filter(({triage}) => {
		if (filters.complexity && !filters.complexity.includes(triage.complexity.level)) return false;
		if (filters.severity && !filters.severity.includes(triage.severity.level)) return false;
		if (filters.effort && !filters.effort.includes(triage.effort.level)) return false;
		if (filters.atRisk && !(triage.targets.atRisk || triage.targets.breached)) return false;
		if (filters.humanOnly && !triage.humanOnly.flag) return false;
		if (filters.minPriority !== undefined && triage.priority.score < filters.minPriority) return false;
		return true;
	});
}

/** Highest first; ties by priority score, then the earliest due target, then id. */
export function sortRows(rows: ScoredRow[], sort: TriageSort): ScoredRow[] {
	const key = (triage: Triage): number => {
		if (sort === 'priority') return triage.priority.score;
		if (sort === 'risk') return triage.targets.risk;
		return triage[sort].value;
	};
	const due = (triage: Triage) => triage.targets.next?.dueAt ?? Number.POSITIVE_INFINITY;
	return [...rows].sort(
		(a, b) =>
			key(b.triage) - key(a.triage) ||
			b.triage.priority.score - a.triage.priority.score ||
			due(a.triage) - due(b.triage) ||
			a.summary.id.localeCompare(b.summary.id, 'en', {numeric: true}),
	);
}

export function parseLevels(flag: string, value: unknown): Level[] | undefined {
	if (value === undefined) return undefined;
	const words = String(value).split(',').map(word => word.trim().toLowerCase()).filter(Boolean);
	const expanded = words.map(word => ({l: 'low', m: 'medium', h: 'high'})[word] ?? word);
	const unknown = expanded.find(word => !(levels as readonly string[]).includes(word));
	if (words.length === 0 || unknown !== undefined) {
		throw new DeskError('usage', `triage: --${flag} takes low, medium, high (or L, M, H), comma-separated; not "${unknown ?? String(value)}"`);
	}
	return [...new Set(expanded)] as Level[];
}

export function parseSort(value: unknown): TriageSort {
	if (value === undefined) return 'priority';
	if (!(triageSorts as readonly string[]).includes(String(value))) {
		throw new DeskError('usage', `triage: unknown sort "${String(value)}" (valid: ${triageSorts.join(', ')})`);
	}
	return value as TriageSort;
}
