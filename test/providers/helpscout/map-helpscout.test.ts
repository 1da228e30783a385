// Help Scout's documented payloads (written by us in test/fixtures/helpscout/) mapped into deskterm's words.
import {describe, expect, it} from 'vitest';
import {helpscoutConversationSchema, helpscoutSavedReplySchema, helpscoutThreadListSchema} from '../../../source/providers/helpscout/helpscout-schemas.js';
import {mapHelpscoutConversation, mapHelpscoutSummary} from '../../../source/providers/helpscout/map-helpscout-conversation.js';
import {helpscoutStatusFilter, mapHelpscoutChannel, mapHelpscoutStatus} from '../../../source/providers/helpscout/map-helpscout-status.js';
import {mapHelpscoutSavedReply} from '../../../source/providers/helpscout/map-helpscout-template.js';
import {helpscoutFixture} from './helpscout-routes.js';

const conversation = helpscoutConversationSchema.parse(helpscoutFixture('conversation-1201.json'));
const threads = helpscoutThreadListSchema.parse(helpscoutFixture('threads-1201.json'))._embedded!.threads;
const mailboxes = new Map([['85', 'Billing']]);

describe('Help Scout statuses and channels', () => {
	it('maps active, pending, closed and spam, and picks one list filter for a wanted set', () => {
		expect(['active', 'pending', 'closed', 'spam'].map(mapHelpscoutStatus)).toEqual(['open', 'pending', 'closed', 'closed']);
		expect(helpscoutStatusFilter(['open', 'pending', 'snoozed'])).toBe('open');
		expect(helpscoutStatusFilter(['closed'])).toBe('closed');
		expect(helpscoutStatusFilter(['open', 'closed'])).toBe('all');
		expect(helpscoutStatusFilter(['snoozed'])).toBeNull();
		expect(['email', 'chat', 'phone', null].map(mapHelpscoutChannel)).toEqual(['email', 'chat', 'phone', 'email']);
	});
});

describe('a Help Scout conversation', () => {
	it('is a queue row with its mailbox as the team, the customer waiting, tags by name', () => {
		expect(mapHelpscoutSummary(conversation, mailboxes)).toMatchObject({
			id: '1201',
			subject: 'Charged twice for November',
			customerId: '501',
			customerName: 'Priya Raman',
			status: 'open',
			priority: 'normal',
			assigneeId: '901',
			assigneeName: 'Maya Okafor',
			teamId: '85',
			teamName: 'Billing',
			tags: ['billing', 'refund'],
			createdAt: Date.parse('2026-11-25T14:02:11Z'),
			updatedAt: Date.parse('2026-11-26T07:40:00Z'),
			waitingSince: Date.parse('2026-11-26T08:12:00Z'),
			closedAt: null,
			version: '2026-11-26T07:40:00Z',
		});
	});

	it('keeps said threads and notes in order, leaving out line items and drafts, with the first reply time', () => {
		const full = mapHelpscoutConversation(conversation, threads, 'en', mailboxes);
		expect(full.messages.map(message => [message.id, message.kind, message.authorName])).toEqual([
			['7001', 'customer', 'Priya Raman'],
			['7003', 'note', 'Maya Okafor'],
			['7004', 'agent', 'Maya Okafor'],
			['7006', 'customer', 'Priya Raman'],
		]);
		expect(full.messages[0]!.body).toBe('Hi, I was charged twice for November.');
		expect(full.firstResponseAt).toBe(Date.parse('2026-11-25T14:31:00Z'));
		expect(full.customer).toMatchObject({id: '501', email: 'priya@lumen.example', plan: 'Growth', language: 'en'});
		expect(full.preview).toBe('The second charge is still on my card this morning.');
	});

	it('records when a closed conversation was closed', () => {
		const closed = helpscoutConversationSchema.parse({...helpscoutFixture<object>('conversation-1201.json'), status: 'closed', closedAt: '2026-11-26T10:00:00Z'});
		expect(mapHelpscoutSummary(closed)).toMatchObject({status: 'closed', closedAt: Date.parse('2026-11-26T10:00:00Z'), waitingSince: null});
	});

	it('fails to read a conversation whose documented field is renamed', () => {
		const {primaryCustomer: _, createdAt, ...rest} = helpscoutFixture<Record<string, unknown>>('conversation-1201.json');
		expect(helpscoutConversationSchema.safeParse({...rest, created_at: createdAt}).success).toBe(false);
	});
});

describe('a Help Scout saved reply', () => {
	it('becomes a template with deskterm placeholders, unknown variables left to fill by hand', () => {
		const reply = mapHelpscoutSavedReply(helpscoutSavedReplySchema.parse(helpscoutFixture('saved-reply-41.json')), 'Billing');
		expect(reply).toEqual({
			id: '41',
			title: 'Refund issued',
			body: expect.stringContaining('Hi {{customer.first_name}},'),
			shortcut: null,
			tags: ['Billing'],
		});
		expect(reply.body).toContain('conversation #{{conversation.number}}');
		expect(reply.body).toContain('{{agent.first_name}}');
	});
});
