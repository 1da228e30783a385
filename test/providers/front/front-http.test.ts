// The Front adapter through the real HTTP client against a spec-conformant server on 127.0.0.1.
import {describe, expect, it} from 'vitest';
import {createFrontProvider} from '../../../source/providers/front/front-provider.js';
import {parseFrontSettings} from '../../../source/providers/front/front-settings.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable} from '../../helpers/openapi-contract.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {specHttp} from '../../helpers/spec-http.js';
import {frontFixture, frontRoutes, frontSpecPath, searchPage, secrets, testNow, token} from './front-routes.js';

const openHttp = specHttp({provider: 'Front', token, startAt: testNow});

async function open(routes: FixtureRoute[]) {
	const {server, http, waits, clock} = await openHttp([...routes, ...frontRoutes()]);
	const settings = parseFrontSettings({url: server.url, teammate: 'maya.okafor@northwind.example'});
	return {front: createFrontProvider({settings, secrets, http, clock, sleep: async () => {}}), waits, server};
}

const pageToken = (request: {query?: Record<string, unknown>}) => request.query?.['page_token'];
const isSearch = (request: {path: string}) => request.path.startsWith('/conversations/search/');

describe('Front over HTTP', () => {
	it('lists a queue over several page tokens, each request following the specification', async () => {
		const {front, server} = await open([
			{...route('GET', /^\/conversations\/search\/is%3Aopen$/, ok(searchPage(100, 1, 'token-2'))), when: request => pageToken(request) === undefined},
			{...route('GET', /^\/conversations\/search\/is%3Aopen$/, ok(searchPage(100, 101, 'token-3'))), when: request => pageToken(request) === 'token-2'},
			{...route('GET', /^\/conversations\/search\/is%3Aopen$/, ok(searchPage(20, 201))), when: request => pageToken(request) === 'token-3'},
		]);
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await front.listQueue({statuses: ['open'], limit: 100, ...(cursor === undefined ? {} : {cursor})});
			ids.push(...page.conversations.map(row => row.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		expect(ids).toHaveLength(220);
		expect(new Set(ids).size).toBe(220);
		const searches = server.requests.filter(isSearch);
		expect(searches.map(pageToken)).toEqual([undefined, 'token-2', 'token-3']);
		expect(searches[0]?.headers?.['authorization']).toBe(`Bearer ${token}`);
		if (specAvailable(frontSpecPath)) expect(contractProblems(openApiContract(readOpenApi(frontSpecPath)), server.requests)).toEqual([]);
	});

	it('waits out a 429 for Retry-After, then reads the conversation', async () => {
		const limited = {status: 429, headers: {'retry-after': '3', 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(testNow / 1000 + 3)}, body: {_error: {status: 429, title: 'Too Many Requests', message: 'Rate limit exceeded'}}};
		const {front, waits} = await open([route('GET', '/conversations/cnv_yo1kg5q', limited, ok(frontFixture('conversation.json')))]);
		const conversation = await front.getConversation('cnv_yo1kg5q');
		expect(conversation.messages).toHaveLength(4);
		expect(waits).toEqual([3000]);
	});

	it('waits for X-RateLimit-Reset when a success says the window is used up', async () => {
		const closing = ok(frontFixture('teammate.json'), {'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(testNow / 1000 + 5)});
		const {front, waits} = await open([route('GET', /^\/teammates\/alt/, closing)]);
		await front.whoami();
		await front.listAgents();
		expect(waits).toEqual([5000]);
	});

	it('sends a reply once and confirms it through the message alias', async () => {
		const {front, server} = await open([]);
		const message = await front.reply('cnv_yo1kg5q', {body: 'Refund issued.'});
		expect(message.id).toBe('msg_1q15qr4e');
		expect(server.requests.filter(request => request.method === 'POST').map(request => request.path)).toEqual(['/conversations/cnv_yo1kg5q/messages']);
		expect(server.requests.at(-1)?.path).toBe('/messages/alt%3Auid%3A5cef987d28f4b29dbf4f23a1ggo52d81');
	});

	it('turns a revoked token into one actionable auth error with Front\'s message', async () => {
		const {front} = await open([route('GET', /^\/conversations\/search\//, {status: 401, body: frontFixture('error-401.json')})]);
		const error = await rejection(front.listQueue({}));
		expect(error.code).toBe('auth');
		expect(error.message).toBe('token rejected by Front (HTTP 401: Invalid token): run `deskterm login front`');
	});
});
