import {describe, expect, it} from 'vitest';
import {createRedactor, redactHeaders, redactUrlSecrets, secretsInHeaders} from '../../../source/providers/http/redact.js';

describe('redaction', () => {
	it('hides secret query parameters in URLs and keeps the rest', () => {
		expect(redactUrlSecrets('GET http://h/x?page=2&token=1-14-abc&api_key=zz#top')).toBe('GET http://h/x?page=2&token=***&api_key=***#top');
		expect(redactUrlSecrets('http://h/x?query=Status%3D%27open%27')).toBe('http://h/x?query=Status%3D%27open%27');
	});

	it('hides every known secret value, longest first', () => {
		const redact = createRedactor(['abcd', 'xxabcdxx', 'ab']);
		expect(redact('a xxabcdxx b abcd c ab')).toBe('a *** b *** c ab');
	});

	it('masks secret headers by name and learns the token inside auth headers', () => {
		const headers = {Authorization: 'token 1-14-deadbeef', api_access_token: 'cw-secret', accept: 'application/json'};
		expect(redactHeaders(headers, createRedactor())).toEqual({Authorization: '***', api_access_token: '***', accept: 'application/json'});
		expect(secretsInHeaders(headers)).toEqual(expect.arrayContaining(['token 1-14-deadbeef', '1-14-deadbeef', 'cw-secret']));
	});

	it('decodes Basic credentials so the password never shows', () => {
		const value = `Basic ${Buffer.from('agent@example.com/token:s3cr3tvalue').toString('base64')}`;
		const redact = createRedactor(secretsInHeaders({authorization: value}));
		expect(redact('rejected agent@example.com/token:s3cr3tvalue')).toBe('rejected ***');
		expect(redact('password s3cr3tvalue')).toBe('password ***');
	});
});
