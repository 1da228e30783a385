import {describe, expect, it} from 'vitest';
import {intercomCompanySchema, intercomContactSchema, intercomConversationListSchema, intercomConversationSchema} from '../../../source/providers/intercom/intercom-schemas.js';
import {mapIntercomContact} from '../../../source/providers/intercom/map-intercom-contact.js';
import {mapIntercomConversation, mapIntercomSummary, type IntercomNames} from '../../../source/providers/intercom/map-intercom-conversation.js';
import {plainText} from '../../../source/providers/intercom/map-intercom-part.js';
import {intercomPlaceholders, mapIntercomSavedReply} from '../../../source/providers/intercom/map-intercom-saved-reply.js';
import {mapIntercomChannel, mapIntercomPriority, mapIntercomState, toIntercomStates} from '../../../source/providers/intercom/map-intercom-status.js';
import {intercomFixture} from './intercom-routes.js';

const names: IntercomNames = {
	admins: new Map([
		['814860', 'Dana Fischer'],
		['814861', 'Lee Moreau'],
	]),
	teams: new Map([
		['5001', 'Billing'],
		['5002', 'Technical'],
	]),
	contacts: new Map([['6762f0d51bb69f9f2193bb90', 'Ana Lima']]),
};
const conversation = intercomConversationSchema.parse(intercomFixture('conversation-1001.json'));
const contact = intercomContactSchema.parse(intercomFixture('contact.json'));
const company = intercomCompanySchema.parse(intercomFixture('company.json'));

describe('Intercom states, priorities and channels', () => {
	it('has open, snoozed and closed, and no state for pending', () => {
		expect(['open', 'snoozed', 'closed'].map(mapIntercomState)).toEqual(['open', 'snoozed', 'closed']);
		expect(toIntercomStates('pending')).toEqual([]);
		expect(toIntercomStates('closed')).toEqual(['closed']);
	});

	it('reads the 2.16 priorities, none and medium as normal', () => {
		expect(['none', 'low', 'medium', 'high', 'urgent', null].map(mapIntercomPriority)).toEqual(['normal', 'low', 'normal', 'high', 'urgent', 'normal']);
	});

	it('names channels from the source type', () => {
		expect(['conversation', 'email', 'whatsapp', 'phone_call', 'push'].map(type => mapIntercomChannel(type))).toEqual(['chat', 'email', 'social', 'phone', 'chat']);
	});
});

describe('an Intercom conversation as a queue row', () => {
	it('maps assignees, team, tags and times from the fixture', () => {
		expect(mapIntercomSummary(conversation, names)).toEqual({
			id: '1001',
			subject: 'Hi, I have a question about my invoice.',
			customerId: '6762f0d51bb69f9f2193bb7f',
			customerName: 'Priya Raman',
			channel: 'chat',
			status: 'open',
			priority: 'high',
			assigneeId: '814860',
			assigneeName: 'Dana Fischer',
			teamId: '5001',
			teamName: 'Billing',
			tags: ['billing'],
			createdAt: 1795676400_000,
			updatedAt: 1795683600_000,
			waitingSince: 1795683000_000,
			firstResponseAt: 1795678200_000,
			closedAt: null,
			snoozedUntil: null,
			messageCount: 6,
			preview: 'Hi, I have a question about my invoice.',
			version: '1795683600',
		});
	});

	it('treats assignee 0 as nobody, takes an admin-started customer name from the contacts, strips HTML', () => {
		const list = intercomConversationListSchema.parse(intercomFixture('conversation-list.json'));
		const row = mapIntercomSummary(list.conversations[1]!, names);
		expect(row).toMatchObject({
			assigneeId: null,
			assigneeName: null,
			teamName: 'Technical',
			status: 'snoozed',
			snoozedUntil: 1795770000_000,
			channel: 'email',
			customerName: 'Ana Lima',
			subject: 'Your bank transfer',
			priority: 'normal',
		});
		expect(row.preview).toBe('Hi Ana,\nWe could not match your transfer & need the reference.'.replace(/\s+/g, ' '));
	});
});

describe('an Intercom conversation in full', () => {
	const full = mapIntercomConversation(conversation, mapIntercomContact(contact, company, 'en'), names);

	it('opens with the source and keeps only parts that say something', () => {
		expect(full.messages.map(message => [message.id, message.kind, message.authorName])).toEqual([
			['4001', 'customer', 'Priya Raman'],
			['9001', 'bot', 'Operator'],
			['9003', 'agent', 'Dana Fischer'],
			['9004', 'customer', 'Priya Raman'],
			['9005', 'note', 'Dana Fischer'],
			['9006', 'bot', 'Fin'],
		]);
		expect(full.messageCount).toBe(6);
		expect(full.preview).toBe('I was charged twice for November, can you refund one of them?');
		expect(full.pageUrl).toBe('https://example.com/pricing');
	});

	it('says so in a note when Intercom cut the thread at 500 parts', () => {
		const cut = {...conversation, conversation_parts: {...conversation.conversation_parts!, total_count: 612}};
		const messages = mapIntercomConversation(cut, mapIntercomContact(contact, company, 'en'), names).messages;
		expect(messages[1]).toMatchObject({id: '1001-truncated', kind: 'note', authorName: 'deskterm', createdAt: 1795676460_000});
		expect(messages[1]!.body).toMatch(/only the 500 most recent parts.*606 earlier parts are not shown/);
	});

	it('reads the rating as CSAT', () => {
		const list = intercomConversationListSchema.parse(intercomFixture('conversation-list.json'));
		const rated = mapIntercomConversation(list.conversations[1]!, mapIntercomContact(contact, null, 'en'), names);
		expect(rated.ratings).toEqual({csat: 4, nps: null, ces: null});
	});
});

describe('an Intercom contact as a customer', () => {
	it('takes plan, spend and company type from the company, tenure from sign-up, language from the browser', () => {
		expect(mapIntercomContact(contact, company, 'en')).toEqual({
			id: '6762f0d51bb69f9f2193bb7f',
			name: 'Priya Raman',
			email: 'priya@northwind.example',
			company: 'Northwind Traders',
			companyType: 'startup',
			plan: 'Team',
			monthlySpend: 490,
			customerSince: 1741910400_000,
			language: 'de',
			productsInUse: ['invoicing', 'payroll'],
			vip: false,
			attributes: {company_type: 'startup', products: 'invoicing, payroll', vip: 'false'},
		});
	});

	it('falls back to the desk language and no company', () => {
		expect(mapIntercomContact({id: 'x', email: 'a@b.example'}, null, 'fr')).toMatchObject({name: 'a@b.example', language: 'fr', company: null, plan: null, customerSince: null});
	});
});

describe('Intercom macros as saved replies', () => {
	it('rewrites attribute placeholders and strips the HTML', () => {
		const [refund, order] = intercomFixture<{data: Array<{id: string; name: string; body: string}>}>('macros.json').data.map(mapIntercomSavedReply);
		expect(refund).toEqual({
			id: '901',
			title: 'Refund issued',
			body: "Hi {{customer.first_name | there}},\nI've issued the refund & it shows up within 3-5 business days.",
			shortcut: null,
			tags: [],
		});
		expect(order!.body).toBe('Could you send me your order number ({{customer.attributes.order_ref}})?');
	});

	it('keeps unknown keys visible for the agent to fill', () => {
		expect(intercomPlaceholders('<attribute key="conversation.ticket_id"/>')).toBe('{{conversation.ticket_id}}');
		expect(plainText('a<br/>b &lt;c&gt;')).toBe('a\nb <c>');
	});
});
