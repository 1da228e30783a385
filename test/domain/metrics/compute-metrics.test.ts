import {describe, expect, it} from 'vitest';
import {computeMetrics} from '../../../source/domain/metrics/compute-metrics.js';
import type {Figure} from '../../../source/domain/metrics/figure.js';
import {factsFromConversation, type ActivityEvent} from '../../../source/domain/metrics/metric-facts.js';
import {makeConversation, testAgents, testNow} from '../../helpers/conversations.js';

const minute = 60_000;
const start = testNow - 10 * 60 * minute;
const bots = new Set(['bot']);

// Four conversations whose every figure is worked out by hand below.
const botResolved = makeConversation({id: '1', status: 'closed', createdAt: start, closedAt: start + 60 * minute, ratings: {csat: 5, nps: null, ces: 1}, messages: [{kind: 'customer', body: 'Where is my invoice?'}, {kind: 'bot', body: 'Here it is.'}, {kind: 'customer', body: 'Thanks!'}]});
const handedOver = makeConversation({
	id: '2',
	status: 'closed',
	channel: 'chat',
	createdAt: start,
	closedAt: start + 120 * minute,
	assigneeId: 'a1',
	ratings: {csat: 2, nps: 3, ces: 4},
	messages: [{kind: 'customer', body: 'Refund please'}, {kind: 'bot', body: 'See our policy.'}, {kind: 'customer', body: 'A human please'}, {kind: 'bot', body: 'Handing you over.'}, {kind: 'agent', body: 'Done.'}, {kind: 'customer', body: 'Thanks'}],
});
const oneReply = makeConversation({id: '3', status: 'closed', createdAt: start, closedAt: start + 30 * minute, assigneeId: 'a1', ratings: {csat: 4, nps: 10, ces: null}, messages: [{kind: 'customer', body: 'Invoice address'}, {kind: 'agent', body: 'Changed.'}]});
const waiting = makeConversation({id: '4', status: 'open', createdAt: start, messages: [{kind: 'customer', body: 'Hello?'}]});
const all = [botResolved, handedOver, oneReply, waiting];
const period = {from: start - 60 * minute, until: testNow};

function figure(figures: Figure[], id: string): Figure {
	const found = figures.find(item => item.id === id);
	if (!found) throw new Error(`no figure ${id}`);
	return found;
}

describe('computeMetrics', () => {
	const report = computeMetrics(
		all.map(conversation => factsFromConversation(conversation, null, bots)),
		{period, now: testNow, agents: testAgents},
	);
	const value = (id: string) => figure(report.figures, id).value;

	it('splits first response and resolution time into bot and human', () => {
		expect(value('frt.bot')).toEqual({kind: 'duration', unit: 'ms', value: {median: 10 * minute, p90: 10 * minute, mean: 10 * minute}});
		expect(value('frt.human')).toEqual({kind: 'duration', unit: 'ms', value: {median: 10 * minute, p90: 40 * minute, mean: 25 * minute}});
		expect(value('ttr.bot')).toEqual({kind: 'duration', unit: 'ms', value: {median: 60 * minute, p90: 60 * minute, mean: 60 * minute}});
		expect(figure(report.figures, 'ttr.human')).toMatchObject({conversations: 2, value: {value: {median: 30 * minute, p90: 120 * minute, mean: 75 * minute}}});
	});

	it('computes resolution, involvement, bypass and handover figures', () => {
		expect(value('automatic_resolution')).toEqual({kind: 'rate', unit: 'percent', value: 25});
		expect(value('fcr')).toEqual({kind: 'rate', unit: 'percent', value: 66.7});
		expect(value('closed_in_one_reply')).toEqual({kind: 'rate', unit: 'percent', value: 50});
		expect(value('bot_involvement')).toEqual({kind: 'rate', unit: 'percent', value: 50});
		expect(value('bot_bypass')).toEqual({kind: 'rate', unit: 'percent', value: 50});
		expect(value('handovers')).toEqual({kind: 'count', value: 1});
		expect(figure(report.figures, 'handover_cost')).toMatchObject({value: {kind: 'total', value: 10 * minute}, detail: {averagePerHandoverMs: 10 * minute, handoversPerRep: 1, reps: 1}});
	});

	it('computes CSAT with its split and rating rate, NPS with detractors, and the CES distribution', () => {
		expect(value('csat')).toEqual({kind: 'rate', unit: 'percent', value: 66.7});
		expect(value('csat.bot_involved')).toEqual({kind: 'rate', unit: 'percent', value: 50});
		expect(value('csat.human_only')).toEqual({kind: 'rate', unit: 'percent', value: 100});
		expect(value('csat.rating_rate')).toEqual({kind: 'rate', unit: 'percent', value: 100});
		expect(figure(report.figures, 'nps')).toMatchObject({conversations: 2, value: {kind: 'score', value: 0}, detail: {promoters: 1, detractors: [{id: '2', nps: 3, assigneeId: 'a1'}]}});
		const ces = value('ces');
		expect(ces?.kind === 'table' ? ces.rows.map(row => row.count) : null).toEqual([1, 0, 0, 1, 0]);
	});

	it('says a figure is unavailable, with the reason, instead of a zero', () => {
		expect(figure(report.figures, 'aht')).toMatchObject({value: null, unavailable: 'the back end records no time worked'});
		expect(figure(report.figures, 'reply_writing').unavailable).toMatch(/no time worked/);
		const empty = computeMetrics([], {period, now: testNow});
		expect(empty.figures.every(item => item.value === null && item.unavailable !== null)).toBe(true);
	});

	it('reads handling time, writing time and template savings from activity events', () => {
		const events: ActivityEvent[] = [
			{kind: 'worked', conversationId: '3', at: start + 5 * minute, agentId: 'a1', seconds: 300},
			{kind: 'template', conversationId: '3', at: start + 9 * minute, agentId: 'a1', templateId: 'invoice', savedSeconds: 90},
		];
		const facts = all.map(conversation => factsFromConversation(conversation, conversation.id === '3' ? events : [], bots));
		const figures = computeMetrics(facts, {period, now: testNow}).figures;
		expect(figure(figures, 'aht')).toMatchObject({conversations: 1, value: {value: {median: 300_000, mean: 300_000}}});
		// 300 s over 2 human replies by 1 rep: 150 s a message x 2 queries x 1 rep.
		expect(figure(figures, 'reply_writing')).toMatchObject({value: {kind: 'total', value: 300_000}, detail: {averagePerMessageMs: 150_000, queriesPerRep: 2, reps: 1}});
		expect(figure(figures, 'template_time_saved')).toMatchObject({conversations: 1, value: {kind: 'count', value: 1}, detail: {savedMs: 90_000}});
	});

	it('keeps template savings unavailable when the back end records time worked but no template uses', () => {
		const worked: ActivityEvent[] = [{kind: 'worked', conversationId: '3', at: start + 5 * minute, agentId: 'a1', seconds: 300}];
		const facts = all.map(conversation => ({...factsFromConversation(conversation, conversation.id === '3' ? worked : [], bots), recorded: ['worked', 'status'] as const}));
		const figures = computeMetrics(facts, {period, now: testNow}).figures;
		expect(figure(figures, 'aht')).toMatchObject({conversations: 1, value: {value: {median: 300_000}}});
		expect(figure(figures, 'reply_writing')).toMatchObject({value: {kind: 'total', value: 300_000}});
		expect(figure(figures, 'template_time_saved')).toMatchObject({value: null, unavailable: 'the back end records no template uses'});
		const ratingsOnly = all.map(conversation => ({...factsFromConversation(conversation, [], bots), recorded: ['status'] as const}));
		expect(figure(computeMetrics(ratingsOnly, {period, now: testNow}).figures, 'aht').unavailable).toBe('the back end records no time worked');
	});

	it('counts cases per agent, volume, channel share and recurring topics', () => {
		expect(figure(report.figures, 'cases_handled').value).toMatchObject({rows: [{agentId: 'a1', agent: 'Dana Whitfield', cases: 2, perHour: 0.18}]});
		expect(figure(report.figures, 'volume.day')).toMatchObject({conversations: 4, value: {rows: [{day: '2026-03-02', count: 4}]}});
		expect(figure(report.figures, 'channel_share').value).toMatchObject({rows: [{channel: 'email', count: 3, percent: 75}, {channel: 'chat', count: 1, percent: 25}, {channel: 'social', count: 0, percent: 0}, {channel: 'phone', count: 0, percent: 0}]});
		const tagged = computeMetrics(
			[makeConversation({id: '5', tags: ['billing', 'vip'], subject: 'Invoice missing'}), makeConversation({id: '6', tags: ['billing'], subject: 'Second invoice'})].map(item => factsFromConversation(item, null, bots)),
			{period: {from: 0, until: testNow}, now: testNow},
		);
		expect(figure(tagged.figures, 'recurring_topics').value).toEqual({kind: 'table', rows: [{source: 'tag', topic: 'billing', conversations: 2}, {source: 'subject', topic: 'invoice', conversations: 2}]});
	});

	it('filters by team and agent, and counts only conversations opened in the period', () => {
		expect(computeMetrics(all.map(item => factsFromConversation(item, null, bots)), {period, now: testNow, filter: {agentId: 'a1'}}).conversations).toBe(2);
		expect(computeMetrics(all.map(item => factsFromConversation(item, null, bots)), {period: {from: testNow, until: testNow + minute}, now: testNow}).conversations).toBe(0);
	});
});
