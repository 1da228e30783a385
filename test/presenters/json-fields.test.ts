import {describe, expect, it} from 'vitest';
import {DeskError} from '../../source/domain/errors.js';
import {parseFieldList, selectFields, stringifyJson} from '../../source/presenters/json-fields.js';

const valid = ['id', 'subject', 'status'];

describe('parseFieldList', () => {
	it('keeps the asked order, trims and drops repeats', () => {
		expect(parseFieldList(' status, id ,status', valid)).toEqual(['status', 'id']);
	});

	it('names every unknown field and lists the valid ones', () => {
		const error = (() => {
			try {
				parseFieldList('id,nmae,stat', valid);
			} catch (caught) {
				return caught;
			}
			return undefined;
		})();
		expect(error).toBeInstanceOf(DeskError);
		expect((error as DeskError).code).toBe('usage');
		expect((error as DeskError).message).toBe('unknown fields "nmae", "stat" (valid: id, subject, status)');
	});

	it('refuses an empty list', () => {
		expect(() => parseFieldList(' , ', valid)).toThrow('--fields needs field names (valid: id, subject, status)');
	});
});

describe('selectFields', () => {
	it('returns only the chosen fields, or everything without a choice', () => {
		const object = {id: '1', subject: 'Hi', status: 'open'};
		expect(selectFields(object, ['status', 'id'])).toEqual({status: 'open', id: '1'});
		expect(Object.keys(selectFields(object, ['status', 'id']))).toEqual(['status', 'id']);
		expect(selectFields(object, null)).toBe(object);
	});
});

describe('stringifyJson', () => {
	it('escapes every control character, C1 included, and still parses to the exact text', () => {
		const value = {body: 'a\u001B[31mb\u009B2Jc\u0085d'};
		const text = stringifyJson(value, 0);
		expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
		expect(JSON.parse(text)).toEqual(value);
	});

	it('indents when asked', () => {
		expect(stringifyJson({a: 1}, 2)).toBe('{\n  "a": 1\n}');
	});
});
