// Exports createTriageLevels (the triage mix of `top` and `summary`, scored again only for conversations that
// changed since the last call, or whose levels the clock has moved: scoreAged, the rule the console's queue uses).
import type {Conversation, ConversationStatus, ConversationSummary} from '../domain/conversation.js';
import type {TriageLevels} from '../domain/metrics/live-overview.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {repeatedContacts, scoreAll} from './triage-set.js';
import {levelsExpireAt, scoreAged} from '../triage/score-expiry.js';
import type {TriageConfig} from '../triage/triage-config.js';

const liveStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
// Fewer changed rows than this are read one by one; more, in one bulk pass when the back end has one.
const bulkFrom = 60;
const readConcurrency = 5;

export type TriageLevelsSource = {
	/** Levels for these live rows, scored (without the template lookup) where they are stale (see isStale); null while not ready. */
	levels(rows: readonly ConversationSummary[]): Promise<ReadonlyMap<string, TriageLevels> | null>;
};

export type TriageLevelsScorer = {
	/** Levels for these live rows, scored where they are stale (see isStale). */
	levels(rows: readonly ConversationSummary[]): Promise<ReadonlyMap<string, TriageLevels>>;
	/** How many of these rows are live and stale. */
	unscored(rows: readonly ConversationSummary[]): number;
};

/** A kept score and what it rests on besides the conversation: its other open conversations, the clock. */
type Kept = {updatedAt: number; others: number; scoredAt: number; expiresAt: number; levels: TriageLevels};

export function createTriageLevels(options: {provider: HelpdeskProvider; config: TriageConfig; clock: () => number}): TriageLevelsScorer {
	const {provider, config, clock} = options;
	const scored = new Map<string, Kept>();
	/**
	 * Stale: new, its updatedAt moved, the customer's other open conversations changed (effort counts them), or the
	 * clock has moved its levels (its wait entered the next band). Levels do not age otherwise: no maximum age.
	 */
	const isStale = (row: ConversationSummary, now: number, others: (row: ConversationSummary) => number) => {
		if (!liveStatuses.includes(row.status)) return false;
		const kept = scored.get(row.id);
		return kept === undefined || kept.updatedAt !== row.updatedAt || kept.others !== others(row) || scoreAged(kept.scoredAt, kept.expiresAt, now, Number.POSITIVE_INFINITY);
	};
	const liveOf = (rows: readonly ConversationSummary[]) => rows.filter(row => liveStatuses.includes(row.status));
	return {
		unscored(rows) {
			const others = repeatedContacts(liveOf(rows));
			const now = clock();
			return rows.filter(row => isStale(row, now, others)).length;
		},
		async levels(rows) {
			const live = liveOf(rows);
			const others = repeatedContacts(live);
			const asked = clock();
			const wanted = new Map(live.filter(row => isStale(row, asked, others)).map(row => [row.id, row]));
			const keep = (conversations: Conversation[]) => {
				const now = clock();
				for (const {summary, triage} of scoreAll(conversations, {now, config}, others)) {
					const row = wanted.get(summary.id);
					// The row's updatedAt, not the read's: one that moved since is scored again next time.
					if (row) {
						const levels = {complexity: triage.complexity.level, severity: triage.severity.level, effort: triage.effort.level};
						scored.set(row.id, {updatedAt: row.updatedAt, others: others(row), scoredAt: now, expiresAt: levelsExpireAt(summary.waitingSince, now), levels});
					}
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
