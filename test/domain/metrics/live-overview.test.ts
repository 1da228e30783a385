import {describe, expect, it} from 'vitest';
import {liveOverview} from '../../../source/domain/metrics/live-overview.js';
import {createBusinessClock} from '../../../source/domain/service-targets/business-clock.js';
import {defaultServiceTargets} from '../../../source/domain/service-targets/service-targets.js';
import {makeConversation, testAgents, testNow, testTeams} from '../../helpers/conversations.js';

const minute = 60_000;
const hour = 60 * minute;
const targets = defaultServiceTargets();
const clock = createBusinessClock(targets.coverage);

// Chat answers are due in 5 minutes, email in 24 hours (at risk after 18).
const chatBreached = makeConversation({id: '1', channel: 'chat', teamId: 'billing', createdAt: testNow - 10 * minute});
const emailAtRisk = makeConversation({id: '2', channel: 'email', teamId: 'billing', assigneeId: 'a1', createdAt: testNow - 20 * hour});
const emailFresh = makeConversation({id: '3', channel: 'email', teamId: 'tech', assigneeId: 'a2', createdAt: testNow - hour});
const pending = makeConversation({id: '4', status: 'pending', teamId: 'tech', assigneeId: 'bot', createdAt: testNow - 2 * hour, messages: [{kind: 'customer', body: 'Hi'}, {kind: 'bot', body: 'Which plan?'}]});
const closed = makeConversation({id: '5', status: 'closed', teamId: 'tech', createdAt: testNow - 26 * hour, closedAt: testNow - 25 * hour});
const conversations = [chatBreached, emailAtRisk, emailFresh, pending, closed];
const base = {conversations, agents: testAgents, teams: testTeams, targets, clock, now: testNow};

describe('liveOverview', () => {
	const overview = liveOverview({...base, repliesToday: {replies: new Map([['a1', 3]])}});

	it('counts the live queue by status, team and channel, and the unassigned', () => {
		expect(overview.live).toBe(4);
		expect(overview.byStatus).toEqual({open: 3, pending: 1, snoozed: 0});
		expect(overview.byTeam).toEqual([
			{teamId: 'billing', name: 'Billing', open: 2, pending: 0, snoozed: 0},
			{teamId: 'tech', name: 'Technical Support', open: 1, pending: 1, snoozed: 0},
		]);
		expect(overview.byChannel.map(row => [row.channel, row.open + row.pending])).toEqual([['email', 3], ['chat', 1]]);
		expect(overview.unassigned).toBe(1);
		expect(overview.oldestWaiting).toMatchObject({id: '2', waitedMs: 20 * hour});
	});

	it('lists breached and at-risk conversations and the next to breach, from the service-target clock', () => {
		expect(overview.breached.map(item => [item.id, item.target, item.left])).toEqual([['1', 'firstResponse', -5 * minute]]);
		expect(overview.atRisk.map(item => item.id)).toEqual(['2']);
		expect(overview.nextToBreach).toMatchObject({id: '2', left: 4 * hour});
	});

	it('shows load per person, volume series and who holds the queue', () => {
		expect(overview.load).toEqual([
			{agentId: 'a1', name: 'Dana Whitfield', open: 1, waitingOnThem: 1, repliedToday: 3},
			{agentId: 'a2', name: 'Omar Haddad', open: 1, waitingOnThem: 1, repliedToday: 0},
		]);
		expect(overview.repliedTodayCounted).toBe('all');
		expect(overview.hourly).toHaveLength(24);
		expect(overview.hourly.slice(-2)).toEqual([2, 0]);
		expect(overview.hourly.reduce((sum, value) => sum + value, 0)).toBe(4);
		expect(overview.daily.slice(-2)).toEqual([2, 3]);
		expect(overview.handledBy).toEqual({bot: 1, human: 2, nobody: 1});
		expect(overview.triageMix).toBeNull();
	});

	it('says an agent’s replied today is unknown (null, never 0) where the back end counts only some agents', () => {
		const some = liveOverview({...base, repliesToday: {replies: new Map([['a1', 3]]), counted: agentId => agentId === 'a1'}});
		expect(some.load.map(row => [row.agentId, row.repliedToday])).toEqual([['a1', 3], ['a2', null]]);
		expect(some.repliedTodayCounted).toBe('some');
		expect(liveOverview({...base, repliesToday: {replies: new Map(), counted: () => false}}).repliedTodayCounted).toBe('none');
		expect(liveOverview(base).repliedTodayCounted).toBe('none');
		// Filtered to the counted agent, the rows are every agent's shown.
		expect(liveOverview({...base, filter: {agentId: 'a1'}, repliesToday: {replies: new Map([['a1', 3]]), counted: agentId => agentId === 'a1'}}).repliedTodayCounted).toBe('all');
	});

	it('drills down by team, agent and breached ones with the same function', () => {
		expect(liveOverview({...base, filter: {teamId: 'tech'}}).live).toBe(2);
		expect(liveOverview({...base, filter: {agentId: 'a1'}}).load.map(row => row.agentId)).toEqual(['a1']);
		const onlyBreached = liveOverview({...base, filter: {breachedOnly: true}});
		expect([onlyBreached.live, onlyBreached.atRisk.length, onlyBreached.breached.length]).toEqual([1, 0, 1]);
		const mix = liveOverview({...base, triage: new Map([['1', {complexity: 'low', severity: 'high', effort: 'medium'} as const]])}).triageMix;
		expect(mix?.severity).toEqual({low: 0, medium: 0, high: 1});
	});
});
