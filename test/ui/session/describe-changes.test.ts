import {describe, expect, it} from 'vitest';
import {describeChanges} from '../../../source/ui/session/describe-changes.js';
import {makeConversation, makeCustomer} from '../../helpers/conversations.js';
import {summaryOf} from '../../helpers/memory-provider.js';

const ada = summaryOf(makeConversation({id: '1'}));
const grace = summaryOf(makeConversation({id: '2', customer: makeCustomer({id: 'c2', name: 'Grace Hopper'})}));

describe('what changed on the desk', () => {
	it('names a new conversation and a customer who wrote again', () => {
		const wroteAgain = {...ada, messageCount: ada.messageCount + 1, waitingSince: ada.updatedAt};
		expect(describeChanges({changed: [wroteAgain, grace]}, [ada])).toBe('New conversation from Grace Hopper (#2) · Ada Lovelace (#1) wrote again');
	});

	it('counts when there are several', () => {
		const more = [grace, {...grace, id: '3'}];
		expect(describeChanges({changed: more}, [ada])).toBe('2 new conversations');
	});

	it('stays quiet about our own replies, closed conversations and rows that did not grow', () => {
		const replied = {...ada, messageCount: ada.messageCount + 1, waitingSince: null};
		expect(describeChanges({changed: [replied, {...grace, status: 'closed'}, ada]}, [ada])).toBeNull();
	});
});
