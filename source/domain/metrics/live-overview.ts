// Exports liveOverview and LiveOverview: what `top` and `summary` show now (queue by team and channel,
// unassigned, oldest waiting, targets breached and at risk, load per agent, volume series, triage mix,
// bot vs human share). Drill-downs (a team, an agent, the breached ones) are filters of the same function.
import type {Agent, Channel, ConversationSummary, Team} from '../conversation.js';
import type {BusinessClock} from '../service-targets/business-clock.js';
import type {ServiceTargets, TargetKind} from '../service-targets/service-targets.js';
import {evaluateTargets, type TargetStatus} from '../service-targets/target-status.js';
import {dayMs, dayStart, hourMs} from './period.js';

export type Level = 'low' | 'medium' | 'high';
export type TriageLevels = {complexity: Level; severity: Level; effort: Level};

export type OverviewFilter = {teamId?: string; agentId?: string; breachedOnly?: boolean};

export type OverviewInput = {
	/** Every conversation the overview may count, closed ones included (for the volume series). */
	conversations: readonly ConversationSummary[];
	agents: readonly Agent[];
	teams: readonly Team[];
	targets: ServiceTargets;
	clock: BusinessClock;
	now: number;
	filter?: OverviewFilter;
	/** Replies each agent wrote today, when the loader read them. */
	repliesToday?: RepliesToday;
	/** Triage levels of the live conversations, when the loader scored them. */
	triage?: ReadonlyMap<string, TriageLevels>;
	hours?: number;
	days?: number;
};

/**
 * Replies per agent id (an agent counted and absent wrote none). `counted`, when given, names whose replies are in
 * it: a merged queue where some desks cannot count them, or did not answer; the others are unknown, never 0.
 */
export type RepliesToday = {replies: ReadonlyMap<string, number>; counted?: (agentId: string) => boolean};

/** Whose replied today the load rows carry: every agent's, only some (the others null), or nobody's. */
export type RepliesCounted = 'all' | 'some' | 'none';

export type StatusCounts = Record<'open' | 'pending' | 'snoozed', number>;
export type TargetAlert = {id: string; subject: string; customerName: string; target: TargetKind; dueAt: number; left: number; assigneeId: string | null; teamId: string | null};
export type AgentLoad = {agentId: string; name: string; open: number; waitingOnThem: number; repliedToday: number | null};

export type LiveOverview = {
	now: number;
	filter: OverviewFilter;
	live: number;
	byStatus: StatusCounts;
	byTeam: Array<{teamId: string | null; name: string} & StatusCounts>;
	byChannel: Array<{channel: Channel} & StatusCounts>;
	unassigned: number;
	oldestWaiting: {id: string; subject: string; since: number; waitedMs: number} | null;
	breached: TargetAlert[];
	atRisk: TargetAlert[];
	nextToBreach: TargetAlert | null;
	load: AgentLoad[];
	/** Whether `load[].repliedToday` is every agent's count, some agents' (the others null: their desk cannot count it), or none. */
	repliedTodayCounted: RepliesCounted;
	/** Conversations opened per hour (oldest first, the last bucket is the current hour). */
	hourly: number[];
	/** Conversations opened per UTC day (oldest first, the last is today). */
	daily: number[];
	/** Counts per axis and level, or null when the loader did not score triage. */
	triageMix: Record<keyof TriageLevels, Record<Level, number>> | null;
	/** Who holds the live conversations: the bot, a person, nobody. */
	handledBy: {bot: number; human: number; nobody: number};
};

const zero = (): StatusCounts => ({open: 0, pending: 0, snoozed: 0});

export function liveOverview(input: OverviewInput): LiveOverview {
	const {now, targets, clock} = input;
	const filter = input.filter ?? {};
	const scoped = input.conversations.filter(item => (filter.teamId === undefined || item.teamId === filter.teamId) && (filter.agentId === undefined || item.assigneeId === filter.agentId));
	// One pass over the live rows (a big desk has tens of thousands, read again each refresh): no per-figure copies.
	const live: ConversationSummary[] = [];
	const breached: TargetAlert[] = [];
	const atRisk: TargetAlert[] = [];
	let nextToBreach: TargetAlert | null = null;
	for (const item of scoped) {
		if (!isLive(item)) continue;
		const report = evaluateTargets(item, targets, clock, now);
		if (filter.breachedOnly && !report.breached) continue;
		live.push(item);
		const next = report.next;
		if (report.breached) breached.push(alertOf(item, next!));
		else if (next !== null) {
			if (report.atRisk) atRisk.push(alertOf(item, next));
			if (nextToBreach === null || byLeft(next.left, item.id, nextToBreach) < 0) nextToBreach = alertOf(item, next);
		}
	}
	const sortByLeft = (alerts: TargetAlert[]) => alerts.sort((a, b) => byLeft(a.left, a.id, b));
	const bots = new Set(input.agents.filter(agent => agent.role === 'bot').map(agent => agent.id));
	const load = loadPerAgent(live, input);
	let waiting: ConversationSummary | undefined;
	let unassigned = 0;
	let bot = 0;
	for (const item of live) {
		if (item.assigneeId === null) unassigned++;
		else if (bots.has(item.assigneeId)) bot++;
		if (item.status === 'open' && item.waitingSince !== null && (waiting === undefined || (item.waitingSince - waiting.waitingSince! || item.id.localeCompare(waiting.id)) < 0)) waiting = item;
	}
	return {
		now,
		filter,
		live: live.length,
		byStatus: count(live),
		byTeam: groupCounts(live, item => item.teamId).map(([teamId, counts]) => ({teamId, name: input.teams.find(team => team.id === teamId)?.name ?? 'no team', ...counts})),
		byChannel: groupCounts(live, item => item.channel).map(([channel, counts]) => ({channel, ...counts})),
		unassigned,
		oldestWaiting: waiting ? {id: waiting.id, subject: waiting.subject, since: waiting.waitingSince!, waitedMs: now - waiting.waitingSince!} : null,
		breached: sortByLeft(breached),
		atRisk: sortByLeft(atRisk),
		nextToBreach,
		load,
		repliedTodayCounted: load.every(row => row.repliedToday === null) && (load.length > 0 || !input.repliesToday) ? 'none' : load.some(row => row.repliedToday === null) ? 'some' : 'all',
		hourly: buckets(scoped, now, input.hours ?? 24, hourMs, at => Math.floor(at / hourMs) * hourMs),
		daily: buckets(scoped, now, input.days ?? 14, dayMs, dayStart),
		triageMix: input.triage ? mix(live, input.triage) : null,
		handledBy: {bot, human: live.length - unassigned - bot, nobody: unassigned},
	};
}

function alertOf(item: ConversationSummary, next: TargetStatus): TargetAlert {
	return {id: item.id, subject: item.subject, customerName: item.customerName, target: next.kind, dueAt: next.dueAt, left: next.left, assigneeId: item.assigneeId, teamId: item.teamId};
}

/** Least time left first, then by id: the order of the breached and at-risk lists. */
function byLeft(left: number, id: string, other: TargetAlert): number {
	return left - other.left || id.localeCompare(other.id);
}

function isLive(item: ConversationSummary): boolean {
	return item.status !== 'closed';
}

function count(items: readonly ConversationSummary[]): StatusCounts {
	const counts = zero();
	for (const item of items) if (item.status !== 'closed') counts[item.status]++;
	return counts;
}

/** Status counts per key, the largest group first (then by key). */
function groupCounts<K>(items: readonly ConversationSummary[], key: (item: ConversationSummary) => K): Array<[K, StatusCounts]> {
	const groups = new Map<K, StatusCounts>();
	for (const item of items) {
		if (item.status === 'closed') continue;
		const at = key(item);
		let counts = groups.get(at);
		if (!counts) groups.set(at, (counts = zero()));
		counts[item.status]++;
	}
	const size = (counts: StatusCounts) => counts.open + counts.pending + counts.snoozed;
	return [...groups].sort((a, b) => size(b[1]) - size(a[1]) || String(a[0]).localeCompare(String(b[0])));
}

function loadPerAgent(live: readonly ConversationSummary[], input: OverviewInput): AgentLoad[] {
	const open = new Map<string, number>();
	const waiting = new Map<string, number>();
	for (const item of live) {
		if (item.assigneeId === null || item.status !== 'open') continue;
		open.set(item.assigneeId, (open.get(item.assigneeId) ?? 0) + 1);
		if (item.waitingSince !== null) waiting.set(item.assigneeId, (waiting.get(item.assigneeId) ?? 0) + 1);
	}
	return input.agents
		.filter(agent => agent.role !== 'bot' && (input.filter?.agentId === undefined || agent.id === input.filter.agentId) && (input.filter?.teamId === undefined || agent.teamIds.includes(input.filter.teamId)))
		.map(agent => ({agentId: agent.id, name: agent.name, open: open.get(agent.id) ?? 0, waitingOnThem: waiting.get(agent.id) ?? 0, repliedToday: repliedToday(input.repliesToday, agent.id)}))
		.sort((a, b) => b.open - a.open || a.name.localeCompare(b.name));
}

function repliedToday(replies: RepliesToday | undefined, agentId: string): number | null {
	if (!replies || !(replies.counted?.(agentId) ?? true)) return null;
	return replies.replies.get(agentId) ?? 0;
}

function buckets(items: readonly ConversationSummary[], now: number, size: number, step: number, start: (at: number) => number): number[] {
	const last = start(now);
	const first = last - (size - 1) * step;
	const counts = new Array<number>(size).fill(0);
	for (const item of items) {
		const at = start(item.createdAt);
		if (at >= first && at <= last) counts[Math.round((at - first) / step)]!++;
	}
	return counts;
}

function mix(live: readonly ConversationSummary[], triage: ReadonlyMap<string, TriageLevels>): Record<keyof TriageLevels, Record<Level, number>> {
	const result = {complexity: {low: 0, medium: 0, high: 0}, severity: {low: 0, medium: 0, high: 0}, effort: {low: 0, medium: 0, high: 0}};
	for (const item of live) {
		const levels = triage.get(item.id);
		if (!levels) continue;
		result.complexity[levels.complexity]++;
		result.severity[levels.severity]++;
		result.effort[levels.effort]++;
	}
	return result;
}
