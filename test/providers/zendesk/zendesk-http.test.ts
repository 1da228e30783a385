// The Zendesk adapter through the real HTTP client against a spec-conformant server on 127.0.0.1/api/v2.
import {describe, expect, it} from 'vitest';
import {DeskError} from '../../../source/domain/errors.js';
import {createZendeskProvider} from '../../../source/providers/zendesk/zendesk-provider.js';
import {parseZendeskSettings} from '../../../source/providers/zendesk/zendesk-settings.js';
import {contractProblems, openApiContract, readOpenApi} from '../../helpers/openapi-contract.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {specHttp} from '../../helpers/spec-http.js';
import {exportPage, secrets, testNow, token, zendeskFixture, zendeskRoutes, zendeskSpecPath} from './zendesk-routes.js';

const openHttp = specHttp({provider: 'Zendesk', token, startAt: testNow, basePath: '/api/v2'});

async function open(routes: FixtureRoute[]) {
	const {server, http, waits, clock} = await openHttp([...routes, ...zendeskRoutes()]);
	const settings = parseZendeskSettings({url: server.url.replace(/\/api\/v2$/, ''), email: 'dana@example.com'});
	return {zendesk: createZendeskProvider({settings, secrets, http, clock}), waits, server};
}

describe('Zendesk over HTTP', () => {
	it('lists a queue over several cursor pages, each request following the schema set', async () => {
		const {zendesk, server} = await open([
			{...route('GET', '/search/export', ok(exportPage(100, 1000, 'c2'))), when: request => request.query?.['page[after]'] === undefined},
			{...route('GET', '/search/export', ok(exportPage(100, 1100, 'c3'))), when: request => request.query?.['page[after]'] === 'c2'},
			{...route('GET', '/search/export', ok(exportPage(7, 1200))), when: request => request.query?.['page[after]'] === 'c3'},
		]);
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await zendesk.listQueue(cursor === undefined ? {} : {cursor});
			ids.push(...page.conversations.map(row => row.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		expect(ids).toHaveLength(207);
		expect(new Set(ids).size).toBe(207);
		const searches = server.requests.filter(request => request.path === '/search/export');
		expect(searches.map(request => request.query?.['page[after]'])).toEqual([undefined, 'c2', 'c3']);
		expect(searches[0]?.headers?.['authorization']).toBe(`Basic ${Buffer.from(`dana@example.com/token:${token}`).toString('base64')}`);
		expect(contractProblems(openApiContract(readOpenApi(zendeskSpecPath)), server.requests)).toEqual([]);
	});

	it('waits out a 429 with Retry-After, then reads the ticket', async () => {
		const {zendesk, waits} = await open([
			route('GET', '/tickets/35436', {status: 429, headers: {'retry-after': '12'}, body: {error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded'}}, ok(zendeskFixture('ticket-35436.json'))),
		]);
		const conversation = await zendesk.getConversation('35436');
		expect(conversation.subject).toBe('Charged twice for November');
		expect(waits).toEqual([12_000]);
	});

	it('turns a revoked token into one actionable auth error', async () => {
		const {zendesk} = await open([route('GET', '/users/me', {status: 401, body: zendeskFixture('error-401.json')})]);
		const error = await rejection(zendesk.whoami());
		expect(error.code).toBe('auth');
		expect(error.message).toBe("token rejected by Zendesk (HTTP 401: Couldn't authenticate you): run `deskterm login zendesk`");
	});

	it('sends a reply once even when the server fails, and says it may have been carried out', async () => {
		const {zendesk, server} = await open([route('PUT', '/tickets/35436', {status: 500, body: {error: 'InternalError'}})]);
		const error = await zendesk.reply('35436', {body: 'Refund issued.'}).catch((caught: unknown) => caught);
		expect((error as DeskError).code).toBe('unavailable');
		expect((error as DeskError).retryable).toBe(false);
		expect(server.requests.filter(request => request.method === 'PUT')).toHaveLength(1);
	});
});
