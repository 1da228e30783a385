import {describe, expect, it} from 'vitest';
import {
	createFillSession,
	currentField,
	fillAndAdvance,
	isSessionComplete,
	nextField,
	previousField,
	sessionResult,
	setFieldValue,
} from '../../source/templates/fill-session.js';

const text = 'Order {{order_number}} ships via {{carrier}} on {{date}}.';

describe('fill session', () => {
	it('lists the fields in order and starts at the first one', () => {
		const session = createFillSession(text);
		expect(session.fields.map(field => field.name)).toEqual(['order_number', 'carrier', 'date']);
		expect(currentField(session)?.name).toBe('order_number');
		expect(isSessionComplete(session)).toBe(false);
	});

	it('starts at the first field at or after the cursor', () => {
		expect(currentField(createFillSession(text, text.indexOf('{{carrier')))?.name).toBe('carrier');
		expect(currentField(createFillSession(text, text.length))?.name).toBe('order_number');
	});

	it('moves next and previous, wrapping around', () => {
		const session = createFillSession(text);
		expect(currentField(nextField(session))?.name).toBe('carrier');
		expect(currentField(previousField(session))?.name).toBe('date');
		expect(currentField(nextField(nextField(nextField(session))))?.name).toBe('order_number');
	});

	it('sets values, shifting the fields after it, and produces the reply text', () => {
		let session = createFillSession(text);
		session = fillAndAdvance(session, 'A-1042');
		expect(currentField(session)?.name).toBe('carrier');
		session = fillAndAdvance(session, 'DHL Express');
		session = fillAndAdvance(session, 'Monday');
		expect(sessionResult(session)).toEqual({text: 'Order A-1042 ships via DHL Express on Monday.', unfilled: []});
		expect(isSessionComplete(session)).toBe(true);
		for (const field of session.fields) expect(session.text.slice(field.start, field.end)).toBe(field.value);
	});

	it('lets a filled field be changed, and an empty value brings the marker back', () => {
		let session = setFieldValue(createFillSession(text), 'A-1');
		session = setFieldValue(session, 'B-22222');
		expect(session.text).toBe('Order B-22222 ships via {{carrier}} on {{date}}.');
		session = setFieldValue(session, '');
		expect(session.text).toBe(text);
		expect(sessionResult(session).unfilled.map(field => field.name)).toEqual(['order_number', 'carrier', 'date']);
	});

	it('skips fields already filled when advancing', () => {
		let session = nextField(createFillSession(text));
		session = setFieldValue(session, 'UPS');
		session = previousField(session);
		session = fillAndAdvance(session, 'A-1');
		expect(currentField(session)?.name).toBe('date');
	});

	it('has nothing to do on text without fields', () => {
		const session = createFillSession('Thanks!');
		expect(session.current).toBe(-1);
		expect(setFieldValue(nextField(session), 'x')).toEqual(session);
		expect(isSessionComplete(session)).toBe(true);
	});
});
