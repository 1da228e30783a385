// Exports liveOverview and LiveOverview: what `top` and `summary` show now (queue by team and channel,
// unassigned, oldest waiting, targets breached and at risk, load per agent, volume series, triage mix,
// bot vs human share). Drill-downs (a team, an agent, the breached ones) are filters of the same function.
import type {Agent, Channel, ConversationStatus, ConversationSummary, Team} from '../conversation.js';
import type {BusinessClock} from '../service-targets/business-clock.js';
import type {ServiceTargets, TargetKind} from '../service-targets/service-targets.js';
import {evaluateTargets} from '../service-targets/target-status.js';
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

const liveStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
const zero = (): StatusCounts => ({open: 0, pending: 0, snoozed: 0});

export function liveOverview(input: OverviewInput): LiveOverview {
	const {now, targets, clock} = input;
	const filter = input.filter ?? {};
	const scoped = input.conversations.filter(item => (filter.teamId === undefined || item.teamId === filter.teamId) && (filter.agentId === undefined || item.assigneeId === filter.agentId));
	const reports = new Map(scoped.filter(isLive).map(item => [item.id, evaluateTargets(item, targets, clock, now)]));
	const live = scoped.filter(item => isLive(item) && (!filter.breachedOnly || reports.get(item.id)!.breached));
	const bots = new Set(input.agents.filter(agent => agent.role === 'bot').map(agent => agent.id));
	const alert = (item: ConversationSummary): TargetAlert => {
		const next = reports.get(item.id)!.next!;
		return {id: item.id, subject: item.subject, customerName: item.customerName, target: next.kind, dueAt: next.dueAt, left: next.left, assigneeId: item.assigneeId, teamId: item.teamId};
	};
	const byLeft = (a: TargetAlert, b: TargetAlert) => a.left - b.left || a.id.localeCompare(b.id);
	const breached = live.filter(item => reports.get(item.id)!.breached).map(alert).sort(byLeft);
	const atRisk = live.filter(item => !reports.get(item.id)!.breached && reports.get(item.id)!.atRisk).map(alert).sort(byLeft);
	const running = live.filter(item => !reports.get(item.id)!.breached && reports.get(item.id)!.next !== null).map(alert).sort(byLeft);
	const load = loadPerAgent(live, input);
	const waiting = live.filter(item => item.status === 'open' && item.waitingSince !== null).sort((a, b) => a.waitingSince! - b.waitingSince! || a.id.localeCompare(b.id))[0];
	return {
		now,
		filter,
		live: live.length,
		byStatus: count(live),
		byTeam: group(live, item => item.teamId).map(([teamId, items]) => ({teamId, name: input.teams.find(team => team.id === teamId)?.name ?? 'no team', ...count(items)})),
		byChannel: group(live, item => item.channel).map(([channel, items]) => ({channel, ...count(items)})),
		unassigned: live.filter(item => item.assigneeId === null).length,
		oldestWaiting: waiting ? {id: waiting.id, subject: waiting.subject, since: waiting.waitingSince!, waitedMs: now - waiting.waitingSince!} : null,
		breached,
		atRisk,
		nextToBreach: running[0] ?? null,
		load,
		repliedTodayCounted: load.every(row => row.repliedToday === null) && (load.length > 0 || !input.repliesToday) ? 'none' : load.some(row => row.repliedToday === null) ? 'some' : 'all',
		hourly: buckets(scoped, now, input.hours ?? 24, hourMs, at => Math.floor(at / hourMs) * hourMs),
		daily: buckets(scoped, now, input.days ?? 14, dayMs, dayStart),
		triageMix: input.triage ? mix(live, input.triage) : null,
		handledBy: {
			bot: live.filter(item => item.assigneeId !== null && bots.has(item.assigneeId)).length,
			human: live.filter(item => item.assigneeId !== null && !bots.has(item.assigneeId)).length,
			nobody: live.filter(item => item.assigneeId === null).length,
		},
	};
}

function isLive(item: ConversationSummary): boolean {
	return liveStatuses.includes(item.status);
}

function count(items: readonly ConversationSummary[]): StatusCounts {
	const counts = zero();
	for (const item of items) if (item.status !== 'closed') counts[item.status]++;
	return counts;
}

function group<K>(items: readonly ConversationSummary[], key: (item: ConversationSummary) => K): Array<[K, ConversationSummary[]]> {
	const groups = new Map<K, ConversationSummary[]>();
	for (const item of items) {
		const members = groups.get(key(item));
		if (members) members.push(item);
		else groups.set(key(item), [item]);
	}
	return [...groups].sort((a, b) => b[1].length - a[1].length || String(a[0]).localeCompare(String(b[0])));
}

function loadPerAgent(live: readonly ConversationSummary[], input: OverviewInput): AgentLoad[] {
	return input.agents
		.filter(agent => agent.role !== 'bot' && (input.filter?.agentId === undefined || agent.id === input.filter.agentId) && (input.filter?.teamId === undefined || agent.teamIds.includes(input.filter.teamId)))
		.map(agent => {
			const mine = live.filter(item => item.assigneeId === agent.id);
			return {
				agentId: agent.id,
				name: agent.name,
				open: mine.filter(item => item.status === 'open').length,
				waitingOnThem: mine.filter(item => item.status === 'open' && item.waitingSince !== null).length,
				repliedToday: repliedToday(input.repliesToday, agent.id),
			};
		})
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
