// Freshdesk payloads (written from the reference's example responses) mapped into deskterm's words.
import {describe, expect, it} from 'vitest';
import type {Agent} from '../../../source/domain/conversation.js';
import type {FreshdeskCannedResponse, FreshdeskConversation, FreshdeskTicket} from '../../../source/providers/freshdesk/freshdesk-schemas.js';
import {freshdeskConversationListSchema, freshdeskTicketListSchema, freshdeskTicketSchema, readFreshdesk} from '../../../source/providers/freshdesk/freshdesk-schemas.js';
import {mapFreshdeskCannedResponse} from '../../../source/providers/freshdesk/map-freshdesk-template.js';
import {freshdeskPriorityOf, freshdeskStatusOf, mapFreshdeskPriority, mapFreshdeskSource, mapFreshdeskStatus} from '../../../source/providers/freshdesk/map-freshdesk-status.js';
import {mapFreshdeskSummary, mapFreshdeskTicket, type FreshdeskDirectory} from '../../../source/providers/freshdesk/map-freshdesk-ticket.js';
import {freshdeskFixture} from './freshdesk-routes.js';

const maya: Agent = {id: '19000001001', name: 'Maya Okafor', email: 'maya.okafor@northwind.example', teamIds: ['19000002001'], role: 'agent'};
const jonas: Agent = {id: '19000001002', name: 'Jonas Berg', email: 'jonas.berg@northwind.example', teamIds: ['19000002002'], role: 'agent'};
const directory: FreshdeskDirectory = {
	agents: new Map([[maya.id, maya], [jonas.id, jonas]]),
	teams: new Map([['19000002001', 'Tier 1'], ['19000002002', 'Billing']]),
};

const tickets = () => readFreshdesk(freshdeskTicketListSchema, freshdeskFixture('tickets.json'), 'a ticket list');
const ticket20 = (): FreshdeskTicket => readFreshdesk(freshdeskTicketSchema, freshdeskFixture('ticket-20.json'), 'a ticket');
const conversations = (): FreshdeskConversation[] => readFreshdesk(freshdeskConversationListSchema, freshdeskFixture('conversations-20.json'), 'the conversations');

describe('Freshdesk statuses, priorities and sources', () => {
	it('reads the four documented statuses and any custom one as pending', () => {
		expect([2, 3, 4, 5, 6, 11].map(mapFreshdeskStatus)).toEqual(['open', 'pending', 'closed', 'closed', 'pending', 'pending']);
	});

	it('writes open, pending and closed (as resolved) and has no snooze', () => {
		expect(['open', 'pending', 'closed', 'snoozed'].map(status => freshdeskStatusOf(status as 'open'))).toEqual([2, 3, 4, null]);
	});

	it('maps priorities both ways and reads an unknown number as normal', () => {
		expect([1, 2, 3, 4, 9].map(mapFreshdeskPriority)).toEqual(['low', 'normal', 'high', 'urgent', 'normal']);
		expect((['low', 'normal', 'high', 'urgent'] as const).map(freshdeskPriorityOf)).toEqual([1, 2, 3, 4]);
	});

	it('maps sources to channels', () => {
		expect([1, 2, 3, 7, 9, 10, null].map(mapFreshdeskSource)).toEqual(['email', 'email', 'phone', 'chat', 'email', 'email', 'email']);
	});
});

describe('Freshdesk tickets', () => {
	it('maps the ticket list into queue rows with agent, group and requester names', () => {
		const rows = tickets().map(ticket => mapFreshdeskSummary(ticket, directory));
		expect(rows.map(row => [row.id, row.status, row.priority, row.channel, row.assigneeName, row.teamName, row.customerName])).toEqual([
			['20', 'open', 'high', 'email', 'Maya Okafor', 'Billing', 'Ana Lima'],
			['19', 'pending', 'normal', 'chat', null, 'Tier 1', 'Lee Chen'],
			['18', 'closed', 'low', 'phone', 'Jonas Berg', 'Billing', 'Ana Lima'],
			['17', 'pending', 'urgent', 'email', 'Maya Okafor', null, 'Lee Chen'],
		]);
		expect(rows[0]).toMatchObject({tags: ['billing', 'refund'], version: '2026-11-26T08:40:00Z', updatedAt: Date.UTC(2026, 10, 26, 8, 40), waitingSince: Date.UTC(2026, 10, 26, 8, 40)});
	});

	it('puts the description first, then replies and private notes in time order, with stats as first response', () => {
		const conversation = mapFreshdeskTicket(ticket20(), conversations(), directory, 'en');
		expect(conversation.messages.map(message => [message.kind, message.authorName])).toEqual([
			['customer', 'Ana Lima'],
			['agent', 'Maya Okafor'],
			['note', 'Jonas Berg'],
			['customer', 'Ana Lima'],
		]);
		expect(conversation.messages[0]?.body).toBe('Hello, I was charged twice for November. Could you refund one of the charges?');
		expect(conversation.firstResponseAt).toBe(Date.UTC(2026, 10, 25, 15, 10));
		expect(conversation.preview).toBe('Thanks, any news on the refund?');
		expect(conversation.customer).toMatchObject({id: '19000004001', name: 'Ana Lima', email: 'ana.lima@example.org', plan: 'Business'});
		expect(conversation.messageCount).toBe(4);
	});

	it('takes the resolution time from the stats of a resolved ticket', () => {
		const resolved = {...ticket20(), status: 4, stats: {first_responded_at: '2026-11-25T15:10:00Z', resolved_at: '2026-11-26T10:00:00Z', closed_at: null}};
		expect(mapFreshdeskSummary(resolved, directory)).toMatchObject({status: 'closed', closedAt: Date.UTC(2026, 10, 26, 10), waitingSince: null});
	});

	it('refuses a ticket whose documented field is renamed', () => {
		const {requester_id: requester, ...renamed} = freshdeskFixture<Record<string, unknown>>('ticket-20.json');
		expect(() => readFreshdesk(freshdeskTicketSchema, {...renamed, requesterId: requester}, 'a ticket')).toThrow(/Freshdesk sent a ticket deskterm cannot read \(requester_id:/);
	});
});

describe('Freshdesk canned responses', () => {
	it('becomes a saved reply in text with deskterm placeholders, tagged with its folder', () => {
		const [response] = freshdeskFixture<FreshdeskCannedResponse[]>('canned-responses-19000006001.json');
		expect(mapFreshdeskCannedResponse(response!, 'Billing')).toEqual({
			id: '19000007001',
			title: 'Refund issued',
			body: 'Hi {{customer.name}}, your refund is on its way. {{agent.name}}',
			shortcut: null,
			tags: ['Billing'],
		});
	});

	it('keeps a placeholder it does not know for the agent to fill', () => {
		const [, response] = freshdeskFixture<FreshdeskCannedResponse[]>('canned-responses-19000006001.json');
		expect(mapFreshdeskCannedResponse(response!, 'Billing').body).toBe('Your invoice for {{conversation.subject}} is attached. Ref {{ticket.id}}');
	});
});
