// One scoring pass over a queue: the visible rows one by one first, then the rest through the bulk read (or one by
// one when the back end has none), a slice at a time, on the console's thread.
import type {Conversation, ConversationSummary} from '../../domain/conversation.js';
import {toDeskError} from '../../domain/errors.js';
import type {HelpdeskProvider, QueueQuery} from '../../providers/provider.js';
import {scoreConversation} from '../../triage/score-conversation.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {AnswerLookup, Triage} from '../../triage/types.js';

// Fewer stale rows than this are read one by one even when the back end has a bulk read.
export const bulkFrom = 60;
/** Back ends without a bulk read answer one request per conversation: only this many rows (plus the visible ones) are read. */
export const singleReadLimit = 200;
const readConcurrency = 4;

export type PassWork = {
	provider: HelpdeskProvider;
	config: TriageConfig;
	query: QueueQuery;
	signal: AbortSignal;
	/** Rows still to score, by id, and the ones to read one by one first. */
	wanted: Map<string, ConversationSummary>;
	first: string[];
	/** A conversation's repeated contacts: the customer's other open conversations in the queue. */
	others: (row: Pick<ConversationSummary, 'customerId' | 'status'>) => number;
	/** The time a row is scored at. */
	now: () => number;
	/** Undefined scores without the answer lookup. */
	lookupFor?: ((language: string) => Promise<AnswerLookup | undefined>) | undefined;
	/** A slice runs this long before the event loop gets a turn (keys, frames, timers). */
	sliceMs: number;
	scored(row: ConversationSummary, triage: Triage, now: number, conversation: Conversation): void;
	/** After each slice that scored something. */
	sliced(): void;
};

/** Scores what `work.wanted` holds (emptying it); throws when rows were wanted and none could be read. */
export async function scorePass(work: PassWork): Promise<void> {
	const {signal, wanted, first} = work;
	let sliceStart = performance.now();
	let failure: string | null = null;
	let scoredHere = 0;
	const score = async (conversation: Conversation) => {
		const row = wanted.get(conversation.id);
		if (row === undefined || signal.aborted) return;
		wanted.delete(conversation.id);
		const answerLookup = work.lookupFor ? await work.lookupFor(conversation.customer.language) : undefined;
		const now = work.now();
		work.scored(row, scoreConversation(conversation, {now, config: work.config, answerLookup, otherContacts: work.others(conversation)}), now, conversation);
		scoredHere++;
		if (performance.now() - sliceStart >= work.sliceMs) {
			work.sliced();
			await new Promise(resolve => setImmediate(resolve));
			sliceStart = performance.now();
		}
	};
	const readEach = async (ids: readonly string[]) => {
		for (let start = 0; start < ids.length && !signal.aborted; start += readConcurrency) {
			const batch = await Promise.all(
				ids.slice(start, start + readConcurrency).map(id =>
					work.provider.getConversation(id).catch((error: unknown) => {
						failure = toDeskError(error).message;
						return null;
					}),
				),
			);
			for (const conversation of batch) if (conversation) await score(conversation);
		}
	};
	const drainFirst = async () => {
		while (first.length > 0 && !signal.aborted) await readEach(first.splice(0, readConcurrency).filter(id => wanted.has(id)));
	};
	await drainFirst();
	const bulk = work.provider.iterateConversations;
	if (wanted.size >= bulkFrom && bulk) {
		for await (const conversation of bulk.call(work.provider, work.query)) {
			if (signal.aborted || wanted.size === 0) break;
			await score(conversation);
			await drainFirst();
		}
	} else {
		const ids = [...wanted.keys()];
		await readEach(bulk ? ids : ids.slice(0, singleReadLimit));
	}
	await drainFirst();
	// Some rows unreadable (deleted since the list was loaded) is normal; none readable is worth saying.
	if (!signal.aborted && failure !== null && scoredHere === 0) throw new Error(failure);
}
