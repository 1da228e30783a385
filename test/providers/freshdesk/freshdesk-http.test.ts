// The Freshdesk adapter through the real HTTP client against a spec-conformant server on 127.0.0.1.
import {describe, expect, it} from 'vitest';
import {createFreshdeskProvider} from '../../../source/providers/freshdesk/freshdesk-provider.js';
import {parseFreshdeskSettings} from '../../../source/providers/freshdesk/freshdesk-settings.js';
import {contractProblems, openApiContract, readOpenApi} from '../../helpers/openapi-contract.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {specHttp} from '../../helpers/spec-http.js';
import {freshdeskFixture, freshdeskRoutes, freshdeskSpecPath, secrets, testNow, ticketPage, token} from './freshdesk-routes.js';

const openHttp = specHttp({provider: 'Freshdesk', token, startAt: testNow, basePath: '/api/v2'});

async function open(routes: FixtureRoute[]) {
	const {server, http, waits} = await openHttp([...routes, ...freshdeskRoutes()]);
	const settings = parseFreshdeskSettings({url: server.url.replace(/\/api\/v2$/, '')});
	return {freshdesk: createFreshdeskProvider({settings, secrets, http, clock: () => testNow}), waits, server};
}

const pageOf = (request: {query?: Record<string, unknown>}) => String(request.query?.['page']);
const limited = (seconds: string) => ({status: 429, headers: {'retry-after': seconds, 'x-ratelimit-total': '200', 'x-ratelimit-remaining': '0', 'x-ratelimit-used-currentrequest': '1'}, body: {code: 'rate_limited', message: 'You have exceeded the limit of requests per minute'}});

describe('Freshdesk over HTTP', () => {
	it('lists a queue over numbered pages while the Link header says more follow, each request following the reference', async () => {
		const {freshdesk, server} = await open([
			{...route('GET', '/tickets', ticketPage(100, 1000, true)), when: request => pageOf(request) === '1'},
			{...route('GET', '/tickets', ticketPage(100, 1100, true)), when: request => pageOf(request) === '2'},
			{...route('GET', '/tickets', ticketPage(20, 1200, false)), when: request => pageOf(request) === '3'},
		]);
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await freshdesk.listQueue({limit: 100, ...(cursor === undefined ? {} : {cursor})});
			ids.push(...page.conversations.map(row => row.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		expect(ids).toHaveLength(220);
		expect(new Set(ids).size).toBe(220);
		const lists = server.requests.filter(request => request.path === '/tickets');
		expect(lists.map(pageOf)).toEqual(['1', '2', '3']);
		expect(lists[0]?.query).toMatchObject({per_page: '100', updated_since: '1970-01-01T00:00:00Z', order_by: 'updated_at', order_type: 'desc'});
		expect(lists[0]?.headers?.['authorization']).toBe(`Basic ${Buffer.from(`${token}:X`).toString('base64')}`);
		expect(contractProblems(openApiContract(readOpenApi(freshdeskSpecPath)), server.requests)).toEqual([]);
	});

	it('waits out a 429 for Retry-After, then reads the ticket', async () => {
		const {freshdesk, waits} = await open([route('GET', '/tickets/20', limited('7'), ok(freshdeskFixture('ticket-20.json')))]);
		const conversation = await freshdesk.getConversation('20');
		expect(conversation.messages).toHaveLength(4);
		expect(waits).toEqual([7000]);
	});

	it('gives up with one rate_limited error when Retry-After asks longer than the client waits', async () => {
		const {freshdesk} = await open([route('GET', '/agents/me', limited('3600'))]);
		const error = await rejection(freshdesk.whoami());
		expect(error.code).toBe('rate_limited');
	});

	it('reads every page of conversations, following the Link header', async () => {
		const [first, second, third] = freshdeskFixture<unknown[]>('conversations-20.json');
		const next = {link: '<https://northwind.freshdesk.com/api/v2/tickets/20/conversations?page=2>; rel="next"'};
		const {freshdesk, server} = await open([
			{...route('GET', '/tickets/20/conversations', ok([first, second], next)), when: request => pageOf(request) === '1'},
			{...route('GET', '/tickets/20/conversations', ok([third])), when: request => pageOf(request) === '2'},
		]);
		const conversation = await freshdesk.getConversation('20');
		expect(conversation.messages.map(message => message.kind)).toEqual(['customer', 'agent', 'note', 'customer']);
		expect(server.requests.filter(request => request.path.endsWith('/conversations')).map(pageOf)).toEqual(['1', '2']);
	});

	it('sends a reply once, refusing it when the ticket moved since it was loaded', async () => {
		const {freshdesk, server} = await open([]);
		const message = await freshdesk.reply('20', {body: 'Refund issued.', expectedVersion: '2026-11-26T08:40:00Z'});
		expect(message).toMatchObject({id: '19000005010', kind: 'agent', authorName: 'Maya Okafor'});
		const stale = await rejection(freshdesk.reply('20', {body: 'Refund issued.', expectedVersion: '2026-11-25T00:00:00Z'}));
		expect(stale.code).toBe('conflict');
		expect(server.requests.filter(request => request.method === 'POST').map(request => request.path)).toEqual(['/tickets/20/reply']);
	});

	it('turns a rejected API key into one actionable auth error with Freshdesk\'s message', async () => {
		const {freshdesk} = await open([route('GET', '/tickets', {status: 401, body: freshdeskFixture('error-401.json')})]);
		const error = await rejection(freshdesk.listQueue({}));
		expect(error.code).toBe('auth');
		expect(error.message).toContain('deskterm login freshdesk');
		expect(error.message).toContain('You have to be logged in to perform this action.');
		expect(error.message).not.toContain(token);
	});
});
