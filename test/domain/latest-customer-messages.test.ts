import {describe, expect, it} from 'vitest';
import {latestCustomerMessages} from '../../source/domain/conversation.js';
import {makeConversation} from '../helpers/conversations.js';

const bodies = (conversation: ReturnType<typeof makeConversation>) => latestCustomerMessages(conversation).map(message => message.body);

describe('latestCustomerMessages', () => {
	it('keeps the whole question across a bot answer and a handover note', () => {
		const conversation = makeConversation({
			id: '1',
			messages: [
				{kind: 'customer', body: 'What is your return policy for the laptop?'},
				{kind: 'bot', body: 'You can return most items within 30 days.'},
				{kind: 'customer', body: 'That does not help, can I talk to a person?'},
				{kind: 'note', body: 'Handover from the bot.'},
				{kind: 'customer', body: 'Just following up on this.'},
			],
		});
		expect(bodies(conversation)).toEqual([
			'What is your return policy for the laptop?',
			'That does not help, can I talk to a person?',
			'Just following up on this.',
		]);
	});

	it('starts after the last human reply, and skips agent lines at the end', () => {
		const conversation = makeConversation({
			id: '2',
			messages: [
				{kind: 'customer', body: 'My card was charged twice.'},
				{kind: 'agent', body: 'Refunded the second charge.'},
				{kind: 'customer', body: 'Thanks, and can I get an invoice?'},
				{kind: 'agent', body: 'Sent it.'},
			],
		});
		expect(bodies(conversation)).toEqual(['Thanks, and can I get an invoice?']);
	});
});
