// Requests with the profile's headers, answers through a schema, and one message for an answer that does not fit.
import {describe, expect, it} from 'vitest';
import {DeskError} from '../../../source/domain/errors.js';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {authorizedSend, schemaReader} from '../../../source/providers/shared/schema-send.js';
import * as z from '../../../source/validation/zod.js';

const agent = z.object({id: z.number(), name: z.string()});

describe('schemaReader', () => {
	const read = schemaReader('chatwoot', 'Chatwoot', '; is the URL a Chatwoot install?');

	it('returns what fits the schema', () => {
		expect(read(agent, {id: 1, name: 'Dana'}, 'a profile')).toEqual({id: 1, name: 'Dana'});
	});

	it('names the back end, the answer, the first problem and the hint in one invalid_response error', () => {
		const error = (() => {
			try {
				return read(agent, {id: 'one', name: 'Dana'}, 'a profile');
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(DeskError);
		expect(error).toMatchObject({code: 'invalid_response', provider: 'chatwoot'});
		expect((error as DeskError).message).toMatch(/^Chatwoot sent a profile deskterm cannot read \(id: .+\); is the URL a Chatwoot install\?$/);
	});

	it('says "body" when the whole answer is wrong', () => {
		expect(() => schemaReader('intercom', 'Intercom')(agent, 'Bad Gateway', 'the admin list')).toThrow(/^Intercom sent the admin list deskterm cannot read \(body: .+\)$/);
	});
});

describe('authorizedSend', () => {
	it('adds the profile headers to the request headers and reads the answer through the schema', async () => {
		const sent: HttpRequest[] = [];
		const http = {
			request: async <T>(request: HttpRequest) => {
				sent.push(request);
				return {status: 200, headers: {}, body: {id: 7, name: 'Sam'} as T, url: request.path};
			},
		};
		const send = authorizedSend(http, {authorization: 'Bearer t0k'}, schemaReader('zendesk', 'Zendesk'));
		const answer = await send({method: 'GET', path: '/users/me', headers: {accept: 'application/json'}}, agent, 'the signed-in user');
		expect(answer).toEqual({id: 7, name: 'Sam'});
		expect(sent).toEqual([{method: 'GET', path: '/users/me', headers: {accept: 'application/json', authorization: 'Bearer t0k'}}]);
	});
});
