// Every request the Freshdesk adapter sends and every fixture response, checked against the schema set
// written from Freshdesk's public API reference (test/fixtures/freshdesk/freshdesk-api.openapi.json, SOURCE.md).
import {beforeAll, describe, expect, it} from 'vitest';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {createFreshdeskProvider} from '../../../source/providers/freshdesk/freshdesk-provider.js';
import {contractProblems, openApiContract, readOpenApi, type OpenApiContract} from '../../helpers/openapi-contract.js';
import {recordingHttp} from '../../helpers/spec-server.js';
import {freshdeskFixture, freshdeskRoutes, freshdeskSpecPath, secrets, settings, testNow} from './freshdesk-routes.js';

/** Every method of the adapter, with the variations that change requests. */
async function session(): Promise<HttpRequest[]> {
	const recorded = recordingHttp(freshdeskRoutes(), 'Freshdesk');
	const freshdesk = createFreshdeskProvider({settings, secrets, http: recorded.http, clock: () => testNow});
	await freshdesk.whoami();
	await freshdesk.listTeams();
	await freshdesk.listQueue({});
	await freshdesk.listQueue({assignee: 'me', team: '19000002002', tag: 'billing', statuses: ['closed'], cursor: '2', limit: 25});
	await freshdesk.changesSince(String(testNow - 3_600_000));
	const conversation = await freshdesk.getConversation('20');
	await freshdesk.reply('20', {body: 'Refund issued.', expectedVersion: conversation.version});
	await freshdesk.addNote('20', {body: 'Refunded in Stripe.'});
	await freshdesk.assign('20', {agentId: '19000001002', teamId: null});
	await freshdesk.setStatus('20', {status: 'pending'});
	await freshdesk.setPriority('20', 'urgent');
	await freshdesk.updateTags('20', {add: ['vip'], remove: ['billing']});
	await freshdesk.listSavedReplies!();
	for await (const fact of freshdesk.iterateMetricFacts!({from: Date.UTC(2026, 10, 20), until: testNow})) expect(fact.id).toMatch(/^\d+$/);
	return recorded.requests;
}

describe('Freshdesk contract (schema set from the public API reference)', () => {
	let contract: OpenApiContract;
	let requests: HttpRequest[];

	beforeAll(async () => {
		contract = openApiContract(readOpenApi(freshdeskSpecPath));
		requests = await session();
	});

	it('sends only documented operations, parameters and bodies, each with Basic credentials', () => {
		expect(contractProblems(contract, requests)).toEqual([]);
		expect(requests.every(request => request.headers?.['Authorization'] === `Basic ${Buffer.from(`${secrets.token}:X`).toString('base64')}`)).toBe(true);
	});

	it('covers every operation the adapter uses', () => {
		const operations = new Set(requests.map(request => contract.match(request.method, request.path)?.key));
		expect([...operations].sort()).toEqual(
			[
				'GET /agents/me',
				'GET /agents',
				'GET /groups',
				'GET /tickets',
				'GET /tickets/{id}',
				'GET /tickets/{id}/conversations',
				'POST /tickets/{id}/reply',
				'POST /tickets/{id}/notes',
				'PUT /tickets/{id}',
				'GET /canned_response_folders',
				'GET /canned_response_folders/{id}/responses',
				'GET /surveys/satisfaction_ratings',
				'GET /time_entries',
			].sort(),
		);
	});

	it.each([
		['agent-me.json', 'GET', '/agents/me', 200],
		['agents.json', 'GET', '/agents', 200],
		['groups.json', 'GET', '/groups', 200],
		['tickets.json', 'GET', '/tickets', 200],
		['ticket-20.json', 'GET', '/tickets/20', 200],
		['conversations-20.json', 'GET', '/tickets/20/conversations', 200],
		['reply-created.json', 'POST', '/tickets/20/reply', 201],
		['note-created.json', 'POST', '/tickets/20/notes', 201],
		['ticket-updated.json', 'PUT', '/tickets/20', 200],
		['canned-folders.json', 'GET', '/canned_response_folders', 200],
		['canned-responses-19000006001.json', 'GET', '/canned_response_folders/19000006001/responses', 200],
		['canned-responses-19000006002.json', 'GET', '/canned_response_folders/19000006002/responses', 200],
		['tickets-metrics.json', 'GET', '/tickets', 200],
		['conversations-18.json', 'GET', '/tickets/18/conversations', 200],
		['satisfaction-ratings.json', 'GET', '/surveys/satisfaction_ratings', 200],
		['time-entries.json', 'GET', '/time_entries', 200],
		['error-401.json', 'GET', '/tickets', 401],
		['error-400.json', 'PUT', '/tickets/20', 400],
	])('fixture %s matches the %s %s response %s schema', (file, method, path, status) => {
		expect(contract.checkResponse(method, path, status, freshdeskFixture(file))).toEqual([]);
	});

	it('writes a private note, and assignment, status, priority and tags as ticket fields', () => {
		const bodies = requests.filter(request => request.method !== 'GET').map(request => [request.method, request.path, request.json]);
		expect(bodies).toEqual([
			['POST', '/tickets/20/reply', {body: 'Refund issued.'}],
			['POST', '/tickets/20/notes', {body: 'Refunded in Stripe.', private: true}],
			['PUT', '/tickets/20', {responder_id: 19000001002, group_id: null}],
			['PUT', '/tickets/20', {status: 3}],
			['PUT', '/tickets/20', {priority: 4}],
			['PUT', '/tickets/20', {tags: ['refund', 'vip']}],
		]);
	});

	it('fails a write whose field name is broken, a priority Freshdesk does not have, and a request without credentials', () => {
		const assign = requests.find(request => request.method === 'PUT')!;
		expect(contract.checkRequest({...assign, json: {agent_id: 19000001002}}).join('\n')).toMatch(/unevaluated properties \("agent_id"\)/);
		expect(contract.checkRequest({...assign, json: {priority: 5}}).join('\n')).toMatch(/priority must be equal to one of the allowed values/);
		expect(contract.checkRequest({...assign, headers: {}}).join('\n')).toMatch(/no credentials/);
		const list = requests.find(request => request.path === '/tickets')!;
		expect(contract.checkRequest({...list, query: {...list.query, per_page: 150}}).join('\n')).toMatch(/per_page must be <= 100/);
	});

	it('fails a fixture whose documented field is renamed or mistyped', () => {
		const {incoming, ...renamed} = freshdeskFixture<Array<Record<string, unknown>>>('conversations-20.json')[0]!;
		expect(contract.checkResponse('GET', '/tickets/20/conversations', 200, [{...renamed, inbound: incoming}]).join('\n')).toMatch(/required property 'incoming'/);
		const mistyped = {...freshdeskFixture<Record<string, unknown>>('ticket-20.json'), status: 'open', updated_at: 'yesterday'};
		const problems = contract.checkResponse('GET', '/tickets/20', 200, mistyped).join('\n');
		expect(problems).toMatch(/status must be integer/);
		expect(problems).toMatch(/updated_at must match format "date-time"/);
	});

	it('fails a survey answer or time entry whose documented field is renamed, or a rating Freshdesk does not give', () => {
		const [rating] = freshdeskFixture<Array<Record<string, unknown>>>('satisfaction-ratings.json');
		const {ratings, ...unrated} = rating!;
		expect(contract.checkResponse('GET', '/surveys/satisfaction_ratings', 200, [{...unrated, rating: ratings}]).join('\n')).toMatch(/required property 'ratings'/);
		expect(contract.checkResponse('GET', '/surveys/satisfaction_ratings', 200, [{...rating, ratings: {default_question: 5}}]).join('\n')).toMatch(/must be equal to one of the allowed values/);
		const [entry] = freshdeskFixture<Array<Record<string, unknown>>>('time-entries.json');
		const {time_spent: spent, ...untimed} = entry!;
		expect(contract.checkResponse('GET', '/time_entries', 200, [{...untimed, duration: spent}]).join('\n')).toMatch(/required property 'time_spent'/);
		expect(contract.checkResponse('GET', '/time_entries', 200, [{...entry, time_spent: '90 minutes'}]).join('\n')).toMatch(/time_spent must match pattern/);
		const list = requests.find(request => request.path === '/time_entries')!;
		expect(contract.checkRequest({...list, query: {...list.query, executed_since: list.query?.['executed_after']}}).join('\n')).toMatch(/executed_since/);
	});
});
