import {describe, expect, it} from 'vitest';
import {createZendeskProvider} from '../../../source/providers/zendesk/zendesk-provider.js';
import {parseZendeskSettings, zendeskHeaders} from '../../../source/providers/zendesk/zendesk-settings.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {exportPage, secrets, settings, testNow, token, zendeskFixture, zendeskRoutes} from './zendesk-routes.js';

function provider(extra: FixtureRoute[] = [], clock = () => testNow) {
	const recorded = recordingHttp([...extra, ...zendeskRoutes()], 'Zendesk');
	return {...recorded, provider: createZendeskProvider({settings, secrets, http: recorded.http, clock})};
}

const basic = `Basic ${Buffer.from(`dana@example.com/token:${token}`).toString('base64')}`;

describe('Zendesk settings and auth', () => {
	it('takes a subdomain or an address, with or without /api/v2', () => {
		expect(parseZendeskSettings({url: 'acme'}).url).toBe('https://acme.zendesk.com');
		expect(parseZendeskSettings({url: 'https://help.acme.example/api/v2/'}).url).toBe('https://help.acme.example');
		expect(() => parseZendeskSettings({url: 'https://acme.zendesk.com/agent/tickets'})).toThrow(/not a Zendesk address.*deskterm login zendesk/);
		expect(() => parseZendeskSettings({url: 'acme', email: 'dana'})).toThrow(/email must be the address you sign in with/);
	});

	it('sends email/token Basic auth for an API token and a bearer for an OAuth token', () => {
		expect(zendeskHeaders({email: 'dana@example.com'}, token)).toEqual({Authorization: basic});
		expect(zendeskHeaders({email: null}, token)).toEqual({Authorization: `Bearer ${token}`});
	});
});

describe('the Zendesk queue', () => {
	it('searches with cursor pagination for unsolved tickets, then names requesters it does not know', async () => {
		const {provider: zendesk, requests} = provider();
		const page = await zendesk.listQueue({});
		const search = requests.find(request => request.path === '/search/export')!;
		expect(search).toEqual({
			method: 'GET',
			path: '/search/export',
			query: {query: 'type:ticket status<=hold', 'filter[type]': 'ticket', 'page[size]': 100},
			headers: {Authorization: basic},
		});
		expect(requests.find(request => request.path === '/users/show_many')?.query).toEqual({ids: '362001,362002,362003'});
		expect(page.conversations.map(row => [row.id, row.status, row.customerName, row.assigneeName, row.teamName])).toEqual([
			['35436', 'open', 'Priya Raman', 'Dana Fischer', 'Billing'],
			['35437', 'open', 'Tom Okafor', null, null],
			['35438', 'snoozed', 'Ana Lima', 'Lee Moreau', 'Technical'],
		]);
		expect(page.nextCursor).toBeNull();
	});

	it('follows page[after] cursors and keeps only the statuses asked for', async () => {
		const {provider: zendesk, requests} = provider([
			{...route('GET', '/search/export', ok(exportPage(2, 50000))), when: request => request.query?.['page[after]'] === 'eyJvIjoiMiJ9'},
			route('GET', '/search/export', ok(exportPage(2, 40000, 'eyJvIjoiMiJ9'))),
		]);
		const first = await zendesk.listQueue({statuses: ['open', 'snoozed'], limit: 2});
		expect(first.nextCursor).toBe('eyJvIjoiMiJ9');
		const second = await zendesk.listQueue({statuses: ['open', 'snoozed'], limit: 2, cursor: first.nextCursor!});
		expect(second.conversations.map(row => row.id)).toEqual(['50000', '50001']);
		expect(requests.filter(request => request.path === '/search/export').map(request => request.query)).toEqual([
			{query: 'type:ticket status<=hold', 'filter[type]': 'ticket', 'page[size]': 2},
			{query: 'type:ticket status<=hold', 'filter[type]': 'ticket', 'page[size]': 2, 'page[after]': 'eyJvIjoiMiJ9'},
		]);
		const onlyPending = await zendesk.listQueue({statuses: ['pending']});
		expect(onlyPending.conversations).toEqual([]);
	});
	it('reads past a page that filtering here leaves empty, so only the last page can be empty', async () => {
		const pending = exportPage(2, 60000, 'c2') as {results: Array<Record<string, unknown>>};
		for (const ticket of pending.results) ticket['status'] = 'pending';
		const {provider: zendesk, requests} = provider([
			{...route('GET', '/search/export', ok(exportPage(1, 61000))), when: request => request.query?.['page[after]'] === 'c2'},
			route('GET', '/search/export', ok(pending)),
		]);
		const page = await zendesk.listQueue({statuses: ['open', 'snoozed']});
		expect(page.conversations.map(row => row.id)).toEqual(['61000']);
		expect(page.nextCursor).toBeNull();
		expect(requests.filter(request => request.path === '/search/export')).toHaveLength(2);
	});
});

describe('Zendesk changes', () => {
	it('reads the incremental export to its end, reporting deleted tickets as removed', async () => {
		const {provider: zendesk, requests} = provider();
		const start = await zendesk.changesSince(null);
		expect(start.cursor).toBe(`since:${testNow / 1000}`);
		const changes = await zendesk.changesSince(start.cursor);
		const exports = requests.filter(request => request.path === '/incremental/tickets/cursor');
		expect(exports.map(request => request.query)).toEqual([{start_time: testNow / 1000 - 60}, {cursor: 'MTc5NTY4MzYwMC4wfHwzNTQzN3w='}]);
		expect(changes.changed.map(row => row.id)).toEqual(['35436', '35437']);
		expect(changes.removed).toEqual(['35438']);
		expect(changes.cursor).toBe('export:MTc5NTY4NDAwMC4wfHwzNTQzOHw=');
	});

	it('falls back to an updated-since search when the token may not export, and stays on it', async () => {
		const {provider: zendesk, requests} = provider([route('GET', '/incremental/tickets/cursor', {status: 403, body: {error: 'Forbidden'}})]);
		const changes = await zendesk.changesSince('since:1795680000');
		expect(requests.find(request => request.path === '/search')?.query).toEqual({
			query: 'type:ticket updated>2026-11-26T08:00:00Z',
			sort_by: 'updated_at',
			sort_order: 'asc',
			page: 1,
			per_page: 100,
		});
		expect(changes.changed.map(row => row.id)).toEqual(['35438', '35436']);
		expect(changes.cursor).toBe(`search:${Date.parse('2026-11-26T08:20:00Z') / 1000}`);
		await zendesk.changesSince(changes.cursor);
		expect(requests.filter(request => request.path === '/incremental/tickets/cursor')).toHaveLength(1);
	});

	it('refuses a cursor it did not make', async () => {
		const {provider: zendesk} = provider();
		expect((await rejection(zendesk.changesSince('yesterday'))).code).toBe('usage');
	});
});

describe('a Zendesk ticket', () => {
	it('reads the ticket with side-loads and every comment page, and the requester as customer', async () => {
		const {provider: zendesk, requests} = provider();
		const conversation = await zendesk.getConversation('35436');
		expect(requests.slice(0, 2).map(request => [request.path, request.query])).toEqual([
			['/tickets/35436', {include: 'users,groups,organizations,metric_sets'}],
			['/tickets/35436/comments', {include: 'users', 'page[size]': 100}],
		]);
		expect(conversation.customer).toMatchObject({name: 'Priya Raman', company: 'Northwind Traders', plan: 'team', language: 'de', vip: true});
		expect(conversation.messages).toHaveLength(5);
		expect(conversation.version).toBe('2026-11-26T08:20:00Z');
	});
});

describe('Zendesk writes', () => {
	it('replies as a public comment in a ticket update that is never retried blindly, guarded by safe_update', async () => {
		const {provider: zendesk, requests} = provider();
		const message = await zendesk.reply('35436', {body: 'I have refunded the second charge; you will see it in 3-5 days.', expectedVersion: '2026-11-26T08:20:00Z'});
		const put = requests.find(request => request.method === 'PUT')!;
		expect(put).toEqual({
			method: 'PUT',
			path: '/tickets/35436',
			json: {
				ticket: {
					comment: {body: 'I have refunded the second charge; you will see it in 3-5 days.', public: true},
					safe_update: true,
					updated_stamp: '2026-11-26T08:20:00Z',
				},
			},
			idempotent: false,
			headers: {Authorization: basic},
		});
		expect(message).toEqual({
			id: '7302',
			conversationId: '35436',
			kind: 'agent',
			authorId: '361001',
			authorName: 'Dana Fischer',
			body: 'I have refunded the second charge; you will see it in 3-5 days.',
			createdAt: Date.parse('2026-11-26T09:00:00Z'),
			channel: 'email',
		});
	});

	it('adds a note as a private comment', async () => {
		const {provider: zendesk, requests} = provider();
		const note = await zendesk.addNote('35436', {body: 'Refunded in Stripe.'});
		expect(requests[0]?.json).toEqual({ticket: {comment: {body: 'Refunded in Stripe.', public: false}}});
		expect(note.kind).toBe('note');
	});

	it('turns a 409 from safe_update into a conflict', async () => {
		const {provider: zendesk} = provider([route('PUT', '/tickets/35436', {status: 409, body: zendeskFixture('error-409.json')})]);
		expect((await rejection(zendesk.setPriority('35436', 'urgent', {expectedVersion: '2026-11-26T08:00:00Z'}))).code).toBe('conflict');
	});

	it('assigns agent and group in one update, null clearing them', async () => {
		const {provider: zendesk, requests} = provider();
		await zendesk.assign('35436', {agentId: null, teamId: '2002'});
		expect(requests[0]).toMatchObject({method: 'PUT', json: {ticket: {assignee_id: null, group_id: 2002}}, idempotent: true});
		expect((await rejection(zendesk.assign('35436', {agentId: 'dana'}))).message).toBe('not a Zendesk agent id: "dana"');
	});

	it('sets statuses (snoozed as hold, closed as solved) and refuses a wake time', async () => {
		const {provider: zendesk, requests} = provider();
		await zendesk.setStatus('35436', {status: 'snoozed'});
		await zendesk.setStatus('35436', {status: 'closed'});
		expect(requests.map(request => request.json)).toEqual([{ticket: {status: 'hold'}}, {ticket: {status: 'solved'}}]);
		expect((await rejection(zendesk.setStatus('35436', {status: 'snoozed', until: testNow + 3_600_000}))).code).toBe('unsupported');
	});

	it('adds and removes tags in one update without replacing the others', async () => {
		const {provider: zendesk, requests} = provider();
		await zendesk.updateTags('35436', {add: ['vip'], remove: ['refund']});
		await zendesk.updateTags('35436', {add: ['escalated'], remove: []});
		expect(requests.map(request => request.json)).toEqual([
			{ticket: {additional_tags: ['vip'], remove_tags: ['refund']}},
			{ticket: {additional_tags: ['escalated']}},
		]);
	});
});

describe('Zendesk people and macros', () => {
	it('lists agents with their groups (admins as leads) and live groups', async () => {
		const {provider: zendesk} = provider();
		expect(await zendesk.listAgents()).toEqual([
			{id: '361001', name: 'Dana Fischer', email: 'dana@example.com', teamIds: ['2001'], role: 'agent'},
			{id: '361002', name: 'Lee Moreau', email: 'lee@example.com', teamIds: ['2001', '2002'], role: 'lead'},
		]);
		expect(await zendesk.listTeams()).toEqual([
			{id: '2001', name: 'Billing'},
			{id: '2002', name: 'Technical'},
		]);
	});

	it('knows who it acts as, asking for the agent list once in five minutes', async () => {
		let now = testNow;
		const {provider: zendesk, requests} = provider([], () => now);
		expect(await zendesk.whoami()).toMatchObject({id: '361001', teamIds: ['2001']});
		await zendesk.listAgents();
		now += 6 * 60_000;
		await zendesk.listAgents();
		expect(requests.filter(request => request.path === '/users')).toHaveLength(2);
	});

	it('still knows who it acts as when the token may not list agents', async () => {
		const {provider: zendesk} = provider([route('GET', '/users', {status: 403, body: {error: 'Forbidden'}})]);
		expect(await zendesk.whoami()).toEqual({id: '361001', name: 'Dana Fischer', email: 'dana@example.com', teamIds: [], role: 'agent'});
		expect((await rejection(zendesk.listAgents())).code).toBe('forbidden');
	});

	it('imports active macros that carry reply text', async () => {
		const {provider: zendesk, requests} = provider();
		const replies = await zendesk.listSavedReplies!();
		expect(replies.map(reply => reply.title)).toEqual(['Refund issued', 'Order number']);
		expect(requests[0]?.query).toEqual({active: true, 'page[size]': 100});
	});
});
