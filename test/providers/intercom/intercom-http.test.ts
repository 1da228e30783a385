// The Intercom adapter through the real HTTP client against a spec-conformant server on 127.0.0.1.
import {describe, expect, it} from 'vitest';
import {createIntercomProvider} from '../../../source/providers/intercom/intercom-provider.js';
import {parseIntercomSettings} from '../../../source/providers/intercom/intercom-settings.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable} from '../../helpers/openapi-contract.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {specHttp} from '../../helpers/spec-http.js';
import {intercomFixture, intercomRoutes, intercomSpecPath, searchPage, secrets, testNow, token} from './intercom-routes.js';

const openHttp = specHttp({provider: 'Intercom', token, startAt: testNow});

async function open(routes: FixtureRoute[]) {
	const {server, http, waits, clock} = await openHttp([...routes, ...intercomRoutes()]);
	const settings = parseIntercomSettings({url: server.url, adminId: '814860'});
	return {intercom: createIntercomProvider({settings, secrets, http, clock}), waits, server};
}

const startingAfter = (request: {json?: unknown}) => (request.json as {pagination?: {starting_after?: string}}).pagination?.starting_after;

describe('Intercom over HTTP', () => {
	it('lists a queue over several cursor pages, each request following the specification', async () => {
		const {intercom, server} = await open([
			{...route('POST', '/conversations/search', ok(searchPage(150, 1, 'cursor-2'))), when: request => startingAfter(request) === undefined},
			{...route('POST', '/conversations/search', ok(searchPage(150, 151, 'cursor-3'))), when: request => startingAfter(request) === 'cursor-2'},
			{...route('POST', '/conversations/search', ok(searchPage(20, 301))), when: request => startingAfter(request) === 'cursor-3'},
		]);
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await intercom.listQueue({limit: 150, ...(cursor === undefined ? {} : {cursor})});
			ids.push(...page.conversations.map(row => row.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		expect(ids).toHaveLength(320);
		expect(new Set(ids).size).toBe(320);
		const searches = server.requests.filter(request => request.path === '/conversations/search');
		expect(searches.map(startingAfter)).toEqual([undefined, 'cursor-2', 'cursor-3']);
		expect(searches[0]?.headers?.['intercom-version']).toBe('2.16');
		expect(searches[0]?.headers?.['authorization']).toBe(`Bearer ${token}`);
		if (specAvailable(intercomSpecPath)) expect(contractProblems(openApiContract(readOpenApi(intercomSpecPath)), server.requests)).toEqual([]);
	});

	it('waits out a 429 until X-RateLimit-Reset, then reads the conversation', async () => {
		const reset = String(testNow / 1000 + 4);
		const {intercom, waits} = await open([
			route('GET', '/conversations/1001', {status: 429, headers: {'x-ratelimit-reset': reset, 'x-ratelimit-remaining': '0'}, body: {type: 'error.list', errors: [{code: 'rate_limit_exceeded', message: 'Rate Limit Exceeded'}]}}, ok(intercomFixture('conversation-1001.json'))),
		]);
		const conversation = await intercom.getConversation('1001');
		expect(conversation.id).toBe('1001');
		expect(waits).toEqual([4000]);
	});

	it('turns a revoked token into one actionable auth error', async () => {
		const {intercom} = await open([route('POST', '/conversations/search', {status: 401, body: intercomFixture('error-401.json')})]);
		const error = await rejection(intercom.listQueue({}));
		expect(error.code).toBe('auth');
		expect(error.message).toBe('token rejected by Intercom (HTTP 401: Access Token Invalid): run `deskterm login intercom`');
	});
});
