// Every request the Front adapter sends and every fixture response, checked against Front's published
// OpenAPI description of the Core API (../shared/specs/front/core-api.json).
import {beforeAll, describe, expect, it} from 'vitest';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {createFrontProvider} from '../../../source/providers/front/front-provider.js';
import {contractProblems, openApiContract, readOpenApi, specAvailable, type OpenApiContract} from '../../helpers/openapi-contract.js';
import {recordingHttp} from '../../helpers/spec-server.js';
import {frontFixture, frontRoutes, frontSpecPath, secrets, settings, testNow} from './front-routes.js';

const available = specAvailable(frontSpecPath);
if (!available) console.log(`Front contract tests not run: ${frontSpecPath} is absent (../shared/specs is not checked out)`);

/** Every method of the adapter, with the variations that change requests. */
async function session(): Promise<HttpRequest[]> {
	const recorded = recordingHttp(frontRoutes(), 'Front');
	const front = createFrontProvider({settings, secrets, http: recorded.http, clock: () => testNow, sleep: async () => {}});
	await front.whoami();
	await front.listAgents();
	await front.listQueue({});
	await front.listQueue({assignee: 'me', tag: 'billing', text: 'refund', statuses: ['closed'], cursor: '0|ce787da6f0', limit: 25});
	await front.listQueue({assignee: 'unassigned'});
	await front.changesSince('1795680000');
	await front.getConversation('cnv_yo1kg5q');
	await front.reply('cnv_yo1kg5q', {body: 'Refund issued.'});
	await front.addNote('cnv_yo1kg5q', {body: 'Refunded in Stripe.'});
	await front.assign('cnv_yo1kg5q', {agentId: 'tea_6r55b'});
	await front.setStatus('cnv_yo1kg5q', {status: 'snoozed', until: testNow + 86_400_000});
	await front.setStatus('cnv_yo1kg5q', {status: 'closed'});
	await front.setStatus('cnv_yo1kg5q', {status: 'open'});
	await front.updateTags('cnv_yo1kg5q', {add: ['vip', 'refund'], remove: ['billing']});
	await front.listSavedReplies!();
	return recorded.requests;
}

describe.runIf(available)('Front contract (core-api.json)', () => {
	let contract: OpenApiContract;
	let requests: HttpRequest[];

	beforeAll(async () => {
		contract = openApiContract(readOpenApi(frontSpecPath));
		requests = await session();
	});

	it('sends only documented operations, parameters and bodies, with the bearer token', () => {
		expect(contractProblems(contract, requests)).toEqual([]);
		expect(requests.every(request => request.headers?.['Authorization'] === `Bearer ${secrets.token}`)).toBe(true);
	});

	it('names the acting teammate on replies, comments and reminders, and never archives on reply', () => {
		const reply = requests.find(request => request.method === 'POST' && request.path.endsWith('/messages'))!;
		expect(reply.json).toEqual({author_id: 'tea_6r55a', body: 'Refund issued.', options: {archive: false}});
		expect((requests.find(request => request.method === 'POST' && request.path.endsWith('/comments'))!.json as {author_id: string}).author_id).toBe('tea_6r55a');
		expect((requests.find(request => request.path.endsWith('/reminders'))!.json as {teammate_id: string}).teammate_id).toBe('tea_6r55a');
	});

	it('covers every operation the adapter uses', () => {
		const operations = new Set(requests.map(request => contract.match(request.method, request.path)?.key));
		expect([...operations].sort()).toEqual(
			[
				'GET /teammates/{teammate_id}',
				'GET /teammates',
				'GET /teams',
				'GET /tags',
				'POST /tags',
				'GET /conversations/search/{query}',
				'GET /conversations/{conversation_id}',
				'GET /conversations/{conversation_id}/messages',
				'GET /conversations/{conversation_id}/comments',
				'POST /conversations/{conversation_id}/messages',
				'GET /messages/{message_id}',
				'POST /conversations/{conversation_id}/comments',
				'PUT /conversations/{conversation_id}/assignee',
				'PATCH /conversations/{conversation_id}',
				'PATCH /conversations/{conversation_id}/reminders',
				'POST /conversations/{conversation_id}/tags',
				'DELETE /conversations/{conversation_id}/tags',
				'GET /message_templates',
			].sort(),
		);
	});

	it.each([
		['teammate.json', 'GET', '/teammates/tea_6r55a', 200],
		['teammates.json', 'GET', '/teammates', 200],
		['teams.json', 'GET', '/teams', 200],
		['tags.json', 'GET', '/tags', 200],
		['tag-created.json', 'POST', '/tags', 201],
		['search.json', 'GET', '/conversations/search/is:open', 200],
		['search-snoozed.json', 'GET', '/conversations/search/is:snoozed', 200],
		['conversation.json', 'GET', '/conversations/cnv_yo1kg5q', 200],
		['messages.json', 'GET', '/conversations/cnv_yo1kg5q/messages', 200],
		['comments.json', 'GET', '/conversations/cnv_yo1kg5q/comments', 200],
		['message-accepted.json', 'POST', '/conversations/cnv_yo1kg5q/messages', 202],
		['message-sent.json', 'GET', '/messages/alt:uid:5cef987d28f4b29dbf4f23a1ggo52d81', 200],
		['comment-created.json', 'POST', '/conversations/cnv_yo1kg5q/comments', 201],
		['templates.json', 'GET', '/message_templates', 200],
	])('fixture %s matches the %s %s response %s schema', (file, method, path, status) => {
		expect(contract.checkResponse(method, path, status, frontFixture(file))).toEqual([]);
	});

	it('fails a reply whose field name is broken', () => {
		const reply = requests.find(request => request.method === 'POST' && request.path.endsWith('/messages'))!;
		const {author_id: author, ...rest} = reply.json as Record<string, unknown>;
		expect(contract.checkRequest({...reply, json: {...rest, authorId: author}}).join('\n')).toMatch(/unevaluated properties \("authorId"\)/);
		expect(contract.checkRequest({...reply, json: {author_id: author}}).join('\n')).toMatch(/required property 'body'/);
	});

	it('fails a status Front does not take, and a request without credentials', () => {
		const status = requests.find(request => request.method === 'PATCH' && !request.path.endsWith('/reminders'))!;
		expect(contract.checkRequest({...status, json: {status: 'closed'}}).join('\n')).toMatch(/status must be equal to one of the allowed values/);
		expect(contract.checkRequest({...status, headers: {}}).join('\n')).toMatch(/no credentials/);
	});

	it('fails a fixture whose documented field is renamed or mistyped', () => {
		const {recipient, ...renamed} = frontFixture<Record<string, unknown>>('conversation.json');
		expect(contract.checkResponse('GET', '/conversations/cnv_yo1kg5q', 200, {...renamed, contact: recipient}).join('\n')).toMatch(/required property 'recipient'/);
		const mistyped = {...frontFixture<Record<string, unknown>>('conversation.json'), status: 'open', created_at: '2026-11-26'};
		const problems = contract.checkResponse('GET', '/conversations/cnv_yo1kg5q', 200, mistyped).join('\n');
		expect(problems).toMatch(/status must be equal to one of the allowed values/);
		expect(problems).toMatch(/created_at must be number/);
	});
});
