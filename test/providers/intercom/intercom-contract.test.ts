// Every request the Intercom adapter sends and every fixture response, checked against Intercom's
// published OpenAPI description for API 2.16 (../shared/specs/intercom/openapi.yaml).
import {beforeAll, describe, expect, it} from 'vitest';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {createIntercomProvider} from '../../../source/providers/intercom/intercom-provider.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable, type OpenApiContract} from '../../helpers/openapi-contract.js';
import {recordingHttp} from '../../helpers/spec-server.js';
import {intercomFixture, intercomRoutes, intercomSpecPath, secrets, settings, testNow} from './intercom-routes.js';

const available = specAvailable(intercomSpecPath);
if (!available) console.log(`Intercom contract tests not run: ${intercomSpecPath} is absent (../shared/specs is not checked out)`);

/** Every method of the adapter, with the variations that change requests. */
async function session(): Promise<HttpRequest[]> {
	const recorded = recordingHttp(intercomRoutes(), 'Intercom');
	const intercom = createIntercomProvider({settings, secrets, http: recorded.http, clock: () => testNow});
	await intercom.whoami();
	await intercom.listAgents();
	await intercom.listQueue({});
	await intercom.listQueue({assignee: 'me', team: 'none', tag: 'billing', text: 'refund', statuses: ['open', 'closed'], cursor: 'WzE3OTU2', limit: 25});
	await intercom.changesSince('1795680000');
	const conversation = await intercom.getConversation('1001');
	await intercom.reply('1001', {body: 'Refund issued.', expectedVersion: conversation.version});
	await intercom.addNote('1001', {body: 'Refunded in Stripe.'});
	await intercom.assign('1001', {agentId: '814861', teamId: '5002'});
	await intercom.assign('1001', {agentId: null, teamId: null});
	await intercom.setStatus('1001', {status: 'snoozed', until: testNow + 86_400_000});
	await intercom.setStatus('1001', {status: 'closed'});
	await intercom.setStatus('1001', {status: 'open'});
	await intercom.updateTags('1001', {add: ['vip', 'refund'], remove: ['billing']});
	await intercom.listSavedReplies!();
	return recorded.requests;
}

describe.runIf(available)('Intercom contract (openapi.yaml, API 2.16)', () => {
	let contract: OpenApiContract;
	let requests: HttpRequest[];

	beforeAll(async () => {
		contract = openApiContract(readOpenApi(intercomSpecPath));
		requests = await session();
	});

	it('sends only documented operations, parameters and bodies, with the bearer token and Intercom-Version 2.16', () => {
		expect(contractProblems(contract, requests)).toEqual([]);
		expect(requests.every(request => request.headers?.['Intercom-Version'] === '2.16')).toBe(true);
	});

	it('names the acting admin on every write', () => {
		const writes = requests.filter(request => request.method !== 'GET' && !request.path.endsWith('/search') && request.path !== '/tags');
		expect(writes.length).toBeGreaterThan(8);
		expect(writes.every(request => (request.json as {admin_id?: string}).admin_id === '814860')).toBe(true);
	});

	it('covers every operation the adapter uses', () => {
		const operations = new Set(requests.map(request => contract.match(request.method, request.path)?.key));
		expect([...operations].sort()).toEqual(
			[
				'GET /me',
				'GET /admins',
				'GET /teams',
				'GET /tags',
				'POST /tags',
				'POST /conversations/search',
				'POST /contacts/search',
				'GET /conversations/{conversation_id}',
				'GET /contacts/{contact_id}',
				'GET /companies/{company_id}',
				'POST /conversations/{conversation_id}/reply',
				'POST /conversations/{conversation_id}/parts',
				'POST /conversations/{conversation_id}/tags',
				'DELETE /conversations/{conversation_id}/tags/{tag_id}',
				'GET /macros',
			].sort(),
		);
	});

	it.each([
		['me.json', 'GET', '/me', 200],
		['admins.json', 'GET', '/admins', 200],
		['teams.json', 'GET', '/teams', 200],
		['tags.json', 'GET', '/tags', 200],
		['tag-created.json', 'POST', '/tags', 200],
		['conversation-list.json', 'POST', '/conversations/search', 200],
		['contact-search.json', 'POST', '/contacts/search', 200],
		['conversation-1001.json', 'GET', '/conversations/1001', 200],
		['contact.json', 'GET', '/contacts/6762f0d51bb69f9f2193bb7f', 200],
		['company.json', 'GET', '/companies/6762f0d51bb69f9f2193bc00', 200],
		['reply-response.json', 'POST', '/conversations/1001/reply', 200],
		['conversation-1001.json', 'POST', '/conversations/1001/parts', 200],
		['tag-applied.json', 'POST', '/conversations/1001/tags', 200],
		['tag-applied.json', 'DELETE', '/conversations/1001/tags/72', 200],
		['macros.json', 'GET', '/macros', 200],
		['error-401.json', 'GET', '/conversations/1001', 401],
	])('fixture %s matches the %s %s response %s schema', (file, method, path, status) => {
		expect(contract.checkResponse(method, path, status, intercomFixture(file))).toEqual([]);
	});

	it('fails a write whose field name is broken', () => {
		const reply = requests.find(request => request.path.endsWith('/reply'))!;
		const {admin_id: admin, ...rest} = reply.json as Record<string, unknown>;
		expect(contract.checkRequest({...reply, json: {...rest, adminId: admin}}).join('\n')).toMatch(/required property 'admin_id'|unevaluated properties \("adminId"\)/);
	});

	it('fails a search with an operator Intercom does not have, and a request without the version', () => {
		const search = requests.find(request => request.path === '/conversations/search')!;
		const broken = {...search, json: {query: {field: 'state', operator: 'in', value: ['open']}}};
		expect(contract.checkRequest(broken).length).toBeGreaterThan(0);
		expect(contract.checkRequest({...search, headers: {...search.headers, 'Intercom-Version': '3.0'}}).join('\n')).toMatch(/header Intercom-Version must be equal to one of the allowed values/);
	});

	it('fails a fixture whose field has the wrong type', () => {
		const conversation = {...intercomFixture<Record<string, unknown>>('conversation-1001.json'), state: 'pending', admin_assignee_id: '814860'};
		const problems = contract.checkResponse('GET', '/conversations/1001', 200, conversation).join('\n');
		expect(problems).toMatch(/state must be equal to one of the allowed values/);
		expect(problems).toMatch(/admin_assignee_id must be integer/);
	});
});
