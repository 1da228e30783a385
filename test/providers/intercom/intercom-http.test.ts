// The Intercom adapter through the real HTTP client against a spec-conformant server on 127.0.0.1.
import {afterEach, describe, expect, it} from 'vitest';
import {DeskError} from '../../../source/domain/errors.js';
import {createHttpClient, type DeskHttpClient} from '../../../source/providers/http/http-client.js';
import {createIntercomProvider} from '../../../source/providers/intercom/intercom-provider.js';
import {parseIntercomSettings} from '../../../source/providers/intercom/intercom-settings.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable} from '../../helpers/openapi-contract.js';
import {ok, route, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {intercomFixture, intercomRoutes, intercomSpecPath, searchPage, secrets, testNow, token} from './intercom-routes.js';

let server: SpecServer | undefined;
let client: DeskHttpClient | undefined;

afterEach(async () => {
	client?.close();
	await server?.close();
	server = undefined;
	client = undefined;
});

async function open(routes: FixtureRoute[]) {
	server = await startSpecServer([...routes, ...intercomRoutes()]);
	const waits: number[] = [];
	// Time moves only when the client sleeps: waits are exact and the test never really sleeps.
	let now = testNow;
	client = createHttpClient({
		baseUrl: server.url,
		provider: 'Intercom',
		loginCommand: 'deskterm login intercom',
		secrets: [token],
		clock: () => now,
		sleep: async ms => {
			waits.push(ms);
			now += ms;
		},
	});
	const settings = parseIntercomSettings({url: server.url, adminId: '814860'});
	return {intercom: createIntercomProvider({settings, secrets, http: client, clock: () => now}), waits, server};
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
		const error = await intercom.listQueue({}).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(DeskError);
		expect((error as DeskError).code).toBe('auth');
		expect((error as DeskError).message).toBe('token rejected by Intercom (HTTP 401: Access Token Invalid): run `deskterm login intercom`');
	});
});
