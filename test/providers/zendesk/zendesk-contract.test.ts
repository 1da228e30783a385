// Every request the Zendesk adapter sends and every fixture response, checked against the schema set
// written from Zendesk's public API reference (test/fixtures/zendesk/zendesk-api.openapi.json, SOURCE.md).
import {beforeAll, describe, expect, it} from 'vitest';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {createZendeskProvider} from '../../../source/providers/zendesk/zendesk-provider.js';
import {parseZendeskSettings} from '../../../source/providers/zendesk/zendesk-settings.js';
import {contractProblems, openApiContract, readOpenApi, type OpenApiContract} from '../../helpers/openapi-contract.js';
import {recordingHttp} from '../../helpers/spec-server.js';
import {secrets, settings, testNow, zendeskFixture, zendeskRoutes, zendeskSpecPath} from './zendesk-routes.js';

/** Every method of the adapter, with the variations that change requests, as an API-token and an OAuth user. */
async function session(): Promise<HttpRequest[]> {
	const recorded = recordingHttp(zendeskRoutes(), 'Zendesk');
	const zendesk = createZendeskProvider({settings, secrets, http: recorded.http, clock: () => testNow});
	await zendesk.whoami();
	await zendesk.listQueue({});
	await zendesk.listQueue({assignee: '361002', team: 'none', tag: 'vip', text: 'refund', statuses: ['closed'], cursor: 'eyJvIjoiMiJ9', limit: 25});
	await zendesk.changesSince(`since:${testNow / 1000 - 3600}`);
	await zendesk.changesSince('export:MTc5NTY4MzYwMC4wfHwzNTQzN3w=');
	await zendesk.changesSince('search:1795680000');
	const conversation = await zendesk.getConversation('35436');
	await zendesk.reply('35436', {body: 'Refund issued.', expectedVersion: conversation.version});
	await zendesk.addNote('35436', {body: 'Refunded in Stripe.'});
	await zendesk.assign('35436', {agentId: '361002', teamId: null});
	await zendesk.setStatus('35436', {status: 'pending'});
	await zendesk.setPriority('35436', 'low');
	await zendesk.updateTags('35436', {add: ['vip'], remove: ['billing']});
	await zendesk.listSavedReplies!();
	const oauth = recordingHttp(zendeskRoutes(), 'Zendesk');
	await createZendeskProvider({settings: parseZendeskSettings({url: 'acme'}), secrets, http: oauth.http, clock: () => testNow}).whoami();
	return [...recorded.requests, ...oauth.requests];
}

describe('Zendesk contract (schema set from the public API reference)', () => {
	let contract: OpenApiContract;
	let requests: HttpRequest[];

	beforeAll(async () => {
		contract = openApiContract(readOpenApi(zendeskSpecPath));
		requests = await session();
	});

	it('sends only documented operations, parameters and bodies, each with Basic or bearer credentials', () => {
		expect(contractProblems(contract, requests)).toEqual([]);
		expect(requests.at(-1)?.headers?.['Authorization']).toMatch(/^Bearer /);
	});

	it('covers every operation the adapter uses', () => {
		const operations = new Set(requests.map(request => contract.match(request.method, request.path)?.key));
		expect([...operations].sort()).toEqual(
			[
				'GET /users/me',
				'GET /users',
				'GET /users/show_many',
				'GET /groups',
				'GET /group_memberships',
				'GET /search/export',
				'GET /search',
				'GET /incremental/tickets/cursor',
				'GET /tickets/{ticket_id}',
				'GET /tickets/{ticket_id}/comments',
				'PUT /tickets/{ticket_id}',
				'GET /macros',
			].sort(),
		);
	});

	it.each([
		['me.json', 'GET', '/users/me', 200],
		['agents.json', 'GET', '/users', 200],
		['users-show-many.json', 'GET', '/users/show_many', 200],
		['groups.json', 'GET', '/groups', 200],
		['group-memberships.json', 'GET', '/group_memberships', 200],
		['search-export.json', 'GET', '/search/export', 200],
		['search-updated.json', 'GET', '/search', 200],
		['incremental-1.json', 'GET', '/incremental/tickets/cursor', 200],
		['incremental-2.json', 'GET', '/incremental/tickets/cursor', 200],
		['ticket-35436.json', 'GET', '/tickets/35436', 200],
		['comments-35436.json', 'GET', '/tickets/35436/comments', 200],
		['update-reply.json', 'PUT', '/tickets/35436', 200],
		['update-fields.json', 'PUT', '/tickets/35436', 200],
		['macros.json', 'GET', '/macros', 200],
		['error-401.json', 'GET', '/users/me', 401],
		['error-409.json', 'PUT', '/tickets/35436', 409],
	])('fixture %s matches the %s %s response %s schema', (file, method, path, status) => {
		expect(contract.checkResponse(method, path, status, zendeskFixture(file))).toEqual([]);
	});

	it('fails an update whose field name is broken, or whose status Zendesk does not have', () => {
		const reply = requests.find(request => request.method === 'PUT' && JSON.stringify(request.json).includes('comment'))!;
		const {safe_update: safe, ...ticket} = (reply.json as {ticket: Record<string, unknown>}).ticket;
		expect(contract.checkRequest({...reply, json: {ticket: {...ticket, safeUpdate: safe}}}).join('\n')).toMatch(/unevaluated properties \("safeUpdate"\)/);
		expect(contract.checkRequest({...reply, json: {ticket: {status: 'snoozed'}}}).join('\n')).toMatch(/status must be equal to one of the allowed values/);
	});

	it('fails a list request with a page size over 100 or an unknown parameter', () => {
		const search = requests.find(request => request.path === '/search/export')!;
		expect(contract.checkRequest({...search, query: {...search.query, 'page[size]': 500}}).join('\n')).toMatch(/page\[size\] must be <= 100/);
		expect(contract.checkRequest({...search, query: {...search.query, per_page: 100}})).toEqual(['GET /search/export: query parameter "per_page" is not in the specification']);
	});

	it('fails a fixture whose field has the wrong type', () => {
		const shown = zendeskFixture<{ticket: Record<string, unknown>}>('ticket-35436.json');
		const problems = contract.checkResponse('GET', '/tickets/35436', 200, {...shown, ticket: {...shown.ticket, status: 'waiting', requester_id: '362001'}}).join('\n');
		expect(problems).toMatch(/status must be equal to one of the allowed values/);
		expect(problems).toMatch(/requester_id must be integer/);
	});

	it('checks requests that arrive over HTTP the same way (query values as text)', () => {
		expect(contract.checkRequest({method: 'GET', path: '/tickets/35436/comments', query: {include: 'users', 'page[size]': '100'}, headers: {authorization: 'Basic abc'}})).toEqual([]);
	});
});
