// Every conversation gets all scores with signals; human-only reasons; the answer lookup; determinism.
import {describe, expect, it} from 'vitest';
import type {Conversation} from '../../source/domain/conversation.js';
import {scoreConversation} from '../../source/triage/score-conversation.js';
import {defaultTriageConfig} from '../../source/triage/triage-config.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';

const config = defaultTriageConfig();
const day = 86_400_000;
const hour = 3_600_000;
const score = (conversation: Conversation, extra: Partial<Parameters<typeof scoreConversation>[1]> = {}) => scoreConversation(conversation, {now: testNow, config, ...extra});
const saying = (body: string, extra: Partial<Conversation> = {}) => makeConversation({id: 's', subject: 'Question', messages: [{kind: 'customer', body}], ...extra});

const variety: Conversation[] = [
	saying(''),
	saying('ok'),
	saying('How do I reset my password?'),
	saying('URGENT!! I was charged twice, $1,299.00, and I will post a review on Trustpilot. This is unacceptable.', {channel: 'social', priority: 'urgent'}),
	saying('Das Gerät ist kaputt und ich warte immer noch auf eine Antwort.', {customer: makeCustomer({language: 'de'})}),
	makeConversation({id: 'thread', messages: [{kind: 'customer', body: 'My app crashes.'}, {kind: 'agent', body: 'Try reinstalling.'}, {kind: 'customer', body: 'Still crashes, again.'}, {kind: 'agent', body: 'Logs?'}, {kind: 'customer', body: 'Here.', channel: 'chat'}]}),
	makeConversation({id: 'closed', status: 'closed', closedAt: testNow - hour}),
	makeConversation({id: 'no-messages', messages: []}),
];

describe('scoreConversation', () => {
	it('gives every conversation all three axes with at least one signal, targets, routing, channels and a priority', () => {
		for (const conversation of variety) {
			const triage = score(conversation);
			for (const axis of [triage.complexity, triage.severity, triage.effort]) {
				expect(axis.signals.length, conversation.id).toBeGreaterThan(0);
				expect(axis.value).toBeGreaterThanOrEqual(0);
				expect(axis.value).toBeLessThanOrEqual(100);
				for (const signal of axis.signals) expect(signal.evidence, signal.id).not.toBe('');
			}
			expect(triage.routing.team).not.toBe('');
			expect(triage.channels.key).toMatch(/^[LMH]{3}$/);
			expect(triage.priority.score).toBeGreaterThanOrEqual(0);
			expect(triage.priority.score).toBeLessThanOrEqual(100);
		}
	});

	it('explains a calm, simple conversation with baseline signals', () => {
		const triage = score(saying('Good morning, a short note to say the update looks great on my side.'));
		expect(triage.severity.signals).toEqual([{id: 'baseline', label: expect.stringMatching(/^Calm/), weight: 10, evidence: 'no severity signal fired'}]);
		expect(triage.severity.level).toBe('low');
		expect(triage.effort.signals.map(signal => signal.id)).toEqual(['baseline']);
	});

	it('raises severity for urgency, distress, reputation, money, a large amount, a public channel and the set priority', () => {
		const triage = score(variety[3]!);
		expect(triage.severity.level).toBe('high');
		expect(triage.severity.value).toBe(100);
		expect(triage.severity.signals.map(signal => signal.id)).toEqual(
			expect.arrayContaining(['urgent-words', 'distress', 'shouting', 'reputation-risk', 'public-channel', 'money-at-stake', 'large-amount', 'marked-priority']),
		);
		expect(triage.severity.signals.find(signal => signal.id === 'large-amount')?.evidence).toBe('$1,299.00');
	});

	it('reads German keywords for a German-speaking customer', () => {
		const triage = score(variety[4]!);
		expect(triage.effort.signals.map(signal => signal.id)).toEqual(['repair', 'repeat-contact']);
		expect(triage.effort.signals[0]!.evidence).toBe('"kaputt"');
	});

	it('counts back-and-forth, repeats, channel switches, long waits and other conversations as effort', () => {
		const triage = score(variety[5]!, {otherContacts: 2});
		expect(triage.effort.signals.map(signal => signal.id)).toEqual(
			expect.arrayContaining(['back-and-forth', 'repeat-contact', 'channel-switch', 'other-conversations']),
		);
		expect(triage.effort.level).toBe('high');
		const waiting = score(saying('Any news on my question?', {waitingSince: testNow - 30 * hour}));
		expect(waiting.effort.signals).toContainEqual(expect.objectContaining({id: 'long-wait', evidence: 'waiting 1d'}));
	});

	it('asks for missing information: an order without its number', () => {
		const without = score(saying('Where is my order? It was due last week.'));
		expect(without.complexity.signals.map(signal => signal.id)).toContain('missing-order-number');
		const withNumber = score(saying('Where is my order #A-12345? It was due last week.'));
		expect(withNumber.complexity.signals.map(signal => signal.id)).not.toContain('missing-order-number');
	});

	it('lowers complexity when a template answers it, and says which', () => {
		const conversation = saying('Can you tell me about your opening times?');
		const found = score(conversation, {answerLookup: () => ({templateId: 'opening-hours', confidence: 0.82})});
		expect(found.complexity.signals).toContainEqual({id: 'template-answers', label: 'A saved template answers it', weight: -25, evidence: 'template opening-hours (82%)'});
		expect(found.answer).toEqual({templateId: 'opening-hours', confidence: 0.82});
		const none = score(conversation, {answerLookup: () => null});
		expect(none.complexity.signals.map(signal => signal.id)).toContain('no-template');
		expect(none.complexity.value).toBeGreaterThan(found.complexity.value);
	});

	it('is deterministic', () => {
		for (const conversation of variety) expect(score(conversation)).toEqual(score(structuredClone(conversation)));
	});
});

describe('human-only', () => {
	const reasons = (conversation: Conversation) => score(conversation).humanOnly.reasons.map(reason => reason.id);

	it('flags a cancellation, an upgrade and a billing dispute', () => {
		const cancellation = score(saying('Please cancel my subscription.'));
		expect(cancellation.humanOnly).toEqual({flag: true, reasons: [{id: 'cancellation', label: 'Cancellation request', evidence: '"cancel"'}]});
		expect(reasons(saying('We would like to upgrade to the enterprise plan.'))).toContain('upgrade');
		expect(reasons(saying('I dispute this charge, you overcharged me.'))).toContain('billing-dispute');
	});

	it('flags high-touch, trial and new customers', () => {
		expect(reasons(saying('Hi', {customer: makeCustomer({vip: true})}))).toEqual(['high-touch']);
		expect(reasons(saying('Hi', {customer: makeCustomer({plan: 'Enterprise Plus'})}))).toEqual(['high-touch']);
		expect(reasons(saying('Hi', {customer: makeCustomer({plan: 'trial'})}))).toEqual(['trial']);
		expect(reasons(saying('Hi', {customer: makeCustomer({customerSince: testNow - 3 * day})}))).toEqual(['new-customer']);
	});

	it('lets a bot answer a routine question from an established customer', () => {
		expect(score(saying('How do I change my profile picture?')).humanOnly).toEqual({flag: false, reasons: []});
	});
});

describe('channels for human-only conversations', () => {
	it('never sends them to an article or a bot, even when the answer is simple', () => {
		const conversation = saying('Please cancel my subscription at the end of this month, thank you.', {channel: 'chat'});
		const found = score(conversation, {answerLookup: () => ({templateId: 'cancel-subscription', confidence: 0.9})});
		expect(found.complexity.level).toBe('low');
		expect(found.humanOnly.flag).toBe(true);
		expect(['article', 'chatbot']).not.toContain(found.channels.primary);
		expect(['article', 'chatbot']).not.toContain(found.channels.secondary);
		expect(found.channels.primary).toBe('chat-agent');
	});
});

describe('keyword false friends', () => {
	it('reads "Any news?" as a nudge, not a press threat, and "taken twice" as a billing dispute', () => {
		const triage = score(
			makeConversation({
				id: 'f1',
				subject: 'Duplicate payment for order NW-2453931',
				messages: [
					{kind: 'customer', body: 'My bank statement shows $36.46 taken twice for order NW-2453931. I only placed the order once.'},
					{kind: 'customer', body: 'Any news?'},
				],
			}),
		);
		expect(triage.severity.signals.map(signal => signal.id)).not.toContain('reputation-risk');
		expect(triage.humanOnly.reasons.map(reason => reason.id)).toEqual(['billing-dispute']);
		expect(triage.complexity.signals.map(signal => signal.id)).toContain('agent-decision');
		expect(triage.complexity.signals.map(signal => signal.id)).not.toContain('missing-order-number');
	});
});
