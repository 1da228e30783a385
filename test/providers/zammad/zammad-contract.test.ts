// Every request the Zammad adapter sends and every fixture response, checked against the schema set written by
// us from Zammad's API documentation (test/fixtures/zammad/zammad-api.openapi.json, see SOURCE.md there).
import {beforeAll, describe, expect, it} from 'vitest';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {createZammadProvider} from '../../../source/providers/zammad/zammad-provider.js';
import {contractProblems, openApiContract, readOpenApi, type OpenApiContract} from '../../helpers/openapi-contract.js';
import {recordingHttp} from '../../helpers/spec-server.js';
import {secrets, settings, testNow, zammadFixture, zammadRoutes, zammadSpecPath} from './zammad-routes.js';

/** Every method of the adapter, with the variations that change requests. */
async function session(): Promise<HttpRequest[]> {
	const recorded = recordingHttp(zammadRoutes(), 'Zammad');
	const zammad = createZammadProvider({settings, secrets, http: recorded.http, clock: () => testNow});
	await zammad.whoami();
	await zammad.listAgents();
	await zammad.listQueue({});
	await zammad.listQueue({assignee: 'me', team: '2', tag: 'billing', text: 'refund', statuses: ['closed'], cursor: '3', limit: 25});
	await zammad.changesSince(String(testNow - 3_600_000));
	await zammad.getConversation('42');
	await zammad.reply('42', {body: 'Refund issued.'});
	await zammad.addNote('42', {body: 'Refunded in Stripe.'});
	await zammad.assign('42', {agentId: '6', teamId: '3'});
	await zammad.setStatus('42', {status: 'snoozed', until: testNow + 86_400_000});
	await zammad.setStatus('42', {status: 'closed'});
	await zammad.setPriority('42', 'high');
	await zammad.updateTags('42', {add: ['vip'], remove: ['billing']});
	await zammad.listSavedReplies!();
	for await (const fact of zammad.iterateMetricFacts!({from: Date.UTC(2026, 10, 25), until: testNow})) expect(fact.id).toBe('42');
	return recorded.requests;
}

describe('Zammad contract (zammad-api.openapi.json)', () => {
	let contract: OpenApiContract;
	let requests: HttpRequest[];

	beforeAll(async () => {
		contract = openApiContract(readOpenApi(zammadSpecPath));
		requests = await session();
	});

	it('sends only documented operations, parameters and bodies, with the token header', () => {
		expect(contractProblems(contract, requests)).toEqual([]);
		expect(requests.every(request => request.headers?.['Authorization'] === `Token token=${secrets.token}`)).toBe(true);
	});

	it('covers every operation the adapter uses', () => {
		const operations = new Set(requests.map(request => contract.match(request.method, request.path)?.key));
		expect([...operations].sort()).toEqual(
			[
				'GET /users/me',
				'GET /users',
				'GET /users/{user_id}',
				'GET /groups',
				'GET /ticket_states',
				'GET /tickets/search',
				'GET /tickets/{ticket_id}',
				'PUT /tickets/{ticket_id}',
				'GET /ticket_articles/by_ticket/{ticket_id}',
				'POST /ticket_articles',
				'GET /tags',
				'POST /tags/add',
				'DELETE /tags/remove',
				'GET /text_modules',
				'GET /macros',
				'GET /tickets/{ticket_id}/time_accountings',
			].sort(),
		);
	});

	it.each([
		['me.json', 'GET', '/users/me', 200],
		['users.json', 'GET', '/users', 200],
		['user-17.json', 'GET', '/users/17', 200],
		['groups.json', 'GET', '/groups', 200],
		['ticket-states.json', 'GET', '/ticket_states', 200],
		['search.json', 'GET', '/tickets/search', 200],
		['search-closed.json', 'GET', '/tickets/search', 200],
		['ticket-42.json', 'GET', '/tickets/42', 200],
		['articles-42.json', 'GET', '/ticket_articles/by_ticket/42', 200],
		['article-reply.json', 'POST', '/ticket_articles', 201],
		['article-note.json', 'POST', '/ticket_articles', 201],
		['tags-42.json', 'GET', '/tags', 200],
		['text-modules.json', 'GET', '/text_modules', 200],
		['macros.json', 'GET', '/macros', 200],
		['time-accountings-42.json', 'GET', '/tickets/42/time_accountings', 200],
		['error-401.json', 'GET', '/tickets/42', 401],
		['error-422.json', 'PUT', '/tickets/42', 422],
	])('fixture %s matches the %s %s response %s schema', (file, method, path, status) => {
		expect(contract.checkResponse(method, path, status, zammadFixture(file))).toEqual([]);
	});

	it('fails an article whose field name is broken, and a request without credentials', () => {
		const note = requests.find(request => request.method === 'POST' && (request.json as {internal: boolean}).internal)!;
		const {ticket_id: ticket, ...rest} = note.json as Record<string, unknown>;
		expect(contract.checkRequest({...note, json: {...rest, ticketId: ticket}}).join('\n')).toMatch(/unevaluated properties \("ticketId"\)/);
		expect(contract.checkRequest({...note, headers: {}}).join('\n')).toMatch(/no credentials/);
	});

	it('fails a fixture whose documented field is renamed or mistyped', () => {
		const {state_id: state, ...renamed} = zammadFixture<Record<string, unknown>>('ticket-42.json');
		expect(contract.checkResponse('GET', '/tickets/42', 200, {...renamed, stateId: state}).join('\n')).toMatch(/required property 'state_id'/);
		const mistyped = {...zammadFixture<Record<string, unknown>>('ticket-42.json'), owner_id: '5'};
		expect(contract.checkResponse('GET', '/tickets/42', 200, mistyped).join('\n')).toMatch(/owner_id must be integer/);
	});

	it('fails a time accounting entry whose documented field is renamed or not a decimal', () => {
		const [entry] = zammadFixture<Array<Record<string, unknown>>>('time-accountings-42.json');
		const {time_unit: unit, ...renamed} = entry!;
		expect(contract.checkResponse('GET', '/tickets/42/time_accountings', 200, [{...renamed, minutes: unit}]).join('\n')).toMatch(/required property 'time_unit'/);
		expect(contract.checkResponse('GET', '/tickets/42/time_accountings', 200, [{...entry, time_unit: '15 min'}]).join('\n')).toMatch(/time_unit must match pattern/);
	});
});
