// Exports loadMetrics (the `stats` report) and loadOverview (what `top` and `summary` show): each reads the
// provider's facts once and runs the pure code in domain/metrics, for the CLI and the console alike.
import type {Agent, Conversation, ConversationStatus, ConversationSummary, Team} from '../domain/conversation.js';
import {computeMetrics, type MetricsFilter, type MetricsReport} from '../domain/metrics/compute-metrics.js';
import {factsFromConversation, type ConversationFacts} from '../domain/metrics/metric-facts.js';
import {liveOverview, type LiveOverview, type OverviewFilter} from '../domain/metrics/live-overview.js';
import {dayStart, type Period} from '../domain/metrics/period.js';
import type {ServiceTargets} from '../domain/service-targets/service-targets.js';
import type {BusinessClock} from '../domain/service-targets/business-clock.js';
import type {HelpdeskProvider, QueueQuery} from '../providers/provider.js';
import type {TriageLevelsSource} from './triage-scores.js';

const allStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed', 'closed'];
const pageSize = 100;
const fetchConcurrency = 5;

export type MetricsRequest = {period: Period; now: number; filter?: MetricsFilter};

export async function loadMetrics(provider: HelpdeskProvider, request: MetricsRequest): Promise<MetricsReport & {agents: Agent[]; teams: Team[]}> {
	const [agents, teams] = await Promise.all([provider.listAgents(), provider.listTeams()]);
	const facts = await metricFacts(provider, request.period, new Set(agents.filter(agent => agent.role === 'bot').map(agent => agent.id)));
	return {...computeMetrics(facts, {...request, agents}), agents, teams};
}

/** The back end's compact read when it has one, else full conversations turned into facts here. */
async function metricFacts(provider: HelpdeskProvider, period: Period, bots: ReadonlySet<string>): Promise<ConversationFacts[]> {
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
	const rows = (await summaries(provider, query)).filter(row => row.createdAt >= period.from && row.createdAt < period.until);
	for (let start = 0; start < rows.length; start += fetchConcurrency) {
		for (const conversation of await Promise.all(rows.slice(start, start + fetchConcurrency).map(row => provider.getConversation(row.id)))) keep(conversation);
	}
	return facts;
}

export type OverviewRequest = {
	now: number;
	targets: ServiceTargets;
	clock: BusinessClock;
	filter?: OverviewFilter;
	/** Scores the live conversations for the triage mix; without it the mix is null. */
	triage?: TriageLevelsSource;
};

export async function loadOverview(provider: HelpdeskProvider, request: OverviewRequest): Promise<LiveOverview & {agents: Agent[]; teams: Team[]}> {
	const [agents, teams, conversations, repliesToday] = await Promise.all([
		provider.listAgents(),
		provider.listTeams(),
		summaries(provider, {statuses: allStatuses, sort: 'created'}),
		// Today is the UTC day, as the daily volume series counts it; back ends that cannot tell leave it null.
		provider.repliesByAgentSince?.(dayStart(request.now)),
	]);
	const {triage: scorer, ...rest} = request;
	const triage = scorer ? ((await scorer.levels(conversations)) ?? undefined) : undefined;
	return {...liveOverview({...rest, conversations, agents, teams, ...(repliesToday ? {repliesToday} : {}), ...(triage ? {triage} : {})}), agents, teams};
}

async function summaries(provider: HelpdeskProvider, query: QueueQuery): Promise<ConversationSummary[]> {
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
