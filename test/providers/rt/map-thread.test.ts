import {describe, expect, it} from 'vitest';
import {bodyOf, conversationFromTicket, htmlToText, messagesFromThread, threadTimes} from '../../../source/providers/rt/map-thread.js';
import {customerFromRt} from '../../../source/providers/rt/map-user.js';
import {rtAttachmentSchema, rtCollectionSchema, rtTicketSchema, rtTransactionSchema, rtUserSchema} from '../../../source/providers/rt/rt-schemas.js';
import {alice, attachmentsOne, historyOne, ticketOne} from './rt-fixtures.js';

const transactions = rtCollectionSchema(rtTransactionSchema).parse(historyOne).items;
const attachments = rtCollectionSchema(rtAttachmentSchema).parse(attachmentsOne).items;
const requestors = new Set(['alice@example.com']);

describe('messagesFromThread', () => {
	it('keeps Create, Correspond and Comment, in order, with kinds by who wrote them', () => {
		const messages = messagesFromThread('1', transactions, attachments, requestors);
		expect(messages.map(message => [message.id, message.kind, message.authorName])).toEqual([
			['33', 'customer', 'Alice Jones'],
			['56', 'agent', 'Enoch Root'],
			['59', 'note', 'Enoch Root'],
			['64', 'customer', 'Alice Jones'],
		]);
		expect(messages[0]).toMatchObject({conversationId: '1', body: 'The printer on floor 2 is on fire.\nPlease help.', channel: 'email', createdAt: Date.parse('2026-11-22T14:28:23Z')});
		expect(messages[2]!.body).toBe('Internal: 3rd fire this month.');
		expect(messages[3]!.body).toBe('It is still smoking!\n[attachment: smoke.png]');
	});

	it('shows a ticket that staff opened for a customer as written by the customer', () => {
		const create = rtTransactionSchema.parse({id: '80', Type: 'Create', Creator: {id: 'root'}, Created: '2026-11-22T15:00:00Z'});
		const [message] = messagesFromThread('1', [create], [], requestors, {id: 'alice@example.com', name: 'Alice Jones'});
		expect(message).toMatchObject({kind: 'customer', authorId: 'alice@example.com', authorName: 'Alice Jones'});
	});

	it('treats a Correspond by RT itself as a bot', () => {
		const system = rtTransactionSchema.parse({id: '70', Type: 'Correspond', Creator: {id: 'RT_System'}, Created: '2026-11-22T15:00:00Z'});
		expect(messagesFromThread('1', [system], [], requestors)[0]!.kind).toBe('bot');
	});
});

describe('bodies', () => {
	it('prefers plain text, falls back to HTML without tags', () => {
		const part = (ContentType: string, Content: string) => rtAttachmentSchema.parse({id: '1', TransactionId: '1', ContentType, Content, Filename: ''});
		expect(bodyOf([part('text/html', '<p>a</p>'), part('text/plain', 'plain')])).toBe('plain');
		expect(bodyOf([part('text/html', '<p>Hi &amp; bye</p><p>x &lt; y</p>')])).toBe('Hi & bye\nx < y');
		expect(htmlToText('a<br/>b')).toBe('a\nb');
	});
});

describe('threadTimes', () => {
	it('waits from the first customer message after our last reply; first response is the first agent reply', () => {
		const messages = messagesFromThread('1', transactions, attachments, requestors);
		expect(threadTimes(messages)).toEqual({
			waitingSince: Date.parse('2026-11-22T14:40:00Z'),
			firstResponseAt: Date.parse('2026-11-22T14:35:00Z'),
			preview: 'It is still smoking! [attachment: smoke.png]',
		});
	});
});

describe('conversationFromTicket', () => {
	it('uses the ETag as version and the requestor record as customer', () => {
		const conversation = conversationFromTicket(rtTicketSchema.parse(ticketOne), '64', transactions, attachments, customerFromRt(rtUserSchema.parse(alice)));
		expect(conversation).toMatchObject({id: '1', version: '64', messageCount: 4, customerName: 'Alice Jones', pageUrl: null});
		expect(conversation.customer).toMatchObject({id: 'alice@example.com', company: 'Acme Corp', language: 'de', attributes: {Plan: 'Enterprise'}, customerSince: Date.parse('2026-01-15T09:00:00Z')});
	});
});
