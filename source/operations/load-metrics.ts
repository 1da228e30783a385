// Exports loadMetrics (the `stats` report) and loadOverview (what `top` and `summary` show): each reads the
// provider's facts once and runs the pure code in domain/metrics, for the CLI and the console alike.
import type {Agent, Team} from '../domain/conversation.js';
import {computeMetrics, type MetricsFilter, type MetricsReport} from '../domain/metrics/compute-metrics.js';
import {liveOverview, type LiveOverview, type OverviewFilter} from '../domain/metrics/live-overview.js';
import {dayStart, type Period} from '../domain/metrics/period.js';
import type {ServiceTargets} from '../domain/service-targets/service-targets.js';
import type {BusinessClock} from '../domain/service-targets/business-clock.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {allStatuses, allSummaries, metricFactsOf} from '../providers/provider-reads.js';
import type {LiveRows} from './live-rows.js';
import type {TriageLevelsSource} from './triage-scores.js';

export type MetricsRequest = {period: Period; now: number; filter?: MetricsFilter};

export async function loadMetrics(provider: HelpdeskProvider, request: MetricsRequest): Promise<MetricsReport & {agents: Agent[]; teams: Team[]}> {
	const [agents, teams] = await Promise.all([provider.listAgents(), provider.listTeams()]);
	const facts = await metricFactsOf(provider, request.period, new Set(agents.filter(agent => agent.role === 'bot').map(agent => agent.id)));
	return {...computeMetrics(facts, {...request, agents}), agents, teams};
}

export type OverviewRequest = {
	now: number;
	targets: ServiceTargets;
	clock: BusinessClock;
	filter?: OverviewFilter;
	/** Scores the live conversations for the triage mix; without it the mix is null. */
	triage?: TriageLevelsSource;
	/** The desk's rows kept between refreshes (see createLiveRows); without it every row is read. */
	rows?: LiveRows;
};

export async function loadOverview(provider: HelpdeskProvider, request: OverviewRequest): Promise<LiveOverview & {agents: Agent[]; teams: Team[]}> {
	const {triage: scorer, rows, ...rest} = request;
	const [agents, teams, conversations, repliesToday] = await Promise.all([
		provider.listAgents(),
		provider.listTeams(),
		rows ? rows.read() : allSummaries(provider, {statuses: allStatuses, sort: 'created'}),
		// Today is the UTC day, as the daily volume series counts it; back ends that cannot tell leave it null.
		provider.repliesByAgentSince?.(dayStart(request.now)),
	]);
	const triage = scorer ? ((await scorer.levels(conversations)) ?? undefined) : undefined;
	return {...liveOverview({...rest, conversations, agents, teams, ...(repliesToday ? {repliesToday} : {}), ...(triage ? {triage} : {})}), agents, teams};
}
