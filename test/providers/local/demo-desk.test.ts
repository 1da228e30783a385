// The demo desk: big enough, alive, varied, every team and agent at work, and the same for the same seed.
import {describe, expect, it} from 'vitest';
import {channels, conversationStatuses} from '../../../source/domain/conversation.js';
import {generateDemoDesk} from '../../../source/providers/local/demo/generate-desk.js';
import {demoAgents, demoTeams} from '../../../source/providers/local/demo/roster.js';
import type {SeedConversation} from '../../../source/providers/local/demo/seed-types.js';
import {seededAt} from './local-desk.js';

const minute = 60_000;
const day = 24 * 60 * minute;
const desk = generateDemoDesk({now: seededAt});
const conversations: SeedConversation[] = [...desk.conversations];
const customerMessages = conversations.flatMap(each => each.messages.filter(message => message.kind === 'customer'));

describe('the demo desk', () => {
	it('has at least 420 conversations, at least 320 of them not closed', () => {
		expect(conversations.length).toBe(desk.conversationCount);
		expect(conversations.length).toBeGreaterThanOrEqual(420);
		expect(conversations.filter(each => each.status !== 'closed').length).toBeGreaterThanOrEqual(320);
		for (const status of conversationStatuses) expect(conversations.some(each => each.status === status), status).toBe(true);
	});

	it('puts every team and every agent, the bot included, to work', () => {
		expect(demoTeams).toHaveLength(6);
		expect(demoAgents.filter(agent => agent.role !== 'bot').length).toBeGreaterThanOrEqual(12);
		for (const team of demoTeams) expect(conversations.some(each => each.teamId === team.id), team.id).toBe(true);
		for (const agent of demoAgents) {
			const used = conversations.some(each => each.assigneeId === agent.id || each.messages.some(message => message.authorId === agent.id));
			expect(used, agent.id).toBe(true);
		}
		expect(conversations.some(each => each.assigneeId === 'deskbot' && each.status === 'closed')).toBe(true);
		expect(conversations.some(each => each.tags.includes('bot-handover') && each.messages.some(message => message.kind === 'agent'))).toBe(true);
	});

	it('looks alive: ordered by creation, waiting from minutes to days, snoozes that wake in the future', () => {
		const created = conversations.map(each => each.createdAt);
		expect(created).toEqual([...created].sort((a, b) => a - b));
		const waits = conversations.filter(each => each.waitingSince !== null).map(each => seededAt - each.waitingSince!);
		expect(Math.min(...waits)).toBeLessThan(30 * minute);
		expect(Math.max(...waits)).toBeGreaterThan(2 * day);
		for (const each of conversations) {
			expect(each.messages.length, each.subject).toBeGreaterThanOrEqual(1);
			expect(each.messages.length, each.subject).toBeLessThanOrEqual(8);
			expect(each.messages[0]!.kind).toBe('customer');
			expect(each.messages.at(-1)!.createdAt).toBeLessThanOrEqual(seededAt);
			const times = each.messages.map(message => message.createdAt);
			expect(times).toEqual([...times].sort((a, b) => a - b));
			if (each.status === 'snoozed') expect(each.snoozedUntil).toBeGreaterThan(seededAt);
			if (each.status === 'closed') expect(each.closedAt).not.toBeNull();
			if (each.status === 'open' && each.messages.filter(message => message.kind !== 'note').at(-1)!.kind === 'customer') expect(each.waitingSince).not.toBeNull();
		}
		expect(new Set(conversations.map(each => each.messages.length)).size).toBeGreaterThanOrEqual(6);
	});

	it('uses every channel and messages that switch channel, notes, tags, priorities, ratings and page URLs', () => {
		for (const channel of channels) expect(conversations.some(each => each.channel === channel), channel).toBe(true);
		expect(conversations.some(each => new Set(each.messages.map(message => message.channel)).size > 1)).toBe(true);
		expect(conversations.some(each => each.messages.some(message => message.kind === 'note'))).toBe(true);
		for (const priority of ['low', 'normal', 'high', 'urgent']) expect(conversations.some(each => each.priority === priority), priority).toBe(true);
		const rated = conversations.filter(each => each.ratings.csat !== null);
		expect(rated.length).toBeGreaterThan(10);
		expect(rated.every(each => each.status === 'closed' && each.ratings.csat! >= 1 && each.ratings.csat! <= 5)).toBe(true);
		expect(conversations.some(each => each.ratings.nps !== null)).toBe(true);
		expect(conversations.some(each => each.ratings.ces !== null)).toBe(true);
		expect(conversations.some(each => each.pageUrl?.startsWith('https://example.com/developers/'))).toBe(true);
	});

	it('has customers with context: plans, spend, tenure, languages, products, VIPs and attributes', () => {
		const customers = desk.customers;
		for (const plan of ['free', 'trial', 'starter', 'pro', 'enterprise']) expect(customers.some(each => each.plan === plan), plan).toBe(true);
		for (const language of ['en', 'de', 'fr', 'es']) expect(customers.some(each => each.language === language), language).toBe(true);
		expect(customers.filter(each => each.language === 'en').length / customers.length).toBeGreaterThan(0.7);
		expect(customers.some(each => each.vip)).toBe(true);
		expect(customers.some(each => each.company !== null && each.companyType !== 'individual')).toBe(true);
		expect(customers.every(each => each.attributes['account_id'])).toBe(true);
		expect(customers.some(each => each.attributes['order_number']?.startsWith('NW-'))).toBe(true);
		expect(customers.some(each => each.productsInUse.includes('Python SDK'))).toBe(true);
		expect(new Set(customers.map(each => each.email)).size).toBe(customers.length);
		expect(customers.every(each => each.customerSince! <= seededAt)).toBe(true);
	});

	it('speaks like customers, not like a template: varied first messages in several languages', () => {
		const first = conversations.map(each => each.messages[0]!.body);
		expect(new Set(first).size / first.length).toBeGreaterThan(0.95);
		expect(customerMessages.some(message => /\bich\b/.test(message.body))).toBe(true);
		expect(customerMessages.some(message => /\bje\b|\bj'ai\b/.test(message.body))).toBe(true);
		expect(customerMessages.some(message => /\bmi pedido\b|\bno puedo\b|\bdevolví\b/.test(message.body))).toBe(true);
		expect(conversations.every(each => !/\{\w+\}/.test(each.subject + each.messages.map(message => message.body).join(' ')))).toBe(true);
	});

	it('contains the worked examples and the hard cases', () => {
		const find = (pattern: RegExp) => conversations.filter(each => each.messages.some(message => pattern.test(message.body)));
		expect(find(/programming my Fire Stick remote/i)).not.toHaveLength(0);
		expect(find(/What is your return policy for the MacBook Pro\?/)).not.toHaveLength(0);
		expect(find(/Two days after purchase my phone still has no free antivirus/)).not.toHaveLength(0);
		expect(find(/^Traceback \(most recent call last\):/m).length + find(/File ".*", line \d+/).length).toBeGreaterThan(0);
		const angry = conversations.find(each => each.subject === 'CANCEL my membership')!;
		expect(angry).toMatchObject({priority: 'urgent', status: 'open'});
		const repeated = conversations.filter(each => each.customerId === 5);
		expect(repeated.length).toBeGreaterThanOrEqual(3);
		expect(repeated.some(each => each.tags.includes('repeat-contact'))).toBe(true);
	});

	it('is the same desk for the same seed and clock, and another for another seed', () => {
		const again = [...generateDemoDesk({now: seededAt}).conversations];
		expect(again).toEqual(conversations);
		const other = [...generateDemoDesk({now: seededAt, seed: 'another'}).conversations];
		expect(other.map(each => each.subject)).not.toEqual(conversations.map(each => each.subject));
	});

	it('scales: 5,000 conversations stay varied', () => {
		const big = generateDemoDesk({now: seededAt, conversations: 5000, seed: 'scale'});
		const bodies = [...big.conversations].map(each => each.messages[0]!.body);
		expect(bodies).toHaveLength(5000);
		expect(new Set(bodies).size / bodies.length).toBeGreaterThan(0.9);
	});
});
