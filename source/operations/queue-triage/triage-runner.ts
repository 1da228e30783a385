// Scores the queue in the background, a slice at a time, so keys and frames never wait for it; results are
// cached per conversation version and scored again when they age (targets and waiting times move with the clock).
import type {Conversation, ConversationSummary} from '../../domain/conversation.js';
import {toDeskError} from '../../domain/errors.js';
import type {HelpdeskProvider, QueueQuery} from '../../providers/provider.js';
import {scoreConversation} from '../../triage/score-conversation.js';
import {levelsExpireAt} from '../../triage/score-expiry.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {AnswerLookup} from '../../triage/types.js';
import {repeatedContacts} from '../triage-set.js';
import {entryOf, type TriageEntry} from './triage-entry.js';
import {createTriageTable} from './triage-table.js';

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
};

// A slice runs this long before the event loop gets a turn (keys, frames, timers).
const sliceMs = 8;
// Fewer stale rows than this are read one by one even when the back end has a bulk read.
const bulkFrom = 60;
/** Back ends without a bulk read answer one request per conversation: only this many rows (plus the visible ones) are read. */
export const singleReadLimit = 200;
const readConcurrency = 4;

type Pass = {
	query: string;
	controller: AbortController;
	/** How many rows the pass was started for (a longer or shorter queue starts a new pass). */
	rowCount: number;
	/** Rows still to score, and the ones to read one by one before anything else (visible, or added later). */
	wanted: Map<string, ConversationSummary>;
	first: string[];
	/** A conversation's repeated contacts: the customer's other open conversations in the queue. */
	others: (row: Pick<ConversationSummary, 'customerId' | 'status'>) => number;
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

	async function run(current: Pass, useLookup: boolean): Promise<void> {
		const {signal} = current.controller;
		let sliceStart = performance.now();
		let failure: string | null = null;
		let scoredHere = 0;
		const score = async (conversation: Conversation) => {
			const row = current.wanted.get(conversation.id);
			if (!row || signal.aborted) return;
			current.wanted.delete(conversation.id);
			const answerLookup = useLookup ? await options.lookupFor?.(conversation.customer.language) : undefined;
			const now = options.clock();
			const triage = scoreConversation(conversation, {now, config: options.config, answerLookup, otherContacts: current.others(conversation)});
			// The row's version, not the read's: a conversation that moved since is scored again next time.
			entries.set({...entryOf(triage, row.version, now, levelsExpireAt(conversation.waitingSince, now)), id: row.id});
			state = {...state, scored: state.scored + 1};
			scoredHere++;
			if (performance.now() - sliceStart >= sliceMs) {
				notify();
				await new Promise(resolve => setImmediate(resolve));
				sliceStart = performance.now();
			}
		};
		const readEach = async (ids: readonly string[]) => {
			for (let start = 0; start < ids.length && !signal.aborted; start += readConcurrency) {
				const batch = await Promise.all(
					ids.slice(start, start + readConcurrency).map(id =>
						options.provider.getConversation(id).catch((error: unknown) => {
							failure = toDeskError(error).message;
							return null;
						}),
					),
				);
				for (const conversation of batch) if (conversation) await score(conversation);
			}
		};
		const drainFirst = async () => {
			while (current.first.length > 0 && !signal.aborted) await readEach(current.first.splice(0, readConcurrency).filter(id => current.wanted.has(id)));
		};
		await drainFirst();
		const bulk = options.provider.iterateConversations;
		if (current.wanted.size >= bulkFrom && bulk) {
			for await (const conversation of bulk.call(options.provider, JSON.parse(current.query) as QueueQuery)) {
				if (signal.aborted || current.wanted.size === 0) break;
				await score(conversation);
				await drainFirst();
			}
		} else {
			const ids = [...current.wanted.keys()];
			await readEach(bulk ? ids : ids.slice(0, singleReadLimit));
		}
		await drainFirst();
		// Some rows unreadable (deleted since the list was loaded) is normal; none readable is worth saying.
		if (!signal.aborted && failure !== null && scoredHere === 0) throw new Error(failure);
	}

	function start(rows: readonly ConversationSummary[], query: string, stale: ConversationSummary[], visible: ReadonlySet<string>): void {
		pass?.controller.abort();
		const current: Pass = {
			query,
			controller: new AbortController(),
			rowCount: rows.length,
			wanted: new Map(stale.map(row => [row.id, row])),
			first: stale.filter(row => visible.has(row.id)).map(row => row.id),
			others: repeatedContacts(rows),
			done: false,
		};
		pass = current;
		const finish = (error: string | null) => {
			current.done = true;
			if (pass !== current) return;
			state = {...state, running: false, error};
			notify();
		};
		run(current, rows.length <= (options.lookupLimit ?? Number.POSITIVE_INFINITY)).then(
			() => finish(null),
			(error: unknown) => finish(toDeskError(error).message),
		);
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
