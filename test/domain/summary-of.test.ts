import {describe, expect, it} from 'vitest';
import {summaryOf} from '../../source/domain/summary-of.js';
import {makeConversation, testNow} from '../helpers/conversations.js';

describe('summaryOf', () => {
	it('keeps every queue field and drops the thread, the customer record, ratings and the page', () => {
		const conversation = makeConversation({id: '7', subject: 'Refund', ratings: {csat: 4, nps: null, ces: null}, pageUrl: 'https://shop.example.com/cart', createdAt: testNow - 60_000});
		const summary = summaryOf(conversation);
		expect(Object.keys(summary).sort()).toEqual(Object.keys(conversation).filter(key => !['customer', 'messages', 'ratings', 'pageUrl'].includes(key)).sort());
		expect(summary).toMatchObject({id: '7', subject: 'Refund', createdAt: testNow - 60_000});
	});
});
