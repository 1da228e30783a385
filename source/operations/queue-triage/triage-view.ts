// The triage sort and filters over the loaded queue, as a local view: the rules of `deskterm triage --all`
// (operations/triage-set.ts) over the background scorer's compact entries.
import type {ConversationSummary} from '../../domain/conversation.js';
import {evaluateTargets, type TargetReport} from '../../domain/service-targets/target-status.js';
import {keepsTriage, orderTriage, type TriageFacts, type TriageFilters, type TriageSort} from '../triage-set.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {TriageEntry} from './triage-entry.js';

export type TriageView = {
	/** Higher first; rows without a rank follow in the back end's order. */
	rank: ReadonlyMap<string, number> | null;
	keep: ReadonlySet<string> | null;
};

// A row's next due time needs only its times (not the clock): kept per row object, so a rescore does not redo 100k.
const dueTimes = new WeakMap<TriageConfig, WeakMap<ConversationSummary, number>>();

function duesFor(config: TriageConfig): WeakMap<ConversationSummary, number> {
	let known = dueTimes.get(config);
	if (!known) dueTimes.set(config, (known = new WeakMap()));
	return known;
}

/** An entry's facts; its targets are evaluated from the row (they only need its times) once, and only when asked. */
export function factsOfEntry(entry: TriageEntry, row: ConversationSummary, config: TriageConfig, now: number, dues = duesFor(config)): TriageFacts {
	let targets: TargetReport | undefined;
	const evaluated = () => (targets ??= evaluateTargets(row, config.serviceTargets, config.clock, now));
	return {
		id: row.id,
		score: entry.score,
		axes: entry.axes,
		humanOnly: entry.humanOnly.length > 0,
		targets: evaluated,
		due() {
			let due = dues.get(row);
			if (due === undefined) dues.set(row, (due = evaluated().next?.dueAt ?? Number.POSITIVE_INFINITY));
			return due;
		},
	};
}

export function triageView(
	rows: readonly ConversationSummary[],
	ask: {sort: TriageSort | null; filters: TriageFilters | null},
	entry: (id: string) => TriageEntry | undefined,
	config: TriageConfig,
	now: number,
): TriageView | null {
	if (ask.sort === null && ask.filters === null) return null;
	const scored: TriageFacts[] = [];
	const keep = ask.filters === null ? null : new Set<string>();
	const dues = duesFor(config);
	for (const row of rows) {
		const found = entry(row.id);
		if (!found) continue;
		const facts = factsOfEntry(found, row, config, now, dues);
		if (keep && keepsTriage(facts, ask.filters!)) keep.add(row.id);
		if (ask.sort !== null && (!keep || keep.has(row.id))) scored.push(facts);
	}
	if (ask.sort === null) return {rank: null, keep};
	const ordered = orderTriage(scored, ask.sort);
	return {rank: new Map(ordered.map((facts, index) => [facts.id, ordered.length - index])), keep};
}
