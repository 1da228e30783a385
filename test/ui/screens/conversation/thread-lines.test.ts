import {describe, expect, it} from 'vitest';
import {threadLines} from '../../../../source/ui/screens/conversation/thread-lines.js';
import {customerFacts, conversationFacts, customerLine, languageName, tenure} from '../../../../source/ui/screens/conversation/customer-facts.js';
import {plainTheme} from '../../../../source/ui/theme/theme.js';
import {makeConversation, makeCustomer, testNow} from '../../../helpers/conversations.js';

const day = 86_400_000;

describe('thread lines', () => {
	const conversation = makeConversation({
		id: '9',
		messages: [
			{kind: 'customer', body: 'My invoice is wrong.\u001B[2J Please fix it quickly, thanks'},
			{kind: 'bot', body: 'Here is an article', authorName: 'Helper Bot'},
			{kind: 'note', body: 'Checked: double charge'},
			{kind: 'agent', body: 'Refunded!'},
		],
	});

	it('gives each message a header with glyph, author and kind, readable without colour', () => {
		const lines = threadLines(conversation, 40, testNow, plainTheme.message);
		const headers = lines.filter(line => line.role === 'header').map(line => line.text);
		expect(headers[0]).toMatch(/^◀ Ada Lovelace · customer · 1h ago \(.+\) · email$/);
		expect(headers[1]).toMatch(/^▷ Helper Bot · bot · /);
		expect(headers[2]).toMatch(/^✎ Dana Whitfield · INTERNAL NOTE, agents only · /);
		expect(headers[3]).toMatch(/^▶ Dana Whitfield · agent · /);
	});

	it('wraps bodies inside a rule, marks notes with their own rule and shows escapes visibly', () => {
		const lines = threadLines(conversation, 24, testNow, plainTheme.message);
		const body = lines.filter(line => line.role === 'body' && line.kind === 'customer').map(line => line.text);
		expect(body[0]).toBe('│ My invoice is');
		expect(body[1]).toBe('│ wrong.<U+001B>[2J');
		expect(body.every(text => [...text].length <= 24)).toBe(true);
		expect(body.join(' ')).not.toContain('\u001B');
		expect(lines.find(line => line.role === 'body' && line.kind === 'note')?.text).toBe('┆ Checked: double charge');
		expect(lines.filter(line => line.role === 'gap')).toHaveLength(3);
	});
});

describe('customer facts', () => {
	it('says how long someone has been a customer', () => {
		expect(tenure(testNow - 3 * day, testNow)).toBe('3 days');
		expect(tenure(testNow - 21 * day, testNow)).toBe('3 weeks');
		expect(tenure(testNow - 200 * day, testNow)).toBe('6 months');
		expect(tenure(testNow - 400 * day, testNow)).toBe('1 year 1 month');
		expect(tenure(testNow - 730 * day, testNow)).toBe('2 years');
	});

	it('names languages', () => {
		expect(languageName('de')).toBe('German (de)');
		expect(languageName('zz-not-a-language-tag!')).toBe('zz-not-a-language-tag!');
	});

	it('lists name, email, company, plan, tenure and language, flagging VIP and new customers', () => {
		const conversation = makeConversation({id: '1', customer: makeCustomer({vip: true, customerSince: testNow - 10 * day, attributes: {order_number: 'A-1'}})});
		const facts = customerFacts(conversation, testNow);
		expect(facts.map(fact => fact.label)).toEqual(['Name', 'Email', 'Company', 'Plan', 'Customer for', 'Language', 'Uses', 'order_number']);
		expect(facts[0]?.value).toBe('Ada Lovelace ★ VIP');
		expect(facts[2]?.value).toBe('Analytical Ltd (startup)');
		expect(facts[3]?.value).toBe('pro, 99/month');
		expect(facts[4]?.value).toBe('10 days (new)');
		expect(customerLine(conversation, testNow)).toBe('Ada Lovelace ★VIP <ada@example.com> · Analytical Ltd · pro · customer 10 days · English (en)');
	});

	it('describes the conversation: status with wake time, assignee, waiting, ratings', () => {
		const conversation = makeConversation({
			id: '1',
			status: 'snoozed',
			snoozedUntil: testNow + 4 * 3_600_000,
			tags: ['billing'],
			ratings: {csat: 4, nps: null, ces: 2},
		});
		const facts = Object.fromEntries(conversationFacts(conversation, testNow).map(fact => [fact.label, fact.value]));
		expect(facts).toMatchObject({Status: 'snoozed, wakes in 4h', Assignee: 'nobody', Tags: '#billing', Waiting: '1h', Rated: 'CSAT 4/5, effort 2/5'});
	});
});
