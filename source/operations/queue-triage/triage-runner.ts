// Scores the queue in the background, a slice at a time, so keys and frames never wait for it; results are
// cached per conversation version and scored again when they age (targets and waiting times move with the clock).
import type {Conversation, ConversationSummary} from '../../domain/conversation.js';
import {toDeskError} from '../../domain/errors.js';
import type {HelpdeskProvider, QueueQuery} from '../../providers/provider.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {AnswerLookup, Triage} from '../../triage/types.js';
import {openContacts, repeatedContactsFrom} from '../triage-set.js';
import {bulkFrom, scorePass} from './score-pass.js';
import {levelsExpireAt} from '../../triage/score-expiry.js';
import {entryOf} from './triage-entry.js';
import type {TriageEntry} from './triage-entry.js';
import {createTriageTable} from './triage-table.js';

export {singleReadLimit} from './score-pass.js';

export type TriageProgress = {scored: number; total: number; running: boolean; error: string | null};

export type TriageRunner = {
	/** Score the rows that have no entry, an old version or an old score; visible ids first. */
	request(rows: readonly ConversationSummary[], query: QueueQuery, visible: readonly string[]): void;
	entry(id: string): TriageEntry | undefined;
	progress(): TriageProgress;
	/** Called after each slice that scored something, and when a pass ends. */
	subscribe(listener: () => void): () => void;
	close(): void;
};

export type RunnerOptions = {
	provider: HelpdeskProvider;
	config: TriageConfig;
	clock: () => number;
	/** The answer lookup for a language (the template ranking); undefined scores without it. */
	lookupFor?: (language: string) => Promise<AnswerLookup | undefined>;
	/** Queues longer than this are scored without the lookup (a ranking per conversation adds up). */
	lookupLimit?: number;
	/** A score older than this is done again (sooner when its wait enters the next band: scoreAged). */
	maxAgeMs?: number;
	/** A pass here over `from` rows or more (bulk read, no lookup) waits for `ready` (the load's release), then calls
	 * `hold` (the young generation held until the release after it). */
	bigPassHere?: {from: number; ready(): Promise<void>; hold(): void};
};

// A slice runs this long before the event loop gets a turn (keys, frames, timers).
const sliceMs = 8;

type Pass = {
	query: string;
	controller: AbortController;
	/** How many rows the pass was started for (a longer or shorter queue starts a new pass). */
	rowCount: number;
	/** Rows still to score, and the ones to read one by one before anything else (visible, or added later). */
	wanted: Map<string, ConversationSummary>;
	first: string[];
	/** How many open conversations each customer has in the queue (its repeated contacts). */
	open: Map<string, number>;
	done: boolean;
};

export function createTriageRunner(options: RunnerOptions): TriageRunner {
	const entries = createTriageTable();
	const listeners = new Set<() => void>();
	const maxAge = options.maxAgeMs ?? 5 * 60_000;
	let pass: Pass | undefined;
	let state: TriageProgress = {scored: 0, total: 0, running: false, error: null};
	const notify = () => {
		for (const listener of listeners) listener();
	};
	// Asked of every row after each load and every minute: an entry built per row would be 100k objects a minute.
	const isStale = (row: ConversationSummary, now: number) => !entries.isCurrent(row.id, row.version, now, maxAge);
	const keep = (row: ConversationSummary, triage: Triage, now: number, conversation: Conversation) => {
		// The row's version, not the read's: a conversation that moved since is scored again next time.
		entries.set(entryOf(triage, row.version, now, levelsExpireAt(conversation.waitingSince, now)));
		state = {...state, scored: state.scored + 1};
	};

	async function run(current: Pass, useLookup: boolean): Promise<void> {
		const big = options.bigPassHere && options.provider.iterateConversations && !useLookup && current.wanted.size >= options.bigPassHere.from ? options.bigPassHere : undefined;
		if (big) {
			await big.ready();
			if (current.controller.signal.aborted) return;
			big.hold();
		}
		return scorePass({
			provider: options.provider,
			config: options.config,
			query: JSON.parse(current.query) as QueueQuery,
			signal: current.controller.signal,
			wanted: current.wanted,
			first: current.first,
			others: repeatedContactsFrom(current.open),
			now: options.clock,
			lookupFor: useLookup ? options.lookupFor : undefined,
			sliceMs,
			scored: keep,
			sliced: notify,
		});
	}

	function start(rows: readonly ConversationSummary[], query: string, stale: ConversationSummary[], visible: ReadonlySet<string>): void {
		pass?.controller.abort();
		const current: Pass = {
			query,
			controller: new AbortController(),
			rowCount: rows.length,
			wanted: new Map(stale.map(row => [row.id, row])),
			first: stale.filter(row => visible.has(row.id)).map(row => row.id),
			open: openContacts(rows),
			done: false,
		};
		pass = current;
		const finish = (error: string | null) => {
			current.done = true;
			if (pass !== current) return;
			state = {...state, running: false, error};
			notify();
		};
		const useLookup = rows.length <= (options.lookupLimit ?? Number.POSITIVE_INFINITY);
		run(current, useLookup).then(
			() => finish(null),
			(error: unknown) => finish(toDeskError(error).message),
		);
		// The pass is news before its first slice: a big pass may wait for the console's release to start.
		notify();
	}

	return {
		request(rows, query, visible) {
			const now = options.clock();
			const key = JSON.stringify(query);
			const stale = rows.filter(row => isStale(row, now));
			const visibleSet = new Set(visible);
			state = {scored: rows.length - stale.length, total: rows.length, running: stale.length > 0, error: null};
			if (stale.length === 0) {
				pass?.controller.abort();
				pass = undefined;
				notify();
				return;
			}
			// The same queue with a few changed rows: add them to the pass under way instead of starting over.
			const running = pass && !pass.done && pass.query === key ? pass : undefined;
			const added = running ? stale.filter(row => !running.wanted.has(row.id)) : [];
			if (running && added.length < bulkFrom && rows.length === running.rowCount) {
				for (const row of added) {
					running.wanted.set(row.id, row);
					running.first.push(row.id);
				}
				for (const id of visible) if (running.wanted.has(id) && !running.first.includes(id)) running.first.unshift(id);
				state = {...state, scored: rows.length - running.wanted.size};
				return;
			}
			start(rows, key, stale, visibleSet);
		},
		entry: id => entries.get(id),
		progress: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			pass?.controller.abort();
			listeners.clear();
		},
	};
}
