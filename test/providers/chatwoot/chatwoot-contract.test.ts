// Every request the Chatwoot adapter sends and every fixture response, checked against Chatwoot's
// published OpenAPI 3.1 document (../shared/specs/chatwoot/application_swagger.json).
import {beforeAll, describe, expect, it} from 'vitest';
import {createChatwootProvider} from '../../../source/providers/chatwoot/chatwoot-provider.js';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable, type OpenApiContract} from '../../helpers/openapi-contract.js';
import {recordingHttp} from '../../helpers/spec-server.js';
import {amendChatwootSpec, chatwootFixture, chatwootRoutes, chatwootSpecPath, secrets, settings, testNow} from './chatwoot-routes.js';

const available = specAvailable(chatwootSpecPath);
if (!available) console.log(`Chatwoot contract tests not run: ${chatwootSpecPath} is absent (../shared/specs is not checked out)`);

const account = '/api/v1/accounts/{account_id}';

/** A working day's worth of calls: every method of the adapter, with the variations that change requests. */
async function session(): Promise<HttpRequest[]> {
	const recorded = recordingHttp(chatwootRoutes(), 'Chatwoot');
	let now = testNow;
	const chatwoot = createChatwootProvider({settings, secrets, http: recorded.http, clock: () => now});
	await chatwoot.whoami();
	await chatwoot.listAgents();
	await chatwoot.listQueue({});
	await chatwoot.listQueue({assignee: 'unassigned', team: 'none', tag: 'vip', cursor: '2'});
	await chatwoot.listQueue({assignee: '5', team: '2', statuses: ['closed']});
	await chatwoot.listQueue({text: 'invoice', assignee: 'me', team: '2', tag: 'billing'});
	const cursor = (await chatwoot.changesSince(null)).cursor;
	now += 30_000;
	await chatwoot.changesSince(cursor);
	const conversation = await chatwoot.getConversation('42');
	await chatwoot.reply('42', {body: 'Refund issued.', expectedVersion: conversation.version});
	await chatwoot.addNote('42', {body: 'Refunded in Stripe.'});
	await chatwoot.assign('42', {agentId: '5', teamId: '2'});
	await chatwoot.assign('42', {agentId: null, teamId: null});
	await chatwoot.setStatus('42', {status: 'snoozed', until: testNow + 86_400_000});
	await chatwoot.setStatus('42', {status: 'closed'});
	await chatwoot.setPriority('42', 'urgent');
	await chatwoot.updateTags('42', {add: ['vip'], remove: ['billing']});
	await chatwoot.listSavedReplies!();
	return recorded.requests;
}

describe.runIf(available)('Chatwoot contract (application_swagger.json, OpenAPI 3.1)', () => {
	let contract: OpenApiContract;
	let requests: HttpRequest[];

	beforeAll(async () => {
		const document = readOpenApi(chatwootSpecPath);
		amendChatwootSpec(document);
		contract = openApiContract(document);
		requests = await session();
	});

	it('sends only documented operations, parameters and bodies, each with the api_access_token header', () => {
		expect(contractProblems(contract, requests)).toEqual([]);
	});

	it('covers every operation the adapter uses', () => {
		const operations = new Set(requests.map(request => contract.match(request.method, request.path)?.key));
		expect([...operations].sort()).toEqual(
			[
				'GET /api/v1/profile',
				`GET ${account}/agents`,
				`GET ${account}/teams`,
				`GET ${account}/teams/{team_id}/team_members`,
				`POST ${account}/conversations/filter`,
				`GET ${account}/conversations`,
				`GET ${account}/conversations/{conversation_id}`,
				`GET ${account}/conversations/{conversation_id}/messages`,
				`GET ${account}/contacts/{id}`,
				`POST ${account}/conversations/{conversation_id}/messages`,
				`POST ${account}/conversations/{conversation_id}/assignments`,
				`POST ${account}/conversations/{conversation_id}/toggle_status`,
				`POST ${account}/conversations/{conversation_id}/toggle_priority`,
				`GET ${account}/conversations/{conversation_id}/labels`,
				`POST ${account}/conversations/{conversation_id}/labels`,
				`GET ${account}/canned_responses`,
			].sort(),
		);
	});

	it.each([
		['profile.json', 'GET', '/api/v1/profile'],
		['agents.json', 'GET', '/api/v1/accounts/1/agents'],
		['teams.json', 'GET', '/api/v1/accounts/1/teams'],
		['team-members-2.json', 'GET', '/api/v1/accounts/1/teams/2/team_members'],
		['conversation-list.json', 'GET', '/api/v1/accounts/1/conversations'],
		['conversation-list.json', 'POST', '/api/v1/accounts/1/conversations/filter'],
		['conversation-42.json', 'GET', '/api/v1/accounts/1/conversations/42'],
		['messages-42.json', 'GET', '/api/v1/accounts/1/conversations/42/messages'],
		['messages-empty.json', 'GET', '/api/v1/accounts/1/conversations/42/messages'],
		['contact-7.json', 'GET', '/api/v1/accounts/1/contacts/7'],
		['message-created.json', 'POST', '/api/v1/accounts/1/conversations/42/messages'],
		['assignment.json', 'POST', '/api/v1/accounts/1/conversations/42/assignments'],
		['toggle-status.json', 'POST', '/api/v1/accounts/1/conversations/42/toggle_status'],
		['labels-42.json', 'GET', '/api/v1/accounts/1/conversations/42/labels'],
		['canned-responses.json', 'GET', '/api/v1/accounts/1/canned_responses'],
	])('fixture %s matches the %s %s response schema', (file, method, path) => {
		expect(contract.checkResponse(method, path, 200, chatwootFixture(file))).toEqual([]);
	});

	it('fails a request whose body field name is broken', () => {
		const reply = requests.find(request => request.method === 'POST' && request.path.endsWith('/messages'))!;
		const {private: isPrivate, ...rest} = reply.json as Record<string, unknown>;
		const broken = {...reply, json: {...rest, is_private: isPrivate}};
		expect(contract.checkRequest(broken).join('\n')).toMatch(/must NOT have unevaluated properties \("is_private"\)/);
	});

	it('fails a request with an undocumented query parameter or a wrong path', () => {
		const list = requests.find(request => request.method === 'GET' && request.path === '/api/v1/accounts/1/conversations')!;
		expect(contract.checkRequest({...list, query: {...list.query, per_page: 100}})).toEqual([
			`GET ${account}/conversations: query parameter "per_page" is not in the specification`,
		]);
		expect(contract.checkRequest({method: 'POST', path: '/api/v1/accounts/1/conversations/42/status'})[0]).toMatch(/no such operation/);
	});

	it('fails a request without the token header', () => {
		const list = requests[0]!;
		expect(contract.checkRequest({...list, headers: {}}).join('\n')).toMatch(/no credentials/);
	});

	it('fails a fixture whose field has the wrong type', () => {
		const conversation = {...chatwootFixture<Record<string, unknown>>('conversation-42.json'), status: 'closed', created_at: '2026-11-26'};
		const problems = contract.checkResponse('GET', '/api/v1/accounts/1/conversations/42', 200, conversation);
		expect(problems.join('\n')).toMatch(/status must be equal to one of the allowed values/);
		expect(problems.join('\n')).toMatch(/created_at must be number/);
	});
});
