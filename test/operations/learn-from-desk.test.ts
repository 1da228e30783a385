import {describe, expect, it} from 'vitest';
import type {Conversation} from '../../source/domain/conversation.js';
import {harvestConversation} from '../../source/operations/learn-from-desk.js';

const message = (kind: 'customer' | 'agent', body: string) => ({kind, body}) as Conversation['messages'][number];

describe('harvesting a closed conversation', () => {
	const conversation = {
		id: '7',
		subject: 'Charged twice',
		channel: 'email',
		tags: ['billing'],
		messages: [message('customer', 'Hello,\nI was charged twice for order NW-1.\nThanks,\nAda'), message('agent', 'Refunded.'), message('customer', 'Also my parcel never arrived at all')],
	} as unknown as Conversation;

	it('labels the customer question before the template was sent, with its tags and channel', () => {
		expect(harvestConversation(conversation, 'duplicate-charge', 1)).toEqual([{text: 'Charged twice\nI was charged twice for order NW-1.\nbilling', templateId: 'duplicate-charge', tags: ['billing'], channel: 'email'}]);
	});

	it('gives nothing when the customer had not written yet', () => {
		expect(harvestConversation(conversation, 'duplicate-charge', 0)).toEqual([]);
	});
});
