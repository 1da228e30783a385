import {describe, expect, it} from 'vitest';
import {orderTriage, repeatedContacts, type TriageFacts} from '../../source/operations/triage-set.js';

const facts = (id: string, score: number, due: number): TriageFacts => ({
	id,
	score,
	axes: {complexity: {level: 'low', value: 0}, severity: {level: 'low', value: score}, effort: {level: 'low', value: 0}},
	humanOnly: false,
	targets: () => ({atRisk: false, breached: false, risk: 0}),
	due: () => due,
});

describe('the triage set rules', () => {
	it('counts a customer\'s other conversations that are not closed', () => {
		const others = repeatedContacts([
			{customerId: 'c1', status: 'open'},
			{customerId: 'c1', status: 'pending'},
			{customerId: 'c1', status: 'closed'},
			{customerId: 'c2', status: 'open'},
		]);
		expect([others({customerId: 'c1', status: 'open'}), others({customerId: 'c1', status: 'closed'}), others({customerId: 'c2', status: 'open'})]).toEqual([1, 2, 0]);
	});

	it('orders by the sort key, then priority, then the earliest due target, then the id as a number', () => {
		const items = [facts('310', 50, 100), facts('39', 50, 100), facts('7', 50, 50), facts('8', 60, Number.POSITIVE_INFINITY), facts('9', 40, 10)];
		expect(orderTriage(items, 'priority').map(item => item.id)).toEqual(['8', '7', '39', '310', '9']);
		expect(orderTriage(items, 'severity').map(item => item.id)).toEqual(['8', '7', '39', '310', '9']);
	});
});
