// A small desk for console tests: a few customers and threads with every kind of message.
import type {Conversation} from '../../source/domain/conversation.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';

const hour = 3_600_000;

export function smallDesk(): Conversation[] {
	return [
		makeConversation({
			id: '101',
			subject: 'Charged twice for March',
			priority: 'high',
			teamId: 'billing',
			teamName: 'Billing',
			customer: makeCustomer({id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com'}),
			createdAt: testNow - 5 * hour,
			messages: [
				{kind: 'customer', body: 'Hi, my card was charged twice for the March invoice. Can you refund one of them?'},
				{kind: 'bot', body: 'I found an article about duplicate charges.', authorName: 'Helper Bot'},
				{kind: 'note', body: 'Looks like a retry on the payment provider side.'},
				{kind: 'customer', body: 'The article did not help, I still see two charges.'},
			],
		}),
		makeConversation({
			id: '102',
			subject: 'Webhook returns 401',
			priority: 'urgent',
			assigneeId: 'a1',
			assigneeName: 'Dana Whitfield',
			customer: makeCustomer({id: 'c2', name: 'Grace Hopper', email: 'grace@navy.example', company: 'Navy Labs', plan: 'enterprise', language: 'de'}),
			createdAt: testNow - 26 * hour,
			messages: [{kind: 'customer', body: 'Our webhook endpoint gets 401 since yesterday.\nTraceback: requests.exceptions.HTTPError: 401'}],
		}),
		makeConversation({
			id: '103',
			subject: 'How do I export my data?',
			status: 'pending',
			priority: 'low',
			customer: makeCustomer({id: 'c3', name: 'Alan Turing', email: 'alan@example.org', company: null, plan: 'free'}),
			createdAt: testNow - 2 * hour,
			messages: [
				{kind: 'customer', body: 'Where is the export button?'},
				{kind: 'agent', body: 'Settings, then Export. Anything else?'},
			],
		}),
	];
}
