import {describe, expect, it} from 'vitest';
import {currentField} from '../../source/templates/fill-session.js';
import {insertAt, insertTemplate} from '../../source/templates/insert-at.js';

describe('insertAt', () => {
	it('inserts at the cursor and leaves the cursor after the snippet', () => {
		expect(insertAt('Hello world', 6, 'dear ')).toEqual({text: 'Hello dear world', cursor: 11});
	});

	it('clamps a cursor outside the text', () => {
		expect(insertAt('abc', 99, 'd')).toEqual({text: 'abcd', cursor: 4});
		expect(insertAt('abc', -3, 'z')).toEqual({text: 'zabc', cursor: 1});
	});

	it('as a paragraph, separates the snippet from the text around it with blank lines', () => {
		expect(insertAt('', 0, 'Body', {paragraph: true})).toEqual({text: 'Body', cursor: 4});
		expect(insertAt('Hi,', 3, 'Body', {paragraph: true})).toEqual({text: 'Hi,\n\nBody', cursor: 9});
		expect(insertAt('Hi,\n', 4, 'Body', {paragraph: true})).toEqual({text: 'Hi,\n\nBody', cursor: 9});
		expect(insertAt('Hi,\n\nBye', 5, 'Body', {paragraph: true})).toEqual({text: 'Hi,\n\nBody\n\nBye', cursor: 9});
	});

	it('puts several templates into one reply', () => {
		let reply = insertAt('', 0, 'First answer.', {paragraph: true});
		reply = insertAt(reply.text, reply.cursor, 'Second answer.', {paragraph: true});
		reply = insertAt(reply.text, 0, 'Hi Ana,', {paragraph: true});
		expect(reply.text).toBe('Hi Ana,\n\nFirst answer.\n\nSecond answer.');
	});
});

describe('insertTemplate', () => {
	it('fills the template, inserts it and opens the prompts at its first unfilled field', () => {
		const first = insertTemplate('', 0, {body: 'Hi {{customer.first_name | there}}, your order {{order_number}}.'}, {});
		expect(first.text).toBe('Hi there, your order {{order_number}}.');
		const second = insertTemplate(first.text, first.text.length, {body: 'Tracking: {{tracking_link}}'}, {});
		expect(second.text).toBe('Hi there, your order {{order_number}}.\n\nTracking: {{tracking_link}}');
		expect(currentField(second.session)?.name).toBe('tracking_link');
		expect(second.session.fields.map(field => field.name)).toEqual(['order_number', 'tracking_link']);
	});
});
