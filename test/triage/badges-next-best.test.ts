// Console helpers: badges readable without colour, and the next-best conversation for an agent.
import {describe, expect, it} from 'vitest';
import type {Agent, Conversation} from '../../source/domain/conversation.js';
import {triageBadges} from '../../source/triage/badges.js';
import {nextBest} from '../../source/triage/next-best.js';
import {scoreConversation} from '../../source/triage/score-conversation.js';
import {defaultTriageConfig} from '../../source/triage/triage-config.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {summaryOf} from '../helpers/memory-provider.js';

const config = defaultTriageConfig();
const minute = 60_000;
const hour = 60 * minute;
const score = (conversation: Conversation) => scoreConversation(conversation, {now: testNow, config});

describe('triageBadges', () => {
	it('spells levels as letters, a near breach with its time left, and human-only as "!"', () => {
		const conversation = makeConversation({
			id: 'b1',
			createdAt: testNow - 23 * hour - 48 * minute,
			messages: [{kind: 'customer', body: 'Please cancel my account, this is urgent and unacceptable.'}],
		});
		expect(triageBadges(score(conversation))).toEqual([
			{text: 'C:M', tone: 'normal', title: expect.stringMatching(/^complexity medium/)},
			{text: 'S:M', tone: 'warning', title: expect.stringMatching(/^severity medium/)},
			{text: 'E:L', tone: 'muted', title: expect.stringMatching(/^effort low/)},
			{text: 'BREACH 12m', tone: 'warning', title: 'first-response target breaches soon'},
			{text: '!', tone: 'danger', title: 'human only: cancellation request'},
		]);
	});

	it('says how long a target has been breached, and nothing when targets are fine', () => {
		const late = makeConversation({id: 'b2', channel: 'chat', createdAt: testNow - 2 * hour - 5 * minute});
		expect(triageBadges(score(late)).map(badge => badge.text)).toContain('BREACHED 2h');
		const fresh = makeConversation({id: 'b3', createdAt: testNow - minute});
		expect(triageBadges(score(fresh)).map(badge => badge.text)).toEqual(['C:L', 'S:L', 'E:L']);
	});
});

describe('nextBest', () => {
	const agent: Agent = {id: 'a1', name: 'Dana Whitfield', email: 'dana@desk.test', teamIds: ['billing'], role: 'agent'};
	const bot: Agent = {id: 'bot', name: 'Helper Bot', email: 'bot@desk.test', teamIds: [], role: 'bot'};
	const conversations = [
		makeConversation({id: 'n1', messages: [{kind: 'customer', body: 'How do I export a report?'}]}),
		makeConversation({id: 'n2', assigneeId: 'a2', assigneeName: 'Omar', priority: 'urgent', messages: [{kind: 'customer', body: 'Production is down, urgent!'}]}),
		makeConversation({id: 'n3', customer: makeCustomer({vip: true}), messages: [{kind: 'customer', body: 'I was charged twice, please refund.'}]}),
		makeConversation({id: 'n4', status: 'snoozed', priority: 'urgent', messages: [{kind: 'customer', body: 'Emergency: fire in the device!'}]}),
	];
	const triages = conversations.map(score);
	const summaries = conversations.map(summaryOf);

	it('picks the highest priority the agent may take: not someone else\'s, not snoozed', () => {
		const best = nextBest(summaries, triages, agent);
		expect(best?.conversation.id).toBe('n3');
		expect(best?.reasons).toEqual([`highest priority you can take (${best!.triage.priority.score})`, 'unassigned']);
	});

	it('skips the open one, and never hands a human-only conversation to a bot', () => {
		expect(nextBest(summaries, triages, agent, {exclude: 'n3'})?.conversation.id).toBe('n1');
		expect(nextBest(summaries, triages, bot)?.conversation.id).toBe('n1');
		expect(nextBest(summaries.slice(1, 2), triages, agent)).toBeNull();
	});
});
