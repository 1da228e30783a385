import {describe, expect, it} from 'vitest';
import {chatwootContactResponseSchema, chatwootConversationListSchema, chatwootConversationSchema, chatwootMessageListSchema} from '../../../source/providers/chatwoot/chatwoot-schemas.js';
import {chatwootPlaceholders, mapChatwootCannedResponse} from '../../../source/providers/chatwoot/map-chatwoot-canned-response.js';
import {mapChatwootContact} from '../../../source/providers/chatwoot/map-chatwoot-contact.js';
import {mapChatwootConversation, mapChatwootSummary} from '../../../source/providers/chatwoot/map-chatwoot-conversation.js';
import {mapChatwootMessage} from '../../../source/providers/chatwoot/map-chatwoot-message.js';
import {
	mapChatwootChannel,
	mapChatwootPriority,
	mapChatwootStatus,
	toChatwootPriority,
	toChatwootStatus,
} from '../../../source/providers/chatwoot/map-chatwoot-status.js';
import {chatwootFixture} from './chatwoot-routes.js';

const conversation = chatwootConversationSchema.parse(chatwootFixture('conversation-42.json'));

describe('Chatwoot statuses, priorities and channels', () => {
	it('maps the four statuses both ways, resolved being closed', () => {
		expect(['open', 'pending', 'snoozed', 'resolved'].map(mapChatwootStatus)).toEqual(['open', 'pending', 'snoozed', 'closed']);
		expect((['open', 'pending', 'snoozed', 'closed'] as const).map(toChatwootStatus)).toEqual(['open', 'pending', 'snoozed', 'resolved']);
	});

	it('reads none and medium as normal, and writes normal as medium', () => {
		expect([null, 'none', 'low', 'medium', 'high', 'urgent'].map(mapChatwootPriority)).toEqual(['normal', 'normal', 'low', 'normal', 'high', 'urgent']);
		expect(toChatwootPriority('normal')).toBe('medium');
		expect(toChatwootPriority('urgent')).toBe('urgent');
	});

	it('names channels from the inbox type', () => {
		expect(['Channel::Email', 'Channel::WebWidget', 'Channel::Api', 'Channel::Whatsapp', 'Channel::Voice', null].map(mapChatwootChannel)).toEqual([
			'email',
			'chat',
			'chat',
			'social',
			'phone',
			'chat',
		]);
	});
});

describe('a Chatwoot conversation as a queue row', () => {
	it('maps people, times, labels and the version from the fixture', () => {
		const summary = mapChatwootSummary(conversation);
		expect(summary).toMatchObject({
			id: '42',
			customerId: '7',
			customerName: 'Priya Raman',
			channel: 'chat',
			status: 'open',
			priority: 'high',
			assigneeId: '3',
			assigneeName: 'Dana Fischer',
			teamId: '2',
			teamName: 'billing',
			tags: ['billing', 'refund'],
			createdAt: 1795676400_000,
			updatedAt: 1795683600_250,
			waitingSince: 1795683000_000,
			firstResponseAt: 1795678200_000,
			snoozedUntil: null,
			version: '1795683600.25',
		});
		expect(summary.subject).toBe('I was charged twice for November, can you refund one of them?');
	});

	it('uses an email subject when there is one, and no assignee when none is set', () => {
		const page = chatwootConversationListSchema.parse(chatwootFixture('conversation-list.json'));
		const [email, whatsapp] = page.payload.map(mapChatwootSummary);
		expect(email).toMatchObject({subject: 'Cannot export payroll CSV', channel: 'email', assigneeId: null, teamId: null, priority: 'normal'});
		expect(email!.preview).toBe('The export button gives me an empty file since this morning.');
		expect(whatsapp).toMatchObject({status: 'pending', channel: 'social', priority: 'urgent', tags: ['vip'], waitingSince: null});
	});

	it('keeps the wake time only for a snoozed conversation', () => {
		const snoozed = mapChatwootSummary({...conversation, status: 'snoozed', snoozed_until: 1795770000});
		expect(snoozed.status).toBe('snoozed');
		expect(snoozed.snoozedUntil).toBe(1795770000_000);
	});
});

describe('Chatwoot messages', () => {
	const {payload} = chatwootMessageListSchema.parse(chatwootFixture('messages-42.json'));
	const mapped = payload.map(message => mapChatwootMessage(message, '42', 'chat'));

	it('tells customers, bots, agents and private notes apart, and drops activity', () => {
		expect(mapped.map(message => message?.kind ?? null)).toEqual(['customer', 'bot', null, 'agent', 'customer', 'note', null]);
	});

	it('keeps author, body and time', () => {
		expect(mapped[3]).toEqual({
			id: '903',
			conversationId: '42',
			kind: 'agent',
			authorId: '3',
			authorName: 'Dana Fischer',
			body: 'Hi Priya, happy to help. Which invoice is it?',
			createdAt: 1795678200_000,
			channel: 'chat',
		});
		expect(mapped[1]).toMatchObject({authorName: 'Greeter', kind: 'bot'});
	});
});

describe('a Chatwoot contact as a customer', () => {
	const contact = chatwootContactResponseSchema.parse(chatwootFixture('contact-7.json')).payload;

	it('reads company, plan, spend, products, tenure and attributes', () => {
		expect(mapChatwootContact(contact, 'de')).toEqual({
			id: '7',
			name: 'Priya Raman',
			email: 'priya@northwind.example',
			company: 'Northwind Traders',
			companyType: 'startup',
			plan: 'team',
			monthlySpend: 490,
			customerSince: Date.parse('2025-03-14T00:00:00Z'),
			language: 'de',
			productsInUse: ['invoicing', 'payroll'],
			vip: false,
			attributes: {
				plan: 'team',
				company_type: 'startup',
				monthly_spend: '490',
				products: 'invoicing, payroll',
				customer_since: '2025-03-14T00:00:00Z',
				vip: 'false',
				seats: '12',
			},
		});
	});

	it('falls back to the contact creation time and the given language', () => {
		const bare = mapChatwootContact({id: 8, name: null, email: 'tom@northwind.example', created_at: 1790000000}, 'en');
		expect(bare).toMatchObject({name: 'tom@northwind.example', customerSince: 1790000000_000, language: 'en', company: null, plan: null});
	});
});

describe('a full Chatwoot conversation', () => {
	it('carries the thread count, the latest customer words and the page it started from', () => {
		const contact = chatwootContactResponseSchema.parse(chatwootFixture('contact-7.json')).payload;
		const {payload} = chatwootMessageListSchema.parse(chatwootFixture('messages-42.json'));
		const messages = payload.map(message => mapChatwootMessage(message, '42', 'chat')).filter(message => message !== null);
		const full = mapChatwootConversation(conversation, mapChatwootContact(contact, 'de'), messages);
		expect(full.messageCount).toBe(5);
		expect(full.preview).toBe('I was charged twice for November, can you refund one of them?');
		expect(full.pageUrl).toBe('https://example.com/pricing');
		expect(full.customer.company).toBe('Northwind Traders');
	});
});

describe('Chatwoot canned responses', () => {
	it('renames the variables deskterm fills and keeps the others', () => {
		expect(chatwootPlaceholders('{{contact.first_name}}, {{ agent.name }} / {{contact.phone}}')).toBe('{{customer.first_name}}, {{agent.name}} / {{contact.phone}}');
		expect(mapChatwootCannedResponse({id: 3, short_code: 'hi', content: null})).toEqual({id: '3', title: 'hi', body: '', shortcut: 'hi', tags: []});
	});
});
