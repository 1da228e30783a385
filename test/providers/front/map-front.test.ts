// Front's documented payloads (test/fixtures/front, written to core-api.json) as deskterm's conversations.
import {describe, expect, it} from 'vitest';
import {frontCommentListSchema, frontConversationSchema, frontMessageListSchema, frontSearchSchema, frontTemplateListSchema} from '../../../source/providers/front/front-schemas.js';
import {mapFrontConversation, mapFrontSummary} from '../../../source/providers/front/map-front-conversation.js';
import {mapFrontChannel, mapFrontStatus, frontStatusFilter} from '../../../source/providers/front/map-front-status.js';
import {mapFrontTemplate} from '../../../source/providers/front/map-front-template.js';
import {frontFixture} from './front-routes.js';

const conversation = frontConversationSchema.parse(frontFixture('conversation.json'));
const messages = frontMessageListSchema.parse(frontFixture('messages.json'))._results;
const comments = frontCommentListSchema.parse(frontFixture('comments.json'))._results;

describe('Front statuses and channels', () => {
	it('reads assigned and unassigned as open, archived as closed, archived with a reminder as snoozed', () => {
		expect(mapFrontStatus({status: 'assigned'})).toBe('open');
		expect(mapFrontStatus({status: 'unassigned'})).toBe('open');
		expect(mapFrontStatus({status: 'archived', scheduled_reminders: []})).toBe('closed');
		expect(mapFrontStatus({status: 'archived', scheduled_reminders: [{scheduled_at: 1795770000}]})).toBe('snoozed');
	});

	it('uses the ticketing category when there is one: waiting is pending, resolved is closed', () => {
		expect(mapFrontStatus({status: 'assigned', status_category: 'waiting'})).toBe('pending');
		expect(mapFrontStatus({status: 'assigned', status_category: 'resolved'})).toBe('closed');
	});

	it('finds each status with one search filter, and pending with none of its own', () => {
		expect((['open', 'pending', 'snoozed', 'closed'] as const).map(frontStatusFilter)).toEqual(['is:open', null, 'is:snoozed', 'is:archived']);
	});

	it('names channels from the message type', () => {
		expect(['email', 'front_chat', 'whatsapp', 'sms', 'phone-call', 'call', 'custom', 'internal'].map(mapFrontChannel)).toEqual(['email', 'chat', 'social', 'social', 'phone', 'phone', 'chat', 'email']);
	});
});

describe('a Front conversation as a queue row', () => {
	it('maps the recipient, assignee, tags and times (fractional seconds) from the fixture', () => {
		expect(mapFrontSummary(conversation)).toEqual({
			id: 'cnv_yo1kg5q',
			subject: 'Charged twice for November',
			customerId: 'priya@raman-studio.example',
			customerName: 'Priya Raman',
			channel: 'email',
			status: 'open',
			priority: 'normal',
			assigneeId: 'tea_6r55a',
			assigneeName: 'Maya Okafor',
			teamId: null,
			teamName: null,
			tags: ['billing'],
			createdAt: 1795600000_000,
			updatedAt: 1795680000_500,
			waitingSince: 1795679000_000,
			firstResponseAt: null,
			closedAt: null,
			snoozedUntil: null,
			messageCount: 0,
			preview: '',
			version: '1795680000.5',
		});
	});

	it('shows a snoozed conversation with its reminder time and a phone recipient by handle', () => {
		const [row] = frontSearchSchema.parse(frontFixture('search-snoozed.json'))._results.map(mapFrontSummary);
		expect(row).toMatchObject({status: 'snoozed', snoozedUntil: 1795770000_000, customerName: '+15555550123', waitingSince: null});
	});
});

describe('a full Front conversation', () => {
	const full = mapFrontConversation(conversation, messages, comments, 'en');

	it('merges messages and comments in time order, leaving drafts out', () => {
		expect(full.messages.map(message => [message.id, message.kind, message.authorName])).toEqual([
			['msg_1q15qmtq', 'customer', 'Priya Raman'],
			['msg_1q15qn2a', 'agent', 'Maya Okafor'],
			['com_1ywg3f2', 'note', 'Maya Okafor'],
			['msg_1q15qp7c', 'customer', 'Priya Raman'],
		]);
		expect(full.messageCount).toBe(4);
	});

	it('prefers the text version, else the HTML body as text', () => {
		expect(full.messages[0]!.body).toBe('Hello,\n\nmy card was charged twice for November & I only have one seat.');
		expect(full.messages[3]!.body).toBe('Any news? The second charge is still there.');
		expect(full.preview).toBe('Any news? The second charge is still there.');
	});

	it('takes the first answer time from the first agent message, and the customer from the recipient and custom fields', () => {
		expect(full.firstResponseAt).toBe(1795603600_750);
		expect(full.customer).toMatchObject({id: 'priya@raman-studio.example', name: 'Priya Raman', email: 'priya@raman-studio.example', company: 'Raman Studio', plan: 'Business', vip: true, language: 'en'});
	});

	it('marks a rule-authored outbound message as the bot', () => {
		const rule = {...messages[1]!, author: {...messages[1]!.author!, type: 'rule', first_name: 'Auto', last_name: 'Responder'}};
		expect(mapFrontConversation(conversation, [rule], [], 'en').messages[0]!.kind).toBe('bot');
	});
});

describe('Front message templates as saved replies', () => {
	it('turns the HTML into text and Front variables into deskterm placeholders, leaving unknown ones', () => {
		const replies = frontTemplateListSchema.parse(frontFixture('templates.json'))._results.map(mapFrontTemplate);
		expect(replies).toEqual([
			{id: 'rsp_16yc', title: 'Refund issued', body: 'Hi {{customer.first_name}},\nthe refund is on its way — allow 5 days.\n{{agent.first_name}}', shortcut: null, tags: []},
			{id: 'rsp_16yd', title: 'Reset link', body: 'Use the link we just sent to {{customer.email}}. Ticket: {{custom.ticket_ref}}', shortcut: null, tags: []},
		]);
	});
});

describe('Front payloads that break the documented shape', () => {
	it('refuse a renamed field (is_inbound) and an undocumented status', () => {
		const {is_inbound: inbound, ...renamed} = frontFixture<{_results: Array<Record<string, unknown>>}>('messages.json')._results[0]!;
		expect(frontMessageListSchema.safeParse({_results: [{...renamed, inbound}]}).success).toBe(false);
		expect(frontConversationSchema.safeParse({...frontFixture<Record<string, unknown>>('conversation.json'), status: 'open'}).success).toBe(false);
	});
});
