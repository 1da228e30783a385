// Exports scoreAll (what `triage --all` scores) and createTriageLevels (the triage mix of `top` and `summary`,
// scored again only for conversations that changed since the last call).
import type {Conversation, ConversationStatus, ConversationSummary} from '../domain/conversation.js';
import type {TriageLevels} from '../domain/metrics/live-overview.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {scoreConversation, type ScoreOptions} from '../triage/score-conversation.js';
import type {TriageConfig} from '../triage/triage-config.js';
import type {Triage} from '../triage/types.js';

export type ScoredRow = {summary: ConversationSummary; triage: Triage};

/** Each customer's conversations that are not closed: the others count as repeated contacts. */
export function openPerCustomer(items: Iterable<Pick<ConversationSummary, 'customerId' | 'status'>>): Map<string, number> {
	const perCustomer = new Map<string, number>();
	for (const item of items) if (item.status !== 'closed') perCustomer.set(item.customerId, (perCustomer.get(item.customerId) ?? 0) + 1);
	return perCustomer;
}

/** Scores a set together: a customer's other conversations in the set (or in `perCustomer`) count as repeated contacts. */
export function scoreAll(conversations: readonly Conversation[], options: Omit<ScoreOptions, 'otherContacts'>, perCustomer = openPerCustomer(conversations)): ScoredRow[] {
	return conversations.map(conversation => {
		const others = (perCustomer.get(conversation.customerId) ?? 0) - (conversation.status === 'closed' ? 0 : 1);
		const triage = scoreConversation(conversation, {...options, otherContacts: Math.max(0, others)});
		const {customer: _customer, messages: _messages, ratings: _ratings, pageUrl: _pageUrl, ...summary} = conversation;
		return {summary, triage};
	});
}

const liveStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
// Fewer changed rows than this are read one by one; more, in one bulk pass when the back end has one.
const bulkFrom = 60;
const readConcurrency = 5;

export type TriageLevelsSource = {
	/** Levels for these live rows, scored (without the template lookup) where the row is new or its updatedAt moved; null while not ready. */
	levels(rows: readonly ConversationSummary[]): Promise<ReadonlyMap<string, TriageLevels> | null>;
};

export type TriageLevelsScorer = {
	/** Levels for these live rows, scored where the row is new or its updatedAt moved. */
	levels(rows: readonly ConversationSummary[]): Promise<ReadonlyMap<string, TriageLevels>>;
	/** How many of these rows are live and not scored (new, or their updatedAt moved). */
	unscored(rows: readonly ConversationSummary[]): number;
};

export function createTriageLevels(options: {provider: HelpdeskProvider; config: TriageConfig; clock: () => number}): TriageLevelsScorer {
	const {provider, config, clock} = options;
	const scored = new Map<string, {updatedAt: number; levels: TriageLevels}>();
	const isStale = (row: ConversationSummary) => liveStatuses.includes(row.status) && scored.get(row.id)?.updatedAt !== row.updatedAt;
	return {
		unscored: rows => rows.filter(isStale).length,
		async levels(rows) {
			const live = rows.filter(row => liveStatuses.includes(row.status));
			const wanted = new Map(live.filter(isStale).map(row => [row.id, row]));
			const perCustomer = openPerCustomer(live);
			const keep = (conversations: Conversation[]) => {
				const now = clock();
				for (const {summary, triage} of scoreAll(conversations, {now, config}, perCustomer)) {
					const row = wanted.get(summary.id);
					// The row's updatedAt, not the read's: one that moved since is scored again next time.
					if (row) scored.set(row.id, {updatedAt: row.updatedAt, levels: {complexity: triage.complexity.level, severity: triage.severity.level, effort: triage.effort.level}});
				}
			};
			if (wanted.size >= bulkFrom && provider.iterateConversations) {
				let batch: Conversation[] = [];
				for await (const conversation of provider.iterateConversations({statuses: liveStatuses, sort: 'created'})) {
					if (!wanted.has(conversation.id)) continue;
					batch.push(conversation);
					if (batch.length >= 500) {
						keep(batch);
						batch = [];
					}
				}
				keep(batch);
			} else {
				const ids = [...wanted.keys()];
				for (let start = 0; start < ids.length; start += readConcurrency) {
					const read = await Promise.all(ids.slice(start, start + readConcurrency).map(id => provider.getConversation(id).catch(() => null)));
					keep(read.filter((conversation): conversation is Conversation => conversation !== null));
				}
			}
			const levels = new Map<string, TriageLevels>();
			for (const row of live) {
				const entry = scored.get(row.id);
				if (entry) levels.set(row.id, entry.levels);
			}
			for (const id of scored.keys()) if (!levels.has(id)) scored.delete(id);
			return levels;
		},
	};
}

/**
 * For a screen that refreshes: a few changed rows are scored within the refresh; a long pass (the first one on a
 * big desk) runs beside the refreshes, which say "scoring" (levels null) until it is done, rather than wait for it.
 */
export function scoringInBackground(scorer: TriageLevelsScorer): TriageLevelsSource & {running(): boolean} {
	let pass: Promise<unknown> | null = null;
	return {
		running: () => pass !== null,
		async levels(rows) {
			if (pass === null && scorer.unscored(rows) < bulkFrom) return scorer.levels(rows);
			// A failed pass leaves the mix unscored; the next refresh starts another.
			pass ??= scorer.levels(rows).then(
				() => (pass = null),
				() => (pass = null),
			);
			return null;
		},
	};
}
