import {describe, expect, it} from 'vitest';
import {mapZendeskMacro, zendeskPlaceholders} from '../../../source/providers/zendesk/map-zendesk-macro.js';
import {
	mapZendeskChannel,
	mapZendeskPriority,
	mapZendeskStatus,
	toZendeskStatus,
	zendeskStatusesFor,
} from '../../../source/providers/zendesk/map-zendesk-status.js';
import {mapZendeskConversation, mapZendeskSummary, type ZendeskNames} from '../../../source/providers/zendesk/map-zendesk-ticket.js';
import {mapZendeskAgent, mapZendeskCustomer} from '../../../source/providers/zendesk/map-zendesk-user.js';
import {statusRange, zendeskSearchQuery} from '../../../source/providers/zendesk/zendesk-queue.js';
import {zendeskCommentPageSchema, zendeskMacroSchema, zendeskShowTicketSchema, zendeskUserSchema} from '../../../source/providers/zendesk/zendesk-schemas.js';
import {zendeskFixture} from './zendesk-routes.js';

const shown = zendeskShowTicketSchema.parse(zendeskFixture('ticket-35436.json'));
const comments = zendeskCommentPageSchema.parse(zendeskFixture('comments-35436.json'));
const names: ZendeskNames = {
	users: new Map([...shown.users!, ...comments.users!].map(user => [user.id, user])),
	groups: new Map([[2001, 'Billing']]),
};

describe('Zendesk statuses, priorities and channels', () => {
	it('reads new and open as open, hold as snoozed, solved and closed as closed', () => {
		expect(['new', 'open', 'pending', 'hold', 'solved', 'closed'].map(mapZendeskStatus)).toEqual(['open', 'open', 'pending', 'snoozed', 'closed', 'closed']);
		expect((['open', 'pending', 'snoozed', 'closed'] as const).map(toZendeskStatus)).toEqual(['open', 'pending', 'hold', 'solved']);
		expect(zendeskStatusesFor(['open', 'snoozed'])).toEqual(['new', 'open', 'hold']);
	});

	it('keeps Zendesk priorities, no priority being normal', () => {
		expect([null, 'low', 'normal', 'high', 'urgent'].map(mapZendeskPriority)).toEqual(['normal', 'low', 'normal', 'high', 'urgent']);
	});

	it('names channels from via.channel', () => {
		expect(['email', 'web', 'api', 'chat', 'native_messaging', 'whatsapp', 'voice', null].map(mapZendeskChannel)).toEqual([
			'email',
			'email',
			'email',
			'chat',
			'chat',
			'social',
			'phone',
			'email',
		]);
	});
});

describe('the Zendesk search query', () => {
	it('asks a status range, since repeated status terms would all have to match', () => {
		expect(statusRange(['new', 'open', 'pending', 'hold'])).toBe('status<=hold');
		expect(statusRange(['solved', 'closed'])).toBe('status>=solved');
		expect(statusRange(['pending'])).toBe('status:pending');
		expect(statusRange(['new', 'open', 'hold'])).toBe('status<=hold');
		expect(statusRange(['open', 'pending'])).toBe('status>=open status<=pending');
	});

	it('adds assignee, group, tag and quoted text', () => {
		expect(zendeskSearchQuery({assignee: 'unassigned', team: '2001', tag: 'vip', text: 'charged "twice" status:open'}, ['new', 'open'])).toBe(
			'type:ticket status<=open assignee:none group:2001 tags:vip "charged twice status:open"',
		);
		expect(zendeskSearchQuery({assignee: 'me', team: 'none'}, ['solved', 'closed'])).toBe('type:ticket status>=solved assignee:me group:none');
	});
});

describe('a Zendesk ticket as a queue row', () => {
	it('maps requester, assignee, group, tags and the updated stamp as version', () => {
		expect(mapZendeskSummary(shown.ticket, names)).toEqual({
			id: '35436',
			subject: 'Charged twice for November',
			customerId: '362001',
			customerName: 'Priya Raman',
			channel: 'email',
			status: 'open',
			priority: 'high',
			assigneeId: '361001',
			assigneeName: 'Dana Fischer',
			teamId: '2001',
			teamName: 'Billing',
			tags: ['billing', 'refund'],
			createdAt: Date.parse('2026-11-26T07:00:00Z'),
			updatedAt: Date.parse('2026-11-26T08:20:00Z'),
			waitingSince: Date.parse('2026-11-26T08:20:00Z'),
			firstResponseAt: null,
			closedAt: null,
			snoozedUntil: null,
			messageCount: 0,
			preview: 'Hi, I have a question about my invoice.',
			version: '2026-11-26T08:20:00Z',
		});
	});
});

describe('a Zendesk ticket in full', () => {
	const customer = mapZendeskCustomer(names.users.get(362001)!, shown.organizations![0]!, 'en');
	const full = mapZendeskConversation(shown.ticket, names, {comments: comments.comments, customer, solvedAt: null});

	it('tells requester, answer bot, agent and private notes apart', () => {
		expect(full.messages.map(message => [message.id, message.kind, message.authorName])).toEqual([
			['8001', 'customer', 'Priya Raman'],
			['8002', 'bot', 'Zendesk bot'],
			['8003', 'agent', 'Dana Fischer'],
			['8004', 'customer', 'Priya Raman'],
			['8005', 'note', 'Dana Fischer'],
		]);
		expect(full.messages[3]?.channel).toBe('email');
	});

	it('computes first response and since when the requester has been waiting from the thread', () => {
		expect(full.firstResponseAt).toBe(Date.parse('2026-11-26T07:01:00Z'));
		expect(full.waitingSince).toBe(Date.parse('2026-11-26T08:10:00Z'));
		expect(full.preview).toBe('I was charged twice for November, can you refund one of them?');
		expect(full.messageCount).toBe(5);
		expect(full.ratings.csat).toBe(5);
	});
});

describe('Zendesk users', () => {
	it('reads a requester with organization fields as a customer', () => {
		expect(mapZendeskCustomer(names.users.get(362001)!, shown.organizations![0]!, 'en')).toEqual({
			id: '362001',
			name: 'Priya Raman',
			email: 'priya@northwind.example',
			company: 'Northwind Traders',
			companyType: 'startup',
			plan: 'team',
			monthlySpend: 490,
			customerSince: Date.parse('2025-03-14T00:00:00Z'),
			language: 'de',
			productsInUse: ['invoicing', 'payroll'],
			vip: true,
			attributes: {
				plan: 'team',
				company_type: 'startup',
				monthly_spend: '490',
				products: 'invoicing, payroll',
				customer_since: '2025-03-14T00:00:00Z',
			},
		});
	});

	it('reads admins as leads', () => {
		const lee = zendeskUserSchema.parse(zendeskFixture<{users: unknown[]}>('agents.json').users[1]);
		expect(mapZendeskAgent(lee, ['2001', '2002'])).toEqual({id: '361002', name: 'Lee Moreau', email: 'lee@example.com', teamIds: ['2001', '2002'], role: 'lead'});
	});
});

describe('Zendesk macros as saved replies', () => {
	const macros = zendeskFixture<{macros: unknown[]}>('macros.json').macros.map(macro => mapZendeskMacro(zendeskMacroSchema.parse(macro)));

	it('takes the comment text with its placeholders rewritten, and the tags it sets', () => {
		expect(macros[0]).toEqual({
			id: '3101',
			title: 'Refund issued',
			body: 'Hi {{customer.first_name}},\n\nI have issued the refund; it shows up within 3-5 business days.\n\n{{agent.first_name}}',
			shortcut: null,
			tags: ['refund', 'billing'],
		});
	});

	it('leaves out macros that only change fields, and keeps unknown placeholders visible', () => {
		expect(macros[1]).toBeNull();
		expect(macros[2]?.body).toBe('Could you send me your order number ({{ticket.ticket_field_360001}})?');
		expect(zendeskPlaceholders('{{ ticket.id }} {{ticket.title}}')).toBe('{{conversation.id}} {{conversation.subject}}');
	});
});
