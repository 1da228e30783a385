// The Chatwoot adapter through the real HTTP client against a spec-conformant server on 127.0.0.1.
import {afterEach, describe, expect, it} from 'vitest';
import {DeskError} from '../../../source/domain/errors.js';
import {createChatwootProvider} from '../../../source/providers/chatwoot/chatwoot-provider.js';
import {parseChatwootSettings} from '../../../source/providers/chatwoot/chatwoot-settings.js';
import {createHttpClient, type DeskHttpClient} from '../../../source/providers/http/http-client.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable} from '../../helpers/openapi-contract.js';
import {ok, route, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {amendChatwootSpec, chatwootRoutes, chatwootSpecPath, conversationPage, secrets, testNow, token} from './chatwoot-routes.js';

const filterPath = '/api/v1/accounts/1/conversations/filter';
let server: SpecServer | undefined;
let client: DeskHttpClient | undefined;

afterEach(async () => {
	client?.close();
	await server?.close();
	server = undefined;
	client = undefined;
});

async function open(routes: FixtureRoute[]) {
	server = await startSpecServer([...routes, ...chatwootRoutes()]);
	const waits: number[] = [];
	// Time moves only when the client sleeps: waits are exact and the test never really sleeps.
	let now = testNow;
	client = createHttpClient({
		baseUrl: server.url,
		provider: 'Chatwoot',
		loginCommand: 'deskterm login chatwoot',
		secrets: [token],
		clock: () => now,
		sleep: async ms => {
			waits.push(ms);
			now += ms;
		},
	});
	const settings = parseChatwootSettings({url: server.url, accountId: 1});
	return {chatwoot: createChatwootProvider({settings, secrets, http: client, clock: () => now}), waits, server};
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
		const error = await chatwoot.whoami().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(DeskError);
		expect((error as DeskError).code).toBe('auth');
		expect((error as DeskError).message).toBe('token rejected by Chatwoot (HTTP 401: Invalid Access Token): run `deskterm login chatwoot`');
		expect((error as DeskError).message).not.toContain(token);
	});
});
