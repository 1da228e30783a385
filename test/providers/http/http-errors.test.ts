import {describe, expect, it} from 'vitest';
import {httpError, serverMessage, statusCode} from '../../../source/providers/http/http-errors.js';

describe('serverMessage', () => {
	it('finds the error text in the shapes helpdesks use', () => {
		expect(serverMessage({message: 'Unauthorized'})).toBe('Unauthorized');
		expect(serverMessage({error: {title: 'Forbidden', message: 'no access'}})).toBe('no access');
		expect(serverMessage({errors: [{code: 'x', message: 'first'}, {message: 'second'}]})).toBe('first; second');
		expect(serverMessage({error: 'RecordInvalid', description: 'Record validation errors'})).toBe('Record validation errors');
		expect(serverMessage('plain\n  text')).toBe('plain text');
		expect(serverMessage('<html><body>502</body></html>')).toBeUndefined();
		expect(serverMessage({})).toBeUndefined();
		expect(serverMessage('x'.repeat(300))).toHaveLength(200);
	});
});

describe('httpError', () => {
	const context = {provider: 'Intercom', loginCommand: 'deskterm login intercom', method: 'GET', path: '/conversations'};

	it('codes statuses the way the rest of deskterm expects', () => {
		expect([401, 403, 404, 409, 410, 412, 429, 400, 422, 405, 500, 503, 418].map(statusCode)).toEqual([
			'auth', 'forbidden', 'not_found', 'conflict', 'not_found', 'conflict', 'rate_limited', 'usage', 'usage', 'unsupported', 'unavailable', 'unavailable', 'internal',
		]);
	});

	it('says how long to wait when the server said', () => {
		const error = httpError(503, context, {retryAfterSeconds: 30});
		expect(error.message).toBe('Intercom is unavailable (HTTP 503 on GET /conversations): try again in 30 s');
		expect(error).toMatchObject({code: 'unavailable', retryable: true, retryAfter: 30, status: 503});
	});
});
