// The Zammad adapter through the real HTTP client against a spec-conformant server on 127.0.0.1.
import {describe, expect, it} from 'vitest';
import {createZammadProvider} from '../../../source/providers/zammad/zammad-provider.js';
import {parseZammadSettings} from '../../../source/providers/zammad/zammad-settings.js';
import {contractProblems, openApiContract, readOpenApi} from '../../helpers/openapi-contract.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {specHttp} from '../../helpers/spec-http.js';
import {searchPage, secrets, testNow, token, zammadFixture, zammadRoutes, zammadSpecPath} from './zammad-routes.js';

const openHttp = specHttp({provider: 'Zammad', token, startAt: testNow, basePath: '/api/v1'});

async function open(routes: FixtureRoute[]) {
	const {server, http, waits, clock} = await openHttp([...routes, ...zammadRoutes()]);
	const settings = parseZammadSettings({url: server.url});
	return {zammad: createZammadProvider({settings, secrets, http, clock}), waits, server};
}

const pageOf = (request: {query?: Record<string, unknown>}) => request.query?.['page'];
const isSearch = (request: {path: string}) => request.path === '/tickets/search';

describe('Zammad over HTTP', () => {
	it('lists a queue over several pages, each request following the schema set', async () => {
		const {zammad, server} = await open([
			{...route('GET', '/tickets/search', ok(searchPage(100, 1))), when: request => pageOf(request) === '1'},
			{...route('GET', '/tickets/search', ok(searchPage(100, 101))), when: request => pageOf(request) === '2'},
			{...route('GET', '/tickets/search', ok(searchPage(20, 201))), when: request => pageOf(request) === '3'},
		]);
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await zammad.listQueue({limit: 100, ...(cursor === undefined ? {} : {cursor})});
			ids.push(...page.conversations.map(row => row.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		expect(ids).toHaveLength(220);
		expect(new Set(ids).size).toBe(220);
		const searches = server.requests.filter(isSearch);
		expect(searches.map(pageOf)).toEqual(['1', '2', '3']);
		expect(searches[0]?.headers?.['authorization']).toBe(`Token token=${token}`);
		expect(contractProblems(openApiContract(readOpenApi(zammadSpecPath)), server.requests)).toEqual([]);
	});

	it('waits out a 429 for Retry-After, then reads the ticket', async () => {
		const limited = {status: 429, headers: {'retry-after': '4'}, body: {error: 'Too many requests'}};
		const {zammad, waits} = await open([route('GET', '/tickets/42', limited, ok(zammadFixture('ticket-42.json')))]);
		const conversation = await zammad.getConversation('42');
		expect(conversation.messages).toHaveLength(4);
		expect(waits).toEqual([4000]);
	});

	it('sends an article once, even when the answer is a server error', async () => {
		const {zammad, server} = await open([route('POST', '/ticket_articles', {status: 503, body: {error: 'Service unavailable'}})]);
		await rejection(zammad.addNote('42', {body: 'Refunded in Stripe.'}));
		expect(server.requests.filter(request => request.method === 'POST')).toHaveLength(1);
	});

	it('turns a rejected token into one actionable auth error with Zammad\'s message', async () => {
		const {zammad} = await open([route('GET', '/ticket_states', {status: 401, body: zammadFixture('error-401.json')})]);
		const error = await rejection(zammad.listQueue({}));
		expect(error.code).toBe('auth');
		expect(error.message).toBe('token rejected by Zammad (HTTP 401: Invalid token!): run `deskterm login zammad`');
		expect(error.message).not.toContain(token);
	});
});
