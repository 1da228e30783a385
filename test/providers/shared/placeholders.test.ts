import {describe, expect, it} from 'vitest';
import {renamePlaceholders} from '../../../source/providers/shared/placeholders.js';

describe('renamePlaceholders', () => {
	const known = {'ticket.requester.first_name': 'customer.first_name', 'current_user.first_name': 'agent.first_name'};

	it('renames the keys it knows and leaves the others as written', () => {
		expect(renamePlaceholders('Hi {{ ticket.requester.first_name }}, {{order}} - {{current_user.first_name}}', known)).toBe(
			'Hi {{customer.first_name}}, {{order}} - {{agent.first_name}}',
		);
	});

	it('never takes an object member for a known key', () => {
		expect(renamePlaceholders('{{constructor}} {{toString}} {{__proto__}}', known)).toBe('{{constructor}} {{toString}} {{__proto__}}');
	});
});
