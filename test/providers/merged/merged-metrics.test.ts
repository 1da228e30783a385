// A merged queue forwards the metric seams: each desk's facts (the local desk's events, a plain desk's
// conversations) with ids carrying their desk, activity routed to its desk, and a failing desk left out.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {DeskError} from '../../../source/domain/errors.js';
import type {ActivityEvent} from '../../../source/domain/metrics/metric-facts.js';
import {createMergedProvider} from '../../../source/providers/merged/merged-provider.js';
import type {HelpdeskProvider} from '../../../source/providers/provider.js';
import {makeConversation, testNow} from '../../helpers/conversations.js';
import {createMemoryProvider, type MemoryProvider} from '../../helpers/memory-provider.js';
import {rejection} from '../../helpers/rejection.js';
import {statsJson} from '../../helpers/stats-json.js';
import {openTestDesk, type TestDesk} from '../local/local-desk.js';

const now = Date.parse('2027-01-01T00:00:00Z');
const everything = ['--since', '3650d'];
let local: TestDesk;
let memory: MemoryProvider;

beforeEach(async () => {
	local = await openTestDesk();
	memory = createMemoryProvider([
		makeConversation({id: 'M1', assigneeId: 'a1', createdAt: testNow - 3_600_000, messages: [{kind: 'customer', body: 'Hello', createdAt: testNow - 3_600_000}]}),
		makeConversation({id: 'M2', createdAt: testNow - 1_800_000, messages: [{kind: 'customer', body: 'Hi', createdAt: testNow - 1_800_000}]}),
	]);
});
afterEach(async () => local.cleanup());

// stats closes the provider it ran on, so each run gets the local desk opened again.
const both = async (rt: HelpdeskProvider = memory) =>
	createMergedProvider([
		{name: 'local', provider: await local.reopen(), readOnly: false},
		{name: 'mem', provider: rt, readOnly: false},
	]);

describe('merged queue metrics', () => {
	it('stats --json shows the local desk’s events (AHT) and counts the plain desk’s conversations beside them', async () => {
		const alone = await statsJson(await local.reopen(), everything, now);
		const merged = await both();
		expect(merged.iterateMetricFacts).toBeDefined();
		const report = await statsJson(merged, everything, now);
		expect(report.conversations).toBe(alone.conversations + 2);
		expect(alone.figure('aht').value).not.toBeNull();
		expect(report.figure('aht')).toEqual(alone.figure('aht'));
		expect(report.stderr).toBe('');
	});

	it('gives facts whose ids, people and events carry their desk, with recorded kept per fact', async () => {
		const facts = [];
		for await (const fact of (await both()).iterateMetricFacts!({from: 0, until: now})) facts.push(fact);
		const mine = facts.filter(fact => fact.id.startsWith('mem:'));
		expect(mine.map(fact => fact.id).sort()).toEqual(['mem:M1', 'mem:M2']);
		expect(mine.find(fact => fact.id === 'mem:M1')).toMatchObject({assigneeId: 'mem:a1', events: null});
		const withEvents = facts.filter(fact => fact.events !== null && fact.events.length > 0);
		expect(withEvents.length).toBeGreaterThan(0);
		for (const fact of withEvents) {
			expect(fact.id).toMatch(/^local:/);
			for (const event of fact.events!) expect(event.conversationId).toBe(fact.id);
		}
		const direct = [];
		for await (const fact of local.provider.iterateMetricFacts!({from: 0, until: now})) direct.push(fact);
		expect(facts.filter(fact => fact.id.startsWith('local:')).map(fact => fact.recorded)).toEqual(direct.map(fact => fact.recorded));
		// An agent filter with a desk's id counts that desk's conversations only.
		const agent = await statsJson(await both(), [...everything, '--agent', 'mem:a1'], now);
		expect(agent.conversations).toBe(1);
	});

	it('routes recorded activity to the desk its conversation lives on, with that desk’s own ids', async () => {
		const merged = await both();
		const [conversation] = (await local.provider.listQueue({limit: 1})).conversations;
		const me = await merged.whoami();
		const event: ActivityEvent = {kind: 'worked', conversationId: `local:${conversation!.id}`, at: now, agentId: me.id, seconds: 321};
		await merged.recordActivity!([event]);
		const facts = [];
		for await (const fact of local.provider.iterateMetricFacts!({from: 0, until: now + 1})) facts.push(fact);
		const worked = facts.find(fact => fact.id === conversation!.id)!.events!.filter(each => each.kind === 'worked' && each.seconds === 321);
		expect(worked).toEqual([{...event, conversationId: conversation!.id, agentId: me.id.slice('local:'.length)}]);
		// The memory desk records no activity: refused, naming it, and nothing written there.
		const refused = await rejection(merged.recordActivity!([{...event, conversationId: 'mem:M1'}]));
		expect(refused).toMatchObject({code: 'unsupported', message: expect.stringContaining('mem')});
		expect(await rejection(merged.recordActivity!([{...event, conversationId: 'M1'}]))).toMatchObject({code: 'usage'});
	});

	it('leaves a failing desk out of stats with the one-line notice, the other desk’s figures intact', async () => {
		const down = createMemoryProvider([makeConversation({id: 'M1'})]);
		down.iterateConversations = () => ({
			[Symbol.asyncIterator]: () => ({next: async () => Promise.reject(new DeskError('unavailable', 'the desk did not answer (connection refused)'))}),
		});
		const alone = await statsJson(await local.reopen(), everything, now);
		const report = await statsJson(await both(down), everything, now);
		expect(report.conversations).toBe(alone.conversations);
		expect(report.figure('aht')).toEqual(alone.figure('aht'));
		expect(report.stderr).toBe('deskterm: left out a desk that did not answer: mem: the desk did not answer (connection refused)\n');
	});

	it('gives replies per agent from every desk that counts them, the agents of a desk that cannot (or is down) not counted', async () => {
		const direct = (await local.provider.repliesByAgentSince!(0)).replies;
		expect(direct.size).toBeGreaterThan(0);
		const mixed = await (await both()).repliesByAgentSince!(0);
		for (const [agent, count] of direct) expect([mixed.replies.get(`local:${agent}`), mixed.counted!(`local:${agent}`)]).toEqual([count, true]);
		expect(mixed.counted!('local:nobody-here')).toBe(true);
		expect(mixed.counted!('mem:a1')).toBe(false);
		const counting = createMemoryProvider([]);
		counting.repliesByAgentSince = async () => ({replies: new Map([['a1', 2]])});
		const all = await (await both(counting)).repliesByAgentSince!(0);
		expect([all.replies.get('mem:a1'), all.counted]).toEqual([2, undefined]);
		counting.repliesByAgentSince = async () => Promise.reject(new DeskError('unavailable', 'the desk did not answer (connection refused)'));
		const down = await (await both(counting)).repliesByAgentSince!(0);
		expect([down.counted!('mem:a1'), down.counted!(`local:${[...direct.keys()][0]}`)]).toEqual([false, true]);
	});
});
