// The local desk: deskterm's embedded back end, a real helpdesk in one SQLite file, seeded with a demo desk.
import type {Agent, ConversationSummary} from '../../domain/conversation.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import type {Capabilities, HelpdeskProvider, QueueQuery} from '../provider.js';
import {deskPath} from './desk-path.js';
import {resolveMe} from './resolve-me.js';
import {recordEvent} from './store/activity-events.js';
import {inTransaction} from './store/transaction.js';
import {changesSince, hasDeskId, wakeSnoozed} from './store/changes.js';
import {receiveIncoming, type IncomingInput, type IncomingResult} from './store/incoming.js';
import {openLocalStore, type LocalStore} from './store/local-store.js';
import {metricFacts, repliesByAgentSince} from './store/metric-reads.js';
import {toQueueFilter} from './store/queue-filter.js';
import type {SearchMode} from './store/queue-sql.js';
import {fullConversations, getConversation, listAgents, listQueue, listTeams} from './store/reads.js';
import {addNote, assign, reply, setPriority, setStatus, updateTags} from './store/writes.js';

export type {IncomingInput, IncomingResult};

export const localCapabilities: Capabilities = {
	reply: true,
	note: true,
	assignAgent: true,
	assignTeam: true,
	statuses: ['open', 'pending', 'snoozed', 'closed'],
	snoozeUntil: true,
	priority: true,
	tags: true,
	changes: true,
	versionedWrites: true,
	savedReplies: false,
	incoming: true,
};

/** The local provider, plus the customer's side that only a local desk can play. */
export type LocalProvider = HelpdeskProvider & {
	readonly path: string;
	receiveIncoming(input: IncomingInput): Promise<IncomingResult>;
};

export function isLocalProvider(provider: HelpdeskProvider): provider is LocalProvider {
	return provider.capabilities.incoming && typeof (provider as Partial<LocalProvider>).receiveIncoming === 'function';
}

const iterateBatch = 200;

export async function openLocalProvider(options: OpenProviderOptions & {search?: SearchMode}): Promise<LocalProvider> {
	const path = deskPath(options.paths);
	const store = openLocalStore(path, {clock: options.clock, ...(options.search ? {search: options.search} : {})});
	try {
		// The demo generator and its corpus are loaded only for a desk that has never been seeded.
		if (!hasDeskId(store)) (await import('./demo/seed-desk.js')).seedIfEmpty(store);
	} catch (error) {
		store.close();
		throw error;
	}
	return createLocalProvider(store, options);
}

function createLocalProvider(store: LocalStore, options: OpenProviderOptions): LocalProvider {
	let me: Agent | undefined;
	const whoami = (): Agent => (me ??= resolveMe(listAgents(store), options.profile.settings, options.env));
	const lookups = {
		meId: () => whoami().id,
		agentIds: () => listAgents(store).map(agent => agent.id),
		teamIds: () => listTeams(store).map(team => team.id),
	};

	/** Every page of a query, without counting totals: bulk readers walk the whole desk. */
	function* queuePages(query: QueueQuery, batch = iterateBatch): Generator<ConversationSummary[]> {
		wakeSnoozed(store);
		let cursor = query.cursor;
		do {
			const page = listQueue(store, toQueueFilter({...query, cursor, limit: batch}, lookups), {total: false});
			yield page.conversations;
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
	}

	return {
		kind: 'local',
		label: 'local demo desk',
		// Every write logs its conversation in the changes table (writes.ts, incoming.ts, the snooze wake-up).
		completeChanges: true,
		path: store.path,
		capabilities: localCapabilities,
		whoami: async () => whoami(),
		async listQueue(query) {
			wakeSnoozed(store);
			return listQueue(store, toQueueFilter(query, lookups));
		},
		async getConversation(id) {
			wakeSnoozed(store);
			return getConversation(store, id);
		},
		listAgents: async () => listAgents(store),
		listTeams: async () => listTeams(store),
		async changesSince(cursor) {
			wakeSnoozed(store);
			return changesSince(store, cursor);
		},
		reply: async (id, input) => reply(store, id, input, whoami()),
		addNote: async (id, input) => addNote(store, id, input, whoami()),
		assign: async (id, input) => assign(store, id, input, whoami()),
		setStatus: async (id, input) => setStatus(store, id, input, whoami()),
		setPriority: async (id, priority, writeOptions) => setPriority(store, id, priority, writeOptions),
		updateTags: async (id, input) => updateTags(store, id, input),
		async *iterateConversations(query, options) {
			for (const page of queuePages(query, options?.batch ?? iterateBatch)) yield* fullConversations(store, page);
		},
		async *iterateMetricFacts(period) {
			yield* metricFacts(store, period);
		},
		async recordActivity(events) {
			inTransaction(store.db, () => {
				for (const event of events) recordEvent(store, event);
			});
		},
		repliesByAgentSince: async from => ({replies: repliesByAgentSince(store, from)}),
		async *iterateSummaries(query) {
			for (const page of queuePages(query)) yield* page;
		},
		receiveIncoming: async input => receiveIncoming(store, input),
		close: async () => store.close(),
	};
}
