import {describe, expect, it} from 'vitest';
import {createIntercomProvider} from '../../../source/providers/intercom/intercom-provider.js';
import {parseIntercomSettings} from '../../../source/providers/intercom/intercom-settings.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {intercomRoutes, searchPage, secrets, settings, testNow, token} from './intercom-routes.js';

function provider(extra: FixtureRoute[] = [], overrides: Record<string, unknown> = {}) {
	const recorded = recordingHttp([...extra, ...intercomRoutes()], 'Intercom');
	const chosen = Object.keys(overrides).length === 0 ? settings : parseIntercomSettings({region: 'eu', ...overrides});
	return {...recorded, provider: createIntercomProvider({settings: chosen, secrets, http: recorded.http, clock: () => testNow})};
}

describe('Intercom settings', () => {
	it('picks the regional host, or an explicit URL', () => {
		expect(parseIntercomSettings({}).baseUrl).toBe('https://api.intercom.io');
		expect(parseIntercomSettings({region: 'eu'}).baseUrl).toBe('https://api.eu.intercom.io');
		expect(parseIntercomSettings({region: 'au', adminId: ''}).baseUrl).toBe('https://api.au.intercom.io');
		expect(parseIntercomSettings({url: 'http://127.0.0.1:9999/'}).baseUrl).toBe('http://127.0.0.1:9999');
	});

	it('refuses an unknown region, naming the login command', () => {
		expect(() => parseIntercomSettings({region: 'asia'})).toThrow(/region must be us, eu or au.*deskterm login intercom/);
	});
});

describe('the Intercom queue', () => {
	it('searches open and snoozed conversations with the version and bearer headers, then names the contacts it lacks', async () => {
		const {provider: intercom, requests} = provider();
		const page = await intercom.listQueue({});
		const search = requests.find(request => request.path === '/conversations/search')!;
		expect(search).toEqual({
			method: 'POST',
			path: '/conversations/search',
			json: {query: {field: 'state', operator: 'IN', value: ['open', 'snoozed']}, pagination: {per_page: 50}},
			idempotent: true,
			headers: {Authorization: `Bearer ${token}`, 'Intercom-Version': '2.16'},
		});
		expect(requests.find(request => request.path === '/contacts/search')?.json).toEqual({
			query: {field: 'id', operator: 'IN', value: ['6762f0d51bb69f9f2193bb90']},
			pagination: {per_page: 1},
		});
		expect(page.conversations.map(row => [row.id, row.customerName, row.assigneeName])).toEqual([
			['1001', 'Priya Raman', 'Dana Fischer'],
			['1002', 'Ana Lima', null],
		]);
		expect(page.total).toBe(2);
	});

	it('combines assignee, team, tag and text filters with AND, unassigned being 0', async () => {
		const {provider: intercom, requests} = provider();
		await intercom.listQueue({assignee: 'unassigned', team: '5001', tag: 'VIP', text: 'invoice', statuses: ['closed'], limit: 500});
		expect(requests.find(request => request.path === '/conversations/search')?.json).toEqual({
			query: {
				operator: 'AND',
				value: [
					{field: 'state', operator: 'IN', value: ['closed']},
					{field: 'admin_assignee_id', operator: '=', value: '0'},
					{field: 'team_assignee_id', operator: '=', value: '5001'},
					{field: 'tag_ids', operator: 'IN', value: ['72']},
					{field: 'source.body', operator: '~', value: 'invoice'},
				],
			},
			pagination: {per_page: 150},
		});
	});

	it('resolves me to the profile admin when one is set', async () => {
		const {provider: intercom, requests} = provider([], {adminId: '814861'});
		await intercom.listQueue({assignee: 'me'});
		expect(requests.some(request => request.path === '/me')).toBe(false);
		expect(JSON.stringify(requests.find(request => request.path === '/conversations/search')?.json)).toContain('"value":"814861"');
	});

	it('answers pending or an unknown tag with an empty page without searching', async () => {
		const {provider: intercom, requests} = provider();
		expect(await intercom.listQueue({statuses: ['pending']})).toEqual({conversations: [], nextCursor: null, total: 0});
		expect(await intercom.listQueue({tag: 'nope'})).toEqual({conversations: [], nextCursor: null, total: 0});
		expect(requests.map(request => request.path)).toEqual(['/tags']);
	});

	it('follows starting_after cursors', async () => {
		const {provider: intercom, requests} = provider([
			{...route('POST', '/conversations/search', ok(searchPage(2, 3000))), when: request => JSON.stringify(request.json).includes('"starting_after":"WzE3OTU2"')},
			route('POST', '/conversations/search', ok(searchPage(2, 2000, 'WzE3OTU2'))),
		]);
		const first = await intercom.listQueue({limit: 2});
		expect(first.nextCursor).toBe('WzE3OTU2');
		const second = await intercom.listQueue({limit: 2, cursor: first.nextCursor!});
		expect(second.conversations.map(row => row.id)).toEqual(['3000', '3001']);
		expect(second.nextCursor).toBeNull();
		expect((requests.filter(request => request.path === '/conversations/search').at(-1)?.json as {pagination: unknown}).pagination).toEqual({per_page: 2, starting_after: 'WzE3OTU2'});
	});
});

describe('the Intercom channel filter', () => {
	it('reads past pages without the channel asked for', async () => {
		const email = searchPage(1, 7000) as {conversations: Array<{source: Record<string, unknown>}>};
		email.conversations[0]!.source = {...email.conversations[0]!.source, type: 'email'};
		const {provider: intercom} = provider([
			{...route('POST', '/conversations/search', ok(email)), when: request => JSON.stringify(request.json).includes('"starting_after":"p2"')},
			route('POST', '/conversations/search', ok(searchPage(3, 6000, 'p2'))),
		]);
		const page = await intercom.listQueue({channel: 'email'});
		expect(page.conversations.map(row => [row.id, row.channel])).toEqual([['7000', 'email']]);
		expect(page.total).toBeNull();
	});
});

describe('Intercom changes', () => {
	it('starts from now and then searches updated_at from the newest second seen', async () => {
		const {provider: intercom, requests} = provider();
		const start = await intercom.changesSince(null);
		expect(start.cursor).toBe(String(testNow / 1000));
		const changes = await intercom.changesSince('1795680000');
		expect(requests.find(request => request.path === '/conversations/search')?.json).toEqual({
			query: {field: 'updated_at', operator: '>', value: 1795679999},
			pagination: {per_page: 150},
		});
		expect(changes.changed.map(row => row.id)).toEqual(['1001', '1002']);
		expect(changes.cursor).toBe('1795683600');
	});
});

describe('an Intercom conversation', () => {
	it('reads the conversation as plain text, its contact and the contact company', async () => {
		const {provider: intercom, requests} = provider();
		const conversation = await intercom.getConversation('1001');
		expect(requests.map(request => `${request.method} ${request.path}`)).toEqual([
			'GET /conversations/1001',
			'GET /contacts/6762f0d51bb69f9f2193bb7f',
			'GET /companies/6762f0d51bb69f9f2193bc00',
			'GET /admins',
			'GET /teams',
		]);
		expect(requests[0]?.query).toEqual({display_as: 'plaintext'});
		expect(conversation).toMatchObject({assigneeName: 'Dana Fischer', teamName: 'Billing', customer: {plan: 'Team', company: 'Northwind Traders'}});
	});
});

describe('Intercom writes', () => {
	it('replies as the token owner (admin_id from /me) and returns the new part', async () => {
		const {provider: intercom, requests} = provider();
		const message = await intercom.reply('1001', {body: 'I have refunded the second charge; you will see it in 3-5 days.'});
		expect(requests.at(-1)).toMatchObject({
			method: 'POST',
			path: '/conversations/1001/reply',
			json: {message_type: 'comment', type: 'admin', admin_id: '814860', body: 'I have refunded the second charge; you will see it in 3-5 days.'},
		});
		expect(requests.at(-1)?.idempotent).toBeUndefined();
		expect(message).toMatchObject({id: '9007', kind: 'agent', authorId: '814860', createdAt: 1795684000_000});
	});

	it('says the reply was accepted when Intercom does not return it, never inviting a resend', async () => {
		const {provider: intercom} = provider([route('POST', '/conversations/1001/reply', ok({type: 'conversation', id: '1001', created_at: 1, updated_at: 2, state: 'open'}))]);
		const error = await rejection(intercom.addNote('1001', {body: 'x'}));
		expect(error.message).toMatch(/accepted the note but did not return it/);
		expect(error.retryable).toBe(false);
	});

	it('assigns an admin and a team as two assignment parts, unassigning with "0"', async () => {
		const {provider: intercom, requests} = provider([], {adminId: '814861'});
		await intercom.assign('1001', {agentId: null, teamId: '5002'});
		expect(requests.map(request => request.json)).toEqual([
			{message_type: 'assignment', type: 'admin', admin_id: '814861', assignee_id: '0'},
			{message_type: 'assignment', type: 'team', admin_id: '814861', assignee_id: '5002'},
		]);
	});

	it('closes, reopens and snoozes until a unix time', async () => {
		const {provider: intercom, requests} = provider([], {adminId: '814860'});
		await intercom.setStatus('1001', {status: 'closed'});
		await intercom.setStatus('1001', {status: 'open'});
		await intercom.setStatus('1001', {status: 'snoozed', until: 1795770000_000});
		expect(requests.map(request => request.json)).toEqual([
			{message_type: 'close', type: 'admin', admin_id: '814860'},
			{message_type: 'open', admin_id: '814860'},
			{message_type: 'snoozed', admin_id: '814860', snoozed_until: 1795770000},
		]);
	});

	it('refuses pending, a snooze without a time and any priority', async () => {
		const {provider: intercom, requests} = provider();
		expect((await rejection(intercom.setStatus('1001', {status: 'pending'}))).code).toBe('unsupported');
		expect((await rejection(intercom.setStatus('1001', {status: 'snoozed'}))).code).toBe('usage');
		expect((await rejection(intercom.setPriority('1001', 'high'))).message).toBe('Intercom API 2.16 cannot set a conversation priority');
		expect(requests).toEqual([]);
		expect(intercom.capabilities).toMatchObject({priority: false, statuses: ['open', 'snoozed', 'closed'], snoozeUntil: true});
	});

	it('refuses a stale write after reading the conversation', async () => {
		const {provider: intercom, requests} = provider();
		expect((await rejection(intercom.reply('1001', {body: 'x', expectedVersion: '1795600000'}))).code).toBe('conflict');
		expect(requests.map(request => request.path)).toEqual(['/conversations/1001']);
	});

	it('tags by id (creating a missing tag) and untags only tags the workspace has', async () => {
		const {provider: intercom, requests} = provider([], {adminId: '814860'});
		await intercom.updateTags('1001', {add: ['vip', 'refund'], remove: ['billing', 'never-seen']});
		expect(requests.map(request => `${request.method} ${request.path} ${JSON.stringify(request.json ?? null)}`)).toEqual([
			'GET /tags null',
			'POST /conversations/1001/tags {"id":"72","admin_id":"814860"}',
			'POST /tags {"name":"refund"}',
			'POST /conversations/1001/tags {"id":"73","admin_id":"814860"}',
			'DELETE /conversations/1001/tags/71 {"admin_id":"814860"}',
		]);
	});
});

describe('Intercom people and macros', () => {
	it('lists admins with their teams, and the teams', async () => {
		const {provider: intercom} = provider();
		expect(await intercom.listAgents()).toEqual([
			{id: '814860', name: 'Dana Fischer', email: 'dana@example.com', teamIds: ['5001'], role: 'agent'},
			{id: '814861', name: 'Lee Moreau', email: 'lee@example.com', teamIds: ['5001', '5002'], role: 'agent'},
		]);
		expect(await intercom.listTeams()).toEqual([
			{id: '5001', name: 'Billing'},
			{id: '5002', name: 'Technical'},
		]);
	});

	it('imports macros page by page', async () => {
		const {provider: intercom, requests} = provider();
		const replies = await intercom.listSavedReplies!();
		expect(replies.map(reply => reply.title)).toEqual(['Refund issued', 'Order number please']);
		expect(requests[0]?.query).toEqual({per_page: 150});
	});
});
