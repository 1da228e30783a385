// Every request the Help Scout adapter sends and every fixture response, checked against the schema set
// written from Help Scout's public Mailbox API 2.0 reference (test/fixtures/helpscout/helpscout-api.openapi.json, SOURCE.md).
import {beforeAll, describe, expect, it} from 'vitest';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {createHelpscoutProvider} from '../../../source/providers/helpscout/helpscout-provider.js';
import {parseHelpscoutSettings} from '../../../source/providers/helpscout/helpscout-settings.js';
import {contractProblems, openApiContract, readOpenApi, type OpenApiContract} from '../../helpers/openapi-contract.js';
import {recordingHttp} from '../../helpers/spec-server.js';
import {appId, helpscoutFixture, helpscoutRoutes, helpscoutSpecPath, secrets, testNow} from './helpscout-routes.js';

/** Every method of the adapter, with the variations that change requests. */
async function session(): Promise<HttpRequest[]> {
	const recorded = recordingHttp(helpscoutRoutes(), 'Help Scout');
	const helpscout = createHelpscoutProvider({settings: parseHelpscoutSettings({appId, mailboxes: '85,86'}), secrets, http: recorded.http, clock: () => testNow});
	await helpscout.whoami();
	await helpscout.listQueue({});
	await helpscout.listQueue({assignee: 'me', tag: 'billing', text: 'refund', statuses: ['closed'], sort: 'waiting', cursor: '2', team: '85'});
	await helpscout.listQueue({statuses: ['open', 'closed'], sort: 'created'});
	await helpscout.changesSince('2026-11-20T00:00:00Z');
	const conversation = await helpscout.getConversation('1201');
	await helpscout.reply('1201', {body: 'Refund issued.', expectedVersion: conversation.version});
	await helpscout.addNote('1201', {body: 'Refunded in Stripe.'});
	await helpscout.assign('1201', {agentId: '902', teamId: '86'});
	await helpscout.assign('1201', {agentId: null});
	await helpscout.setStatus('1201', {status: 'closed'});
	await helpscout.updateTags('1201', {add: ['vip'], remove: ['billing']});
	await helpscout.listTeams();
	await helpscout.listSavedReplies!();
	return recorded.requests;
}

describe('Help Scout contract (schema set from the public API reference)', () => {
	let contract: OpenApiContract;
	let requests: HttpRequest[];

	beforeAll(async () => {
		contract = openApiContract(readOpenApi(helpscoutSpecPath));
		requests = await session();
	});

	it('sends only documented operations, parameters and bodies, each with a bearer token but the token exchange', () => {
		expect(contractProblems(contract, requests)).toEqual([]);
		expect(requests.filter(request => request.path !== '/oauth2/token').every(request => request.headers?.['Authorization'] === 'Bearer hs-access-token-1a2b3c')).toBe(true);
	});

	it('covers every operation the adapter uses', () => {
		const operations = new Set(requests.map(request => contract.match(request.method, request.path)?.key));
		expect([...operations].sort()).toEqual(
			[
				'POST /oauth2/token',
				'GET /users/me',
				'GET /users',
				'GET /mailboxes',
				'GET /conversations',
				'GET /conversations/{conversationId}',
				'GET /conversations/{conversationId}/threads',
				'POST /conversations/{conversationId}/reply',
				'POST /conversations/{conversationId}/notes',
				'PATCH /conversations/{conversationId}',
				'PUT /conversations/{conversationId}/tags',
				'GET /mailboxes/{mailboxId}/saved-replies',
				'GET /mailboxes/{mailboxId}/saved-replies/{savedReplyId}',
			].sort(),
		);
	});

	it.each([
		['token.json', 'POST', '/oauth2/token', 200],
		['token-refused.json', 'POST', '/oauth2/token', 401],
		['me.json', 'GET', '/users/me', 200],
		['users.json', 'GET', '/users', 200],
		['mailboxes.json', 'GET', '/mailboxes', 200],
		['conversations-open-1.json', 'GET', '/conversations', 200],
		['conversations-open-2.json', 'GET', '/conversations', 200],
		['conversations-changed.json', 'GET', '/conversations', 200],
		['conversation-1201.json', 'GET', '/conversations/1201', 200],
		['threads-1201.json', 'GET', '/conversations/1201/threads', 200],
		['saved-replies-85.json', 'GET', '/mailboxes/85/saved-replies', 200],
		['saved-replies-86.json', 'GET', '/mailboxes/86/saved-replies', 200],
		['saved-reply-41.json', 'GET', '/mailboxes/85/saved-replies/41', 200],
		['saved-reply-42.json', 'GET', '/mailboxes/86/saved-replies/42', 200],
		['error-401.json', 'GET', '/users/me', 401],
	])('fixture %s matches the %s %s response %s schema', (file, method, path, status) => {
		expect(contract.checkResponse(method, path, status, helpscoutFixture(file))).toEqual([]);
	});

	it('fails a reply whose field name is broken, or a status Help Scout does not have', () => {
		const reply = requests.find(request => request.path === '/conversations/1201/reply')!;
		const {text, ...rest} = reply.json as Record<string, unknown>;
		expect(contract.checkRequest({...reply, json: {...rest, body: text}}).join('\n')).toMatch(/must have required property 'text'/);
		const patch = requests.find(request => request.method === 'PATCH' && JSON.stringify(request.json).includes('/status'))!;
		expect(contract.checkRequest({...patch, json: {op: 'replace', path: '/status', value: 'snoozed'}})).not.toEqual([]);
	});

	it('fails a list request with an unknown parameter', () => {
		const list = requests.find(request => request.path === '/conversations')!;
		expect(contract.checkRequest({...list, query: {...list.query, per_page: 50}})).toEqual(['GET /conversations: query parameter "per_page" is not in the specification']);
	});

	it('fails a fixture whose documented field is renamed or has the wrong type', () => {
		const shown = helpscoutFixture<Record<string, unknown>>('conversation-1201.json');
		const {createdAt, ...rest} = shown;
		expect(contract.checkResponse('GET', '/conversations/1201', 200, {...rest, created_at: createdAt}).join('\n')).toMatch(/must have required property 'createdAt'/);
		expect(contract.checkResponse('GET', '/conversations/1201', 200, {...shown, status: 'open', mailboxId: '85'}).join('\n')).toMatch(/status must be equal to one of the allowed values[\s\S]*mailboxId must be integer|mailboxId must be integer[\s\S]*status must be equal/);
	});
});
