// Zendesk's metric read for `stats`: the conversations opened in the period, each read with its metric set,
// whose `reopens` count tells a first-contact resolution from a reopened one (Zendesk records no time worked).
import type {Agent, Conversation, ConversationStatus} from '../../domain/conversation.js';
import {factsFromConversation, type ConversationFacts} from '../../domain/metrics/metric-facts.js';
import type {QueuePage, QueueQuery} from '../provider.js';
import {inBatches} from '../shared/in-batches.js';

const everyStatus: readonly ConversationStatus[] = ['open', 'pending', 'snoozed', 'closed'];
/** Tickets read at once, as the generic metric read does. */
const concurrency = 5;

export type ZendeskMetricsOptions = {
	listQueue: (query: QueueQuery) => Promise<QueuePage>;
	readConversation: (id: string) => Promise<{conversation: Conversation; reopens: number | null}>;
	listAgents: () => Promise<Agent[]>;
};

export async function* zendeskMetricFacts(options: ZendeskMetricsOptions, period: {from: number; until: number}): AsyncIterable<ConversationFacts> {
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
		// No events: the reopen count comes from the metric set, and every event figure stays unavailable.
		yield reopens === null ? facts : {...facts, reopened: reopens};
	}
}
