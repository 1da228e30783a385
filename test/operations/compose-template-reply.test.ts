// Writing a reply from templates without an editor, and finding a template by a name a person typed.
import {describe, expect, it} from 'vitest';
import {composeTemplateReply, templateFieldNames} from '../../source/operations/compose-template-reply.js';
import {closeTemplateNames, findTemplateByName} from '../../source/operations/find-template-by-name.js';
import {createTemplateLibrary} from '../../source/operations/template-library.js';
import type {Template} from '../../source/templates/template.js';

function template(id: string, body: string, extra: Partial<Template> = {}): Template {
	return {id, title: id, tags: [], shortcut: null, language: 'en', channels: [], visibility: 'team', actions: {}, humanOnly: false, body, source: null, ...extra};
}

const parcel = template('parcel', 'Your parcel {{customer.attributes.parcel_id}} left on {{ship_date | Monday}}.', {actions: {status: 'pending'}});
const thanks = template('thanks', '\nThanks, {{customer.first_name | there}}!\n');

describe('composing a reply from templates', () => {
	it('puts the text first and each template in its own paragraph, filling fields by name or key', () => {
		const composed = composeTemplateReply('Sorry for the wait.\n\n\n', [parcel, thanks], {'customer.first_name': 'Ada'}, new Map([['parcel_id', 'P-1']]));
		expect(composed.text).toBe('Sorry for the wait.\n\nYour parcel P-1 left on Monday.\n\nThanks, Ada!');
		expect(composed.inserted).toEqual([
			{id: 'parcel', title: 'parcel', text: 'Your parcel P-1 left on Monday.', actions: {status: 'pending'}, humanOnly: false},
			{id: 'thanks', title: 'thanks', text: 'Thanks, Ada!', actions: {}, humanOnly: false},
		]);
		expect(composed.unfilled).toEqual([]);
		expect(composed.unknownFields).toEqual([]);
	});

	it('lets a given field win over the data and the fallback, and reports unfilled and unknown fields', () => {
		const fields = new Map([['ship_date', 'Friday'], ['customer.first_name', 'Augusta'], ['shipdate', 'x']]);
		const composed = composeTemplateReply('', [parcel, thanks, parcel], {'customer.first_name': 'Ada'}, fields);
		expect(composed.text).toBe('Your parcel {{parcel_id}} left on Friday.\n\nThanks, Augusta!\n\nYour parcel {{parcel_id}} left on Friday.');
		expect(composed.unfilled).toEqual(['parcel_id']);
		expect(composed.unknownFields).toEqual(['shipdate']);
	});

	it('keeps a field named like an object property a plain field', () => {
		const composed = composeTemplateReply('', [template('odd', 'A {{__proto__}} and {{constructor}}.')], {}, new Map([['__proto__', 'x']]));
		expect(composed.text).toBe('A x and {{constructor}}.');
		expect(composed.unfilled).toEqual(['constructor']);
	});

	it('lists the field names a script may give, each once', () => {
		expect(templateFieldNames([parcel, thanks, parcel])).toEqual(['parcel_id', 'ship_date', 'customer.first_name']);
	});
});

describe('finding a template by name', () => {
	const library = createTemplateLibrary([
		template('refund-approved', 'Refunded.', {shortcut: 'refund'}),
		template('refund-approved', 'Erstattet.', {shortcut: 'refund', language: 'de'}),
		template('refund-denied', 'Sorry, no refund.'),
		template('shipping-times', 'Parcels take three days.', {title: 'Shipping times'}),
	]);

	it('takes the id (ignoring case) or the shortcut, in the variant for the language', () => {
		expect(findTemplateByName(library, 'refund-approved', 'de')?.body).toBe('Erstattet.');
		expect(findTemplateByName(library, 'Refund-Approved', 'en')?.body).toBe('Refunded.');
		expect(findTemplateByName(library, '/refund', 'de-CH')?.body).toBe('Erstattet.');
		expect(findTemplateByName(library, 'REFUND', 'fr')?.body).toBe('Refunded.');
		expect(findTemplateByName(library, 'refunds', 'en')).toBeUndefined();
		expect(findTemplateByName(library, '/', 'en')).toBeUndefined();
	});

	it('names the templates a mistyped name probably meant, near spellings first', () => {
		expect(closeTemplateNames(library, 'refund-aproved')).toEqual(['refund-approved', 'refund-denied']);
		expect(closeTemplateNames(library, 'shipping')).toEqual(['shipping-times']);
		expect(closeTemplateNames(library, 'zzzz')).toEqual([]);
	});
});
