// Triage over a set of conversations, assembled once for `deskterm triage --all` and the console's queue:
// who counts as a repeated contact, what each filter keeps and how each sort orders.
import type {Conversation, ConversationSummary} from '../domain/conversation.js';
import type {TargetReport} from '../domain/service-targets/target-status.js';
import {summaryOf} from '../domain/summary-of.js';
import {scoreConversation, type ScoreOptions} from '../triage/score-conversation.js';
import type {Axis, Level, Triage} from '../triage/types.js';
import {queuePages} from './queue-pages.js';
import type {HelpdeskProvider, QueueQuery} from '../providers/provider.js';

const fetchConcurrency = 5;
const pageSize = 100;

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

/**
 * What the filters and sorts read of a scored conversation: the CLI has the full Triage, the console a compact
 * entry whose targets are evaluated from the row only when a filter or a tie asks for them.
 */
export type TriageFacts = {
	id: string;
	score: number;
	axes: Readonly<Record<Axis, {level: Level; value: number}>>;
	humanOnly: boolean;
	targets(): Pick<TargetReport, 'atRisk' | 'breached' | 'risk'>;
	/** When the next running target is due (Infinity when none runs); it does not move with the clock. */
	due(): number;
};

export type ScoredRow = {summary: ConversationSummary; triage: Triage};

/** Every matching conversation in full: iterateConversations when offered, else the queue then one read each. */
export async function fetchConversations(provider: HelpdeskProvider, query: Omit<QueueQuery, 'cursor' | 'limit'>): Promise<Conversation[]> {
	const all: Conversation[] = [];
	if (provider.iterateConversations) {
		for await (const conversation of provider.iterateConversations(query)) all.push(conversation);
		return all;
	}
	const rows: ConversationSummary[] = [];
	for await (const page of queuePages(provider, query, {pageSize})) rows.push(...page.conversations);
	for (let start = 0; start < rows.length; start += fetchConcurrency) {
		all.push(...(await Promise.all(rows.slice(start, start + fetchConcurrency).map(row => provider.getConversation(row.id)))));
	}
	return all;
}

/** A customer's other conversations in the set that are not closed count as repeated contacts. */
export function repeatedContacts(rows: Iterable<Pick<ConversationSummary, 'customerId' | 'status'>>): (row: Pick<ConversationSummary, 'customerId' | 'status'>) => number {
	return repeatedContactsFrom(openContacts(rows));
}

/** How many open conversations each customer has in the set (the data behind repeatedContacts, kept by a pass). */
export function openContacts(rows: Iterable<Pick<ConversationSummary, 'customerId' | 'status'>>): Map<string, number> {
	const open = new Map<string, number>();
	for (const row of rows) if (row.status !== 'closed') open.set(row.customerId, (open.get(row.customerId) ?? 0) + 1);
	return open;
}

export function repeatedContactsFrom(open: ReadonlyMap<string, number>): (row: Pick<ConversationSummary, 'customerId' | 'status'>) => number {
	return row => Math.max(0, (open.get(row.customerId) ?? 0) - (row.status === 'closed' ? 0 : 1));
}

/** Scores a set together, with each conversation's repeated contacts in the set (or in the wider set `others` counts). */
export function scoreAll(
	conversations: readonly Conversation[],
	options: Omit<ScoreOptions, 'otherContacts'>,
	others = repeatedContacts(conversations),
): ScoredRow[] {
	return conversations.map(conversation => {
		const triage = scoreConversation(conversation, {...options, otherContacts: others(conversation)});
		return {summary: summaryOf(conversation), triage};
	});
}

export function factsOfTriage(triage: Triage): TriageFacts {
	return {
		id: triage.conversationId,
		score: triage.priority.score,
		axes: triage,
		humanOnly: triage.humanOnly.flag,
		targets: () => triage.targets,
		due: () => triage.targets.next?.dueAt ?? Number.POSITIVE_INFINITY,
	};
}

export function keepsTriage(facts: TriageFacts, filters: TriageFilters): boolean {
	if (filters.complexity && !filters.complexity.includes(facts.axes.complexity.level)) return false;
	if (filters.severity && !filters.severity.includes(facts.axes.severity.level)) return false;
	if (filters.effort && !filters.effort.includes(facts.axes.effort.level)) return false;
	if (filters.minPriority !== undefined && facts.score < filters.minPriority) return false;
	if (filters.humanOnly && !facts.humanOnly) return false;
	if (filters.atRisk) {
		const targets = facts.targets();
		if (!(targets.atRisk || targets.breached)) return false;
	}
	return true;
}

// One collator for every comparison: localeCompare with options builds one per call, seconds over 100k rows.
const byId = new Intl.Collator('en', {numeric: true});

/** Highest first; ties by priority score, then the earliest due target, then id (each key read once per item). */
export function orderTriage<T extends TriageFacts>(items: readonly T[], sort: TriageSort): T[] {
	const keyOf = (facts: TriageFacts): number => (sort === 'priority' ? facts.score : sort === 'risk' ? facts.targets().risk : facts.axes[sort].value);
	const keyed = items.map(facts => ({facts, key: keyOf(facts), score: facts.score, due: facts.due(), id: facts.id}));
	keyed.sort((a, b) => b.key - a.key || b.score - a.score || a.due - b.due || byId.compare(a.id, b.id));
	return keyed.map(item => item.facts);
}

export function filterRows(rows: readonly ScoredRow[], filters: TriageFilters): ScoredRow[] {
	return rows.filter(row => keepsTriage(factsOfTriage(row.triage), filters));
}

export function sortRows(rows: readonly ScoredRow[], sort: TriageSort): ScoredRow[] {
	return orderTriage(rows.map(row => ({...factsOfTriage(row.triage), row})), sort).map(({row}) => row);
}
