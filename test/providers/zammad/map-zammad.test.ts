// The pure Zammad mappers against documented payloads (fixtures written by us from the API documentation).
import {describe, expect, it} from 'vitest';
import {mapZammadArticle} from '../../../source/providers/zammad/map-zammad-article.js';
import {mapZammadChannel, mapZammadPriority, mapZammadStateType} from '../../../source/providers/zammad/map-zammad-status.js';
import {mapZammadMacro, mapZammadTextModule} from '../../../source/providers/zammad/map-zammad-template.js';
import {mapZammadConversation, mapZammadSummary} from '../../../source/providers/zammad/map-zammad-ticket.js';
import {readZammad, zammadArticleListSchema, zammadMacroListSchema, zammadStateListSchema, zammadTextModuleListSchema, zammadTicketListSchema, zammadTicketSchema, zammadUserSchema} from '../../../source/providers/zammad/zammad-schemas.js';
import {zammadFixture} from './zammad-routes.js';

const states = readZammad(zammadStateListSchema, zammadFixture('ticket-states.json'), 'states');
const types = new Map(states.map(state => [state.id, state.state_type ?? state.name]));
const tickets = readZammad(zammadTicketListSchema, zammadFixture('search.json'), 'a search');

describe('Zammad states, priorities and channels', () => {
	it('reads every state type, a custom state by its type', () => {
		expect(['new', 'open', 'pending reminder', 'pending action', 'closed', 'merged', 'removed'].map(mapZammadStateType)).toEqual(['open', 'open', 'snoozed', 'pending', 'closed', 'closed', 'closed']);
		const custom = states.find(state => state.name === 'waiting for parts')!;
		expect(mapZammadStateType(types.get(custom.id))).toBe('snoozed');
	});

	it('reads the three seeded priorities by id, others by name', () => {
		expect([mapZammadPriority(1, '1 low'), mapZammadPriority(2, '2 normal'), mapZammadPriority(3, '3 high'), mapZammadPriority(4, '4 urgent')]).toEqual(['low', 'normal', 'high', 'urgent']);
	});

	it('reads article types as channels', () => {
		expect(['email', 'web', 'phone', 'chat', 'twitter status', 'note'].map(mapZammadChannel)).toEqual(['email', 'email', 'phone', 'chat', 'social', 'email']);
	});
});

describe('Zammad tickets', () => {
	it('maps a search row: owner, group, priority, waiting since the customer wrote', () => {
		expect(mapZammadSummary(tickets[0]!, types)).toMatchObject({
			id: '42',
			subject: 'Charged twice for the November invoice',
			customerId: '17',
			status: 'open',
			priority: 'high',
			assigneeId: '5',
			assigneeName: 'maya.okafor@northwind.example',
			teamId: '2',
			teamName: 'Billing',
			waitingSince: Date.parse('2026-11-26T08:40:00.000Z'),
			firstResponseAt: Date.parse('2026-11-25T14:10:00.000Z'),
			closedAt: null,
			version: '2026-11-26T08:40:00.000Z',
		});
	});

	it('reads owner 1 as unassigned, a new ticket as open, pending reminder as snoozed until pending_time', () => {
		const [, fresh, snoozed] = tickets.map(ticket => mapZammadSummary(ticket, types));
		expect(fresh).toMatchObject({status: 'open', assigneeId: null, assigneeName: null, priority: 'normal'});
		expect(snoozed).toMatchObject({status: 'snoozed', snoozedUntil: Date.parse('2026-11-27T09:00:00.000Z'), priority: 'low'});
	});

	it('reads close_at as the resolution time of a closed ticket', () => {
		const [closed] = readZammad(zammadTicketListSchema, zammadFixture('search-closed.json'), 'a search');
		expect(mapZammadSummary(closed!, types)).toMatchObject({status: 'closed', closedAt: Date.parse('2026-11-24T10:00:00.000Z')});
	});

	it('builds the conversation: articles in order, internal ones as notes, HTML as text, the customer from the user', () => {
		const ticket = readZammad(zammadTicketSchema, zammadFixture('ticket-42.json'), 'a ticket');
		const articles = readZammad(zammadArticleListSchema, zammadFixture('articles-42.json'), 'articles');
		const customer = readZammad(zammadUserSchema, zammadFixture('user-17.json'), 'a user');
		const conversation = mapZammadConversation(ticket, articles, customer, types, 'de');
		expect(conversation.messages.map(message => [message.id, message.kind, message.authorName])).toEqual([
			['101', 'customer', 'Lena Fischer'],
			['102', 'agent', 'Maya Okafor via Northwind Billing'],
			['103', 'note', 'Maya Okafor'],
			['104', 'customer', 'Lena Fischer'],
		]);
		expect(conversation.messages[1]!.body).toBe('Hi Lena,\nI am looking into it.');
		expect(conversation.preview).toBe('Any news? The second charge is still there.');
		expect(conversation.customer).toMatchObject({id: '17', name: 'Lena Fischer', email: 'lena.fischer@example.com', company: 'Fischer Bau GmbH', vip: true, language: 'de'});
		expect(conversation.customerName).toBe('Lena Fischer');
	});

	it('maps a system article as the bot', () => {
		const [first] = readZammad(zammadArticleListSchema, zammadFixture('articles-42.json'), 'articles');
		expect(mapZammadArticle({...first!, sender: 'System'}).kind).toBe('bot');
	});

	it('refuses a ticket whose documented field is renamed', () => {
		const {state_id: state, ...renamed} = zammadFixture<Record<string, unknown>>('ticket-42.json');
		expect(() => readZammad(zammadTicketSchema, {...renamed, stateId: state}, 'a ticket')).toThrow(/Zammad sent a ticket deskterm cannot read \(state_id: /);
	});
});

describe('Zammad templates', () => {
	it('imports active text modules with Zammad variables renamed, and macros that write an article', () => {
		const modules = readZammad(zammadTextModuleListSchema, zammadFixture('text-modules.json'), 'text modules').map(mapZammadTextModule);
		expect(modules[0]).toEqual({id: 'text_module:1', title: 'Refund issued', body: 'Hi {{customer.first_name}},\nwe refunded the duplicate charge.\n{{agent.first_name}}', shortcut: 'refund', tags: []});
		expect(modules[1]).toBeNull();
		const macros = readZammad(zammadMacroListSchema, zammadFixture('macros.json'), 'macros').map(mapZammadMacro);
		expect(macros[0]).toBeNull();
		expect(macros[1]).toMatchObject({id: 'macro:2', title: 'Ask for the bank reference', body: 'Please send us the bank reference of the charge, {{customer.first_name}}.'});
	});

	it('leaves an unknown variable for the agent to fill', () => {
		expect(mapZammadTextModule({id: 3, name: 'x', keywords: null, content: 'Ref #{ticket.number} and #{constructor}', active: true})!.body).toBe('Ref #{ticket.number} and #{constructor}');
	});
});
