// Exports metricFactsOf and allSummaries: whole-desk reads over the port, choosing the back end's compact
// read when it has one; shared by operations/load-metrics and the merged queue's members.
import type {Conversation, ConversationStatus, ConversationSummary} from '../domain/conversation.js';
import {factsFromConversation, type ConversationFacts} from '../domain/metrics/metric-facts.js';
import type {HelpdeskProvider, QueueQuery} from './provider.js';

export const allStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed', 'closed'];
const pageSize = 100;
const fetchConcurrency = 5;

/** The back end's compact read when it has one, else full conversations turned into facts here. */
export async function metricFactsOf(provider: HelpdeskProvider, period: {from: number; until: number}, bots: ReadonlySet<string>): Promise<ConversationFacts[]> {
	const facts: ConversationFacts[] = [];
	if (provider.iterateMetricFacts) {
		for await (const fact of provider.iterateMetricFacts(period)) facts.push(fact);
		return facts;
	}
	const keep = (conversation: Conversation) => {
		if (conversation.createdAt >= period.from && conversation.createdAt < period.until) facts.push(factsFromConversation(conversation, null, bots));
	};
	const query: QueueQuery = {statuses: allStatuses, sort: 'created'};
	if (provider.iterateConversations) {
		for await (const conversation of provider.iterateConversations(query)) keep(conversation);
		return facts;
	}
	const rows = (await allSummaries(provider, query)).filter(row => row.createdAt >= period.from && row.createdAt < period.until);
	for (let start = 0; start < rows.length; start += fetchConcurrency) {
		for (const conversation of await Promise.all(rows.slice(start, start + fetchConcurrency).map(row => provider.getConversation(row.id)))) keep(conversation);
	}
	return facts;
}

/** Every summary matching the query, without totals where the back end can. */
export async function allSummaries(provider: HelpdeskProvider, query: QueueQuery): Promise<ConversationSummary[]> {
	const rows: ConversationSummary[] = [];
	if (provider.iterateSummaries) {
		for await (const row of provider.iterateSummaries(query)) rows.push(row);
		return rows;
	}
	let cursor: string | undefined;
	do {
		const page = await provider.listQueue({...query, limit: pageSize, ...(cursor === undefined ? {} : {cursor})});
		rows.push(...page.conversations);
		cursor = page.nextCursor ?? undefined;
	} while (cursor !== undefined);
	return rows;
}
