// A desk for the both-surfaces triage tests (written for these tests): repeated contacts and exact ties.
import type {Conversation} from '../../source/domain/conversation.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {assistDesk} from '../ui/assist/fixtures.js';

const hour = 3_600_000;
const ada = makeCustomer({id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com'});

/** The assist desk, Ada writing twice more (repeated contacts), two of Dana's and two twins that tie on everything but the id. */
export function triageDesk(): Conversation[] {
	const twin = (id: string) =>
		makeConversation({id, subject: `Invoice copy ${id}`, customer: makeCustomer({id: `c-${id}`, name: `Twin ${id}`}), createdAt: testNow - 2 * hour, messages: [{kind: 'customer', body: 'Can you send me a copy of my invoice?'}]});
	return [
		...assistDesk(),
		twin('310'),
		twin('39'),
		makeConversation({id: '205', subject: 'Still charged twice', priority: 'high', customer: ada, createdAt: testNow - 26 * hour, messages: [{kind: 'customer', body: 'I wrote yesterday: charged twice, still no refund. This is unacceptable.'}]}),
		makeConversation({id: '206', subject: 'Cancel my plan', customer: ada, assigneeId: 'a1', assigneeName: 'Dana Whitfield', createdAt: testNow - 20 * hour, messages: [{kind: 'customer', body: 'Please cancel my subscription.'}]}),
		makeConversation({id: '207', subject: 'Checkout is down', priority: 'urgent', channel: 'chat', assigneeId: 'a1', assigneeName: 'Dana Whitfield', customer: makeCustomer({id: 'c7', name: 'Mary Jackson'}), createdAt: testNow - hour, messages: [{kind: 'customer', body: 'Our checkout is down and customers cannot pay. Urgent!'}]}),
	];
}

