// The local desk's fast metric read (sliced ordered scans, threads tallied as rows go by) must give every
// figure exactly as the general path does: factsFromConversation over full conversations and their events.
import {DatabaseSync} from 'node:sqlite';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {computeMetrics, type MetricsFilter} from '../../../source/domain/metrics/compute-metrics.js';
import {factsFromConversation, type ActivityEvent} from '../../../source/domain/metrics/metric-facts.js';
import type {Conversation} from '../../../source/domain/conversation.js';
import {loadMetrics} from '../../../source/operations/load-metrics.js';
import {resetDesk} from '../../../source/providers/local/demo/seed-desk.js';
import {eventFromRow} from '../../../source/providers/local/store/activity-events.js';
import {openTestDesk, scratchDir, seededAt, type TestDesk} from './local-desk.js';

const day = 86_400_000;
let desk: TestDesk;
let conversations: Conversation[];
let events: Map<string, ActivityEvent[]>;

beforeAll(async () => {
	const dataDir = scratchDir();
	// More conversations than one slice of the fast read (2,000), so slice edges are crossed.
	resetDesk(join(dataDir, 'desk.sqlite'), {now: seededAt, conversations: 4_500, seed: 'fast-path'});
	// Ids out of opening order (as on a desk that imported its history): a slice of ids then holds
	// conversations opened outside the period, whose rows the fast read must pass over.
	const seeded = new DatabaseSync(join(dataDir, 'desk.sqlite'));
	seeded.exec(`UPDATE conversations SET created_at = created_at - ${3 * day} WHERE id % 7 = 0`);
	seeded.close();
	desk = await openTestDesk({dataDir});
	conversations = [];
	for await (const conversation of desk.provider.iterateConversations!({statuses: ['open', 'pending', 'snoozed', 'closed'], sort: 'created'})) conversations.push(conversation);
	const db = new DatabaseSync(desk.provider.path, {readOnly: true});
	const statement = db.prepare('SELECT conversation_id, kind, at, actor_id, target_id, from_status, to_status, seconds, template_id FROM activity_events ORDER BY conversation_id, at, id');
	statement.setReturnArrays(true);
	events = new Map();
	for (const row of statement.all() as unknown as Array<Array<string | number | null>>) {
		const event = eventFromRow(row);
		events.set(event.conversationId, [...(events.get(event.conversationId) ?? []), event]);
	}
	db.close();
}, 60_000);
afterAll(async () => desk.cleanup());

async function bothPaths(period: {from: number; until: number}, filter: MetricsFilter = {}) {
	const now = seededAt;
	const fast = await loadMetrics(desk.provider, {period, now, filter});
	const bots = new Set(fast.agents.filter(agent => agent.role === 'bot').map(agent => agent.id));
	const facts = conversations.filter(item => item.createdAt >= period.from && item.createdAt < period.until).map(item => factsFromConversation(item, events.get(item.id) ?? [], bots));
	const general = computeMetrics(facts, {period, now, filter, agents: fast.agents});
	return {fast, general};
}

describe('local desk: the fast metric read equals the general path', () => {
	it('over the whole desk, figure by figure, the event figures included', async () => {
		const {fast, general} = await bothPaths({from: 0, until: Number.MAX_SAFE_INTEGER});
		expect(fast.conversations).toBe(4_500);
		expect(general.conversations).toBe(4_500);
		expect(fast.figures.map(figure => figure.id)).toEqual(general.figures.map(figure => figure.id));
		for (const [index, figure] of fast.figures.entries()) expect({id: figure.id, figure}).toEqual({id: figure.id, figure: general.figures[index]});
		// The events are really there: these would be unavailable without them.
		for (const id of ['aht', 'reply_writing', 'template_time_saved', 'fcr', 'handover_cost']) expect(fast.figures.find(figure => figure.id === id)?.value).not.toBeNull();
	});

	it('over a period that cuts through the slices, and with a team or an agent filter', async () => {
		const period = {from: seededAt - 5 * day, until: seededAt - 2 * day};
		const {fast, general} = await bothPaths(period);
		expect(fast.conversations).toBeGreaterThan(0);
		expect(fast.conversations).toBeLessThan(4_500);
		expect(fast.figures).toEqual(general.figures);
		const team = fast.teams[0]!.id;
		const agent = fast.agents.find(each => each.role !== 'bot')!.id;
		for (const filter of [{teamId: team}, {agentId: agent}]) {
			const pair = await bothPaths(period, filter);
			expect(pair.fast.conversations).toBeGreaterThan(0);
			expect(pair.fast.figures).toEqual(pair.general.figures);
		}
	});
});
