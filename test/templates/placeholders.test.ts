import {describe, expect, it} from 'vitest';
import type {Customer} from '../../source/domain/conversation.js';
import {DeskError} from '../../source/domain/errors.js';
import {isKnownPlaceholderKey, placeholderValues} from '../../source/templates/placeholder-values.js';
import {assertNoUnfilledFields, fillTemplate, findUnfilledFields, unfilledFieldsMessage} from '../../source/templates/placeholders.js';

const customer: Customer = {
	id: 'c1',
	name: 'Maria Lopez Garcia',
	email: 'maria@example.com',
	company: 'Lopez Bikes',
	companyType: 'startup',
	plan: 'Pro',
	monthlySpend: 99,
	customerSince: null,
	language: 'es',
	productsInUse: [],
	vip: false,
	attributes: {order_number: 'A-1042'},
};
const values = placeholderValues({
	customer,
	agent: {name: 'Sam Carter', email: 'sam@desk.example'},
	conversation: {id: '4711', subject: 'Where is my order?', channel: 'email'},
});

describe('fillTemplate', () => {
	it('fills customer, agent, conversation and custom attribute placeholders', () => {
		const body =
			'Hi {{customer.first_name}} ({{customer.name}}, {{customer.email}}, {{customer.company}}), order {{customer.attributes.order_number}} = {{attributes.order_number}} = {{order_number}}; ticket {{conversation.id}} "{{conversation.subject}}". {{agent.first_name}} / {{agent.name}}';
		expect(fillTemplate(body, values)).toEqual({
			text: 'Hi Maria (Maria Lopez Garcia, maria@example.com, Lopez Bikes), order A-1042 = A-1042 = A-1042; ticket 4711 "Where is my order?". Sam / Sam Carter',
			unfilled: [],
		});
	});

	it('tolerates spaces inside the braces', () => {
		expect(fillTemplate('Hi {{ customer.first_name }}!', values).text).toBe('Hi Maria!');
	});

	it('uses the fallback when the value is missing or blank, and an empty fallback removes the field', () => {
		const anonymous = placeholderValues({customer: {...customer, name: '  ', company: null}});
		expect(fillTemplate('Hi {{customer.first_name | there}}, from {{customer.company |}}the team', anonymous).text).toBe('Hi there, from the team');
		expect(fillTemplate('Hi {{customer.first_name | there}}', values).text).toBe('Hi Maria');
	});

	it('never greets a customer by an e-mail address stored as the name', () => {
		const emailOnly = placeholderValues({customer: {...customer, name: 'maria@example.com'}});
		expect(fillTemplate('Hi {{customer.first_name | there}}', emailOnly).text).toBe('Hi there');
	});

	it('leaves unfilled fields visible as markers, with their places in the filled text', () => {
		const result = fillTemplate('Hi {{customer.first_name}}, tracking {{tracking_link}} for {{customer.attributes.parcel_id}}.', values);
		expect(result.text).toBe('Hi Maria, tracking {{tracking_link}} for {{parcel_id}}.');
		expect(result.unfilled).toEqual([
			{name: 'tracking_link', key: 'tracking_link', start: 19, end: 36},
			{name: 'parcel_id', key: 'customer.attributes.parcel_id', start: 41, end: 54},
		]);
		for (const field of result.unfilled) expect(result.text.slice(field.start, field.end)).toBe(`{{${field.name}}}`);
	});

	it('does not run anything: expressions that are not placeholders stay as text', () => {
		expect(fillTemplate('{{constructor.constructor("x")()}} {{#if a}} {{ }}', values)).toEqual({
			text: '{{constructor.constructor("x")()}} {{#if a}} {{ }}',
			unfilled: [],
		});
		expect(fillTemplate('{{__proto__}} {{toString}}', {}).unfilled.map(field => field.name)).toEqual(['__proto__', 'toString']);
	});
});

describe('unfilled fields before sending', () => {
	it('finds every remaining field and says which to fill', () => {
		const text = 'Order {{order_number}}, link {{tracking_link}}, again {{order_number}}';
		expect(findUnfilledFields(text).map(field => field.name)).toEqual(['order_number', 'tracking_link', 'order_number']);
		expect(unfilledFieldsMessage(text)).toBe('fill {{order_number}} and {{tracking_link}} before sending');
		expect(unfilledFieldsMessage('Order {{order_number}}')).toBe('fill {{order_number}} before sending');
		expect(unfilledFieldsMessage('All done.')).toBeNull();
	});

	it('refuses to send with a clear usage error', () => {
		expect(() => assertNoUnfilledFields('Order {{order_number}}')).toThrow(new DeskError('usage', 'fill {{order_number}} before sending'));
		expect(() => assertNoUnfilledFields('Order A-1')).not.toThrow();
	});
});

describe('isKnownPlaceholderKey', () => {
	it('knows the documented keys, custom attributes and bare fields, and not typos', () => {
		for (const key of ['customer.first_name', 'agent.first_name', 'conversation.id', 'customer.attributes.x', 'attributes.x', 'order_number']) {
			expect(isKnownPlaceholderKey(key)).toBe(true);
		}
		for (const key of ['customer.frist_name', 'ticket.requester.name', 'agent.attributes.x']) expect(isKnownPlaceholderKey(key)).toBe(false);
	});
});
