// The metric seams of a merged queue: each desk's facts (its compact read, else its conversations),
// activity routed to the desk its conversation lives on, and replies per agent across desks.
import type {RepliesToday} from '../../domain/metrics/live-overview.js';
import type {ActivityEvent, ConversationFacts} from '../../domain/metrics/metric-facts.js';
import {DeskError, toDeskError} from '../../domain/errors.js';
import type {DeskOutage, HelpdeskProvider} from '../provider.js';
import {metricFactsOf} from '../provider-reads.js';
import {deskId, eventIds, factsOfDesk, splitDeskId} from './merged-ids.js';

export type MergedMembers = {
	names: readonly string[];
	providerOf: (desk: string) => HelpdeskProvider;
	readOnly: (desk: string) => boolean;
	/** Runs work on a desk, its errors naming the desk. */
	onDesk: <T>(desk: string, work: (provider: HelpdeskProvider) => Promise<T>) => Promise<T>;
	noteOutages: (answered: readonly string[], down: readonly DeskOutage[]) => void;
};

type MetricSeams = Pick<HelpdeskProvider, 'iterateMetricFacts' | 'recordActivity' | 'repliesByAgentSince'>;

export function mergedMetricSeams(members: MergedMembers): MetricSeams {
	const {names, providerOf, onDesk} = members;
	const any = (has: (provider: HelpdeskProvider) => boolean) => names.some(name => has(providerOf(name)));

	/** Every answering desk's answer; a desk that fails is left out and named, unless none answered. */
	async function fromEachDesk<T>(desks: readonly string[], read: (desk: string) => Promise<T>): Promise<Array<{desk: string; value: T}>> {
		const settled = await Promise.allSettled(desks.map(read));
		const answers = settled.flatMap((result, index) => (result.status === 'fulfilled' ? [{desk: desks[index]!, value: result.value}] : []));
		const down = settled.flatMap((result, index) => (result.status === 'rejected' ? [{desk: desks[index]!, error: result.reason as unknown}] : []));
		members.noteOutages(answers.map(answer => answer.desk), down.map(entry => ({desk: entry.desk, message: toDeskError(entry.error).message})));
		if (answers.length === 0 && down.length > 0) throw down[0]!.error;
		return answers;
	}

	/** One desk's facts, read whole so that a desk failing halfway adds nothing. */
	const deskFacts = (desk: string, period: {from: number; until: number}) =>
		onDesk(desk, async provider => {
			const bots = provider.iterateMetricFacts ? new Set<string>() : new Set((await provider.listAgents()).filter(agent => agent.role === 'bot').map(agent => agent.id));
			return (await metricFactsOf(provider, period, bots)).map(fact => factsOfDesk(desk, fact));
		});

	async function* iterateMetricFacts(period: {from: number; until: number}): AsyncIterable<ConversationFacts> {
		for (const {value} of await fromEachDesk(names, desk => deskFacts(desk, period))) yield* value;
	}

	async function recordActivity(events: readonly ActivityEvent[]): Promise<void> {
		const byDesk = new Map<string, ActivityEvent[]>();
		for (const event of events) {
			const {desk} = splitDeskId(event.conversationId, names);
			if (members.readOnly(desk)) throw new DeskError('read_only', `${desk} is read-only (its profile says so): cannot record activity on ${event.conversationId}`);
			if (!providerOf(desk).recordActivity) throw new DeskError('unsupported', `${desk} (${providerOf(desk).label}) does not record activity`);
			byDesk.set(desk, [...(byDesk.get(desk) ?? []), event]);
		}
		for (const [desk, deskEvents] of byDesk) {
			await onDesk(desk, async provider => provider.recordActivity!(await ownIds(desk, provider, deskEvents)));
		}
	}

	/** Ids back to the desk's own; a person of another desk (the merged whoami is the first desk's) is this desk's signed-in agent. */
	async function ownIds(desk: string, provider: HelpdeskProvider, events: readonly ActivityEvent[]): Promise<ActivityEvent[]> {
		let me: string | undefined;
		const foreign = events.some(event => people(event).some(id => id !== null && !id.startsWith(`${desk}:`)));
		if (foreign) me = (await provider.whoami()).id;
		return events.map(event => eventIds(event, id => (id.startsWith(`${desk}:`) ? id.slice(desk.length + 1) : me!)));
	}

	/** The counting desks' replies; an agent of a desk that cannot count them, or did not answer, is not counted (unknown). */
	async function repliesByAgentSince(from: number): Promise<RepliesToday> {
		const counting = names.filter(name => providerOf(name).repliesByAgentSince !== undefined);
		const answers = await fromEachDesk(counting, desk => onDesk(desk, provider => provider.repliesByAgentSince!(from)));
		const replies = new Map<string, number>();
		for (const {desk, value} of answers) for (const [agent, count] of value.replies) replies.set(deskId(desk, agent), count);
		const byDesk = new Map(answers.map(({desk, value}) => [desk, value]));
		if (byDesk.size === names.length && answers.every(({value}) => value.counted === undefined)) return {replies};
		const counted = (agentId: string) => {
			const colon = agentId.indexOf(':');
			const own = colon > 0 ? byDesk.get(agentId.slice(0, colon)) : undefined;
			return own !== undefined && (own.counted?.(agentId.slice(colon + 1)) ?? true);
		};
		return {replies, counted};
	}

	return {
		...(any(provider => provider.iterateMetricFacts !== undefined) ? {iterateMetricFacts} : {}),
		...(any(provider => provider.recordActivity !== undefined) ? {recordActivity} : {}),
		// When any desk counts replies; `counted` keeps the agents of a desk that cannot from a false zero.
		...(any(provider => provider.repliesByAgentSince !== undefined) ? {repliesByAgentSince} : {}),
	};
}

function people(event: ActivityEvent): Array<string | null> {
	if (event.kind === 'status') return [event.actorId];
	if (event.kind === 'handover') return [event.fromId, event.toId];
	return [event.agentId];
}
