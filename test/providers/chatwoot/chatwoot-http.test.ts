// The Chatwoot adapter through the real HTTP client against a spec-conformant server on 127.0.0.1.
import {describe, expect, it} from 'vitest';
import {createChatwootProvider} from '../../../source/providers/chatwoot/chatwoot-provider.js';
import {parseChatwootSettings} from '../../../source/providers/chatwoot/chatwoot-settings.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable} from '../../helpers/openapi-contract.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {specHttp} from '../../helpers/spec-http.js';
import {amendChatwootSpec, chatwootRoutes, chatwootSpecPath, conversationPage, secrets, testNow, token} from './chatwoot-routes.js';

const filterPath = '/api/v1/accounts/1/conversations/filter';
const openHttp = specHttp({provider: 'Chatwoot', token, startAt: testNow});

async function open(routes: FixtureRoute[]) {
	const {server, http, waits, clock} = await openHttp([...routes, ...chatwootRoutes()]);
	const settings = parseChatwootSettings({url: server.url, accountId: 1});
	return {chatwoot: createChatwootProvider({settings, secrets, http, clock}), waits, server};
}

describe('Chatwoot over HTTP', () => {
	it('lists a queue over several pages, each request following the specification', async () => {
		const {chatwoot, server} = await open([
			{...route('POST', filterPath, ok(conversationPage(25, 100))), when: request => request.query?.['page'] === '1'},
			{...route('POST', filterPath, ok(conversationPage(25, 125))), when: request => request.query?.['page'] === '2'},
			{...route('POST', filterPath, ok(conversationPage(4, 150))), when: request => request.query?.['page'] === '3'},
		]);
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await chatwoot.listQueue(cursor === undefined ? {} : {cursor});
			ids.push(...page.conversations.map(row => row.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		expect(ids).toHaveLength(54);
		expect(new Set(ids).size).toBe(54);
		expect(server.requests.map(request => request.query?.['page'])).toEqual(['1', '2', '3']);
		expect(server.requests[0]?.headers?.['api_access_token']).toBe(token);
		if (specAvailable(chatwootSpecPath)) {
			const document = readOpenApi(chatwootSpecPath);
			amendChatwootSpec(document);
			expect(contractProblems(openApiContract(document), server.requests)).toEqual([]);
		}
	});

	it('waits out a 429 with Retry-After, then gets the page', async () => {
		const {chatwoot, waits} = await open([route('POST', filterPath, {status: 429, headers: {'retry-after': '7'}, body: {error: 'Too many requests'}}, ok(conversationPage(2, 1)))]);
		const page = await chatwoot.listQueue({});
		expect(page.conversations).toHaveLength(2);
		expect(waits).toEqual([7000]);
	});

	it('turns a revoked token into one actionable auth error', async () => {
		const {chatwoot} = await open([route('GET', '/api/v1/profile', {status: 401, body: {errors: ['Invalid Access Token']}})]);
		const error = await rejection(chatwoot.whoami());
		expect(error.code).toBe('auth');
		expect(error.message).toBe('token rejected by Chatwoot (HTTP 401: Invalid Access Token): run `deskterm login chatwoot`');
		expect(error.message).not.toContain(token);
	});
});
