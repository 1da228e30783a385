// The metric read of back ends whose conversation says how often it was reopened (Zendesk's metric set `reopens`,
// Intercom's `statistics.count_reopens`) but records no events: the period's conversations, each read once.
import type {Agent, Conversation, ConversationStatus} from '../../domain/conversation.js';
import {factsFromConversation, type ConversationFacts} from '../../domain/metrics/metric-facts.js';
import type {QueuePage, QueueQuery} from '../provider.js';
import {inBatches} from './in-batches.js';

const everyStatus: readonly ConversationStatus[] = ['open', 'pending', 'snoozed', 'closed'];
/** Conversations read at once, as the generic metric read does. */
const concurrency = 5;

export type ReopenMetricsOptions = {
	listQueue: (query: QueueQuery) => Promise<QueuePage>;
	readConversation: (id: string) => Promise<{conversation: Conversation; reopens: number | null}>;
	listAgents: () => Promise<Agent[]>;
};

export async function* reopenMetricFacts(options: ReopenMetricsOptions, period: {from: number; until: number}): AsyncIterable<ConversationFacts> {
	const ids: string[] = [];
	let cursor: string | undefined;
	do {
		const page = await options.listQueue({statuses: everyStatus, sort: 'created', limit: 100, ...(cursor === undefined ? {} : {cursor})});
		ids.push(...page.conversations.filter(row => row.createdAt >= period.from && row.createdAt < period.until).map(row => row.id));
		cursor = page.nextCursor ?? undefined;
	} while (cursor !== undefined);
	const bots = new Set((await options.listAgents()).filter(agent => agent.role === 'bot').map(agent => agent.id));
	for await (const [, {conversation, reopens}] of inBatches(ids, concurrency, options.readConversation)) {
		const facts = factsFromConversation(conversation, null, bots);
		// No events: the reopen count comes from the conversation, and every event figure stays unavailable.
		yield reopens === null ? facts : {...facts, reopened: reopens};
	}
}
