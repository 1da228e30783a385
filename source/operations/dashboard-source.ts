// What `deskterm top` reads, assembled once for the terminal, the SSH server and the plain-text twin:
// the live overview (every refresh) and the period's figures (less often: they read whole threads).
import {loadTriageConfig} from '../config/triage-config.js';
import type {Agent, Conversation, Team} from '../domain/conversation.js';
import {DeskError} from '../domain/errors.js';
import type {Figure} from '../domain/metrics/figure.js';
import type {LiveOverview, OverviewFilter} from '../domain/metrics/live-overview.js';
import {parsePeriodBound} from '../domain/metrics/period.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {createLiveRows} from './live-rows.js';
import {loadMetrics, loadOverview} from './load-metrics.js';
import {createTriageLevels, scoringInBackground} from './triage-scores.js';

/** `totals` counts the breached and at-risk lists when they were cut short for the screen (see trimSnapshot). */
export type DashboardSnapshot = LiveOverview & {
	agents: Agent[];
	teams: Team[];
	totals?: {breached: number; atRisk: number};
	/** The triage mix is still being scored (triageMix is null until then). */
	triageScoring?: boolean;
};

export type DashboardSource = {
	label: string;
	overview(filter: OverviewFilter): Promise<DashboardSnapshot>;
	figures(filter: OverviewFilter): Promise<Figure[]>;
	/** Stops what the source started (a worker thread); absent when there is nothing to stop. */
	close?(): Promise<void>;
	/** A conversation opened from the dashboard: read, never written. */
	conversation(id: string): Promise<Conversation>;
	/** The period the figures cover, as given (e.g. "7d"). */
	since: string;
};

/** The period's start from `--since` (7d, 24h, 2w or a UTC date), or a usage error. */
export function dashboardPeriodStart(since: string, now: number): number {
	const from = parsePeriodBound(since, now);
	if (from === undefined || from >= now) throw new DeskError('usage', `top: --since takes a span before now (24h, 7d, 2w) or a UTC date, not "${since}"`);
	return from;
}

/** `scoreInBackground`: for a screen that refreshes, the first (long) triage pass runs beside the refreshes. */
export async function createDashboardSource(options: {provider: HelpdeskProvider; configDir: string; clock: () => number; since: string; scoreInBackground?: boolean}): Promise<DashboardSource> {
	const {provider, clock} = options;
	dashboardPeriodStart(options.since, clock());
	const config = await loadTriageConfig(options.configDir);
	// One scorer per source: each refresh scores only the live conversations that changed since the last.
	const scorer = createTriageLevels({provider, config, clock});
	const triage = options.scoreInBackground ? scoringInBackground(scorer) : {...scorer, running: () => false};
	// The desk's rows, kept between refreshes where the back end can say what changed.
	const rows = createLiveRows(provider);
	return {
		label: provider.label,
		since: options.since,
		async overview(filter) {
			const snapshot = await loadOverview(provider, {now: clock(), targets: config.serviceTargets, clock: config.clock, filter, triage, rows});
			return triage.running() ? {...snapshot, triageScoring: true} : snapshot;
		},
		async figures(filter) {
			const now = clock();
			const report = await loadMetrics(provider, {
				period: {from: dashboardPeriodStart(options.since, now), until: now},
				now,
				filter: {...(filter.teamId ? {teamId: filter.teamId} : {}), ...(filter.agentId ? {agentId: filter.agentId} : {})},
			});
			return report.figures;
		},
		conversation: id => provider.getConversation(id),
	};
}

/** The snapshot with its breached and at-risk lists cut to `keep` rows (the totals kept): what a screen can page through. */
export function trimSnapshot(snapshot: DashboardSnapshot, keep: number): DashboardSnapshot {
	if (snapshot.breached.length <= keep && snapshot.atRisk.length <= keep) return snapshot;
	return {...snapshot, breached: snapshot.breached.slice(0, keep), atRisk: snapshot.atRisk.slice(0, keep), totals: {breached: snapshot.totals?.breached ?? snapshot.breached.length, atRisk: snapshot.totals?.atRisk ?? snapshot.atRisk.length}};
}
