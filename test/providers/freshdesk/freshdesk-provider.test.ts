// The Freshdesk adapter's behaviour against the fixture helpdesk, through a recording HttpClient.
import {describe, expect, it} from 'vitest';
import {createFreshdeskProvider} from '../../../source/providers/freshdesk/freshdesk-provider.js';
import {parseFreshdeskSettings} from '../../../source/providers/freshdesk/freshdesk-settings.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {freshdeskFixture, freshdeskRoutes, secrets, settings, testNow, ticketPage} from './freshdesk-routes.js';

function provider(extra: FixtureRoute[] = []) {
	const recorded = recordingHttp([...extra, ...freshdeskRoutes()], 'Freshdesk');
	return {...recorded, freshdesk: createFreshdeskProvider({settings, secrets, http: recorded.http, clock: () => testNow})};
}

const lists = (requests: Array<{path: string; query?: Record<string, unknown>}>) => requests.filter(request => request.path === '/tickets').map(request => request.query);
const writes = (requests: Array<{method: string; path: string; json?: unknown}>) => requests.filter(request => request.method !== 'GET').map(request => [request.method, request.path, request.json]);

describe('Freshdesk settings', () => {
	it('turns a bare domain name into its freshdesk.com address and drops a trailing /api/v2', () => {
		expect(parseFreshdeskSettings({url: 'acme'})).toEqual({url: 'https://acme.freshdesk.com', language: 'en'});
		expect(parseFreshdeskSettings({url: 'https://support.acme.example/api/v2/', language: 'de'})).toEqual({url: 'https://support.acme.example', language: 'de'});
	});

	it('refuses a profile without an address, naming the login command', () => {
		expect(() => parseFreshdeskSettings({})).toThrow(/Freshdesk profile: url: .*deskterm login freshdesk/);
	});
});

describe('the Freshdesk queue', () => {
	it('lists every ticket by last update, newest first, keeping the wanted statuses', async () => {
		const {freshdesk, requests} = provider();
		const page = await freshdesk.listQueue({});
		expect(page.conversations.map(row => [row.id, row.status])).toEqual([['20', 'open'], ['19', 'pending'], ['17', 'pending']]);
		expect(page).toMatchObject({nextCursor: null, total: null});
		expect(lists(requests)).toEqual([{updated_since: '1970-01-01T00:00:00Z', order_by: 'updated_at', order_type: 'desc', per_page: 50, page: 1, include: 'requester'}]);
	});

	it('filters assignee, group, tag and channel in deskterm, since the list has no such parameters', async () => {
		const {freshdesk} = provider();
		expect((await freshdesk.listQueue({assignee: 'me', statuses: ['open', 'pending']})).conversations.map(row => row.id)).toEqual(['20', '17']);
		expect((await freshdesk.listQueue({assignee: 'unassigned'})).conversations.map(row => row.id)).toEqual(['19']);
		expect((await freshdesk.listQueue({team: '19000002002', statuses: ['closed']})).conversations.map(row => row.id)).toEqual(['18']);
		expect((await freshdesk.listQueue({team: 'none'})).conversations.map(row => row.id)).toEqual(['17']);
		expect((await freshdesk.listQueue({tag: 'vip'})).conversations.map(row => row.id)).toEqual(['17']);
		expect((await freshdesk.listQueue({channel: 'chat'})).conversations.map(row => row.id)).toEqual(['19']);
	});

	it('reads on while the filters empty a page, and pages by number up to 100', async () => {
		const closedPage = {...ticketPage(3, 500, true), body: (ticketPage(3, 500, true).body as Array<Record<string, unknown>>).map(ticket => ({...ticket, status: 5}))};
		const {freshdesk, requests} = provider([
			{...route('GET', '/tickets', closedPage), when: request => request.query?.['page'] === 1},
			{...route('GET', '/tickets', ticketPage(2, 600, true)), when: request => request.query?.['page'] === 2},
		]);
		const page = await freshdesk.listQueue({limit: 500});
		expect(page.conversations.map(row => row.id)).toEqual(['600', '601']);
		expect(page.nextCursor).toBe('3');
		expect(lists(requests).map(query => [query?.['page'], query?.['per_page']])).toEqual([[1, 100], [2, 100]]);
	});

	it('refuses text search and a cursor it did not make, sending nothing', async () => {
		const {freshdesk, requests} = provider();
		expect((await rejection(freshdesk.listQueue({text: 'refund'}))).code).toBe('unsupported');
		expect((await rejection(freshdesk.listQueue({cursor: 'abc'}))).code).toBe('usage');
		expect(lists(requests)).toEqual([]);
	});

	it('reads changes oldest first from the cursor and moves the cursor to the newest update', async () => {
		const {freshdesk, requests} = provider();
		expect((await freshdesk.changesSince(null)).cursor).toBe(String(testNow));
		const since = Date.UTC(2026, 10, 25, 12);
		const changes = await freshdesk.changesSince(String(since));
		expect(lists(requests)[0]).toMatchObject({updated_since: '2026-11-25T12:00:00.000Z', order_type: 'asc', per_page: 100});
		expect(changes.changed.map(row => row.id)).toEqual(['20', '19']);
		expect(changes.cursor).toBe(String(Date.UTC(2026, 10, 26, 8, 40)));
		expect((await rejection(freshdesk.changesSince('yesterday'))).code).toBe('usage');
	});
});

describe('Freshdesk writes', () => {
	it('replies and adds a private note, each sent once after reading the ticket', async () => {
		const {freshdesk, requests} = provider();
		expect(await freshdesk.reply('20', {body: 'Refund issued.'})).toMatchObject({id: '19000005010', kind: 'agent', conversationId: '20', authorName: 'Maya Okafor'});
		expect(await freshdesk.addNote('20', {body: 'Refunded in Stripe.'})).toMatchObject({kind: 'note'});
		expect(writes(requests)).toEqual([
			['POST', '/tickets/20/reply', {body: 'Refund issued.'}],
			['POST', '/tickets/20/notes', {body: 'Refunded in Stripe.', private: true}],
		]);
	});

	it('refuses a write when the ticket moved past the version the agent saw, sending nothing', async () => {
		const {freshdesk, requests} = provider();
		const error = await rejection(freshdesk.assign('20', {agentId: '19000001002', expectedVersion: '2026-11-25T00:00:00Z'}));
		expect(error).toMatchObject({code: 'conflict', message: 'ticket 20 changed in Freshdesk since you loaded it: reload and try again'});
		expect(writes(requests)).toEqual([]);
		await freshdesk.setPriority('20', 'low', {expectedVersion: '2026-11-26T08:40:00Z'});
		expect(writes(requests)).toEqual([['PUT', '/tickets/20', {priority: 1}]]);
	});

	it('writes statuses as numbers (closed is resolved) and refuses a snooze', async () => {
		const {freshdesk, requests} = provider();
		await freshdesk.setStatus('20', {status: 'pending'});
		await freshdesk.setStatus('20', {status: 'closed'});
		await freshdesk.setStatus('20', {status: 'open'});
		expect(writes(requests).map(write => write[2])).toEqual([{status: 3}, {status: 4}, {status: 2}]);
		expect((await rejection(freshdesk.setStatus('20', {status: 'snoozed', until: testNow + 3_600_000}))).message).toBe('Freshdesk has no snooze: set the ticket pending instead');
	});

	it('assigns and clears agent and group, refusing ids that are not Freshdesk numbers', async () => {
		const {freshdesk, requests} = provider();
		await freshdesk.assign('20', {agentId: '19000001002', teamId: '19000002001'});
		await freshdesk.assign('20', {agentId: null, teamId: null});
		await freshdesk.assign('20', {});
		expect(writes(requests).map(write => write[2])).toEqual([{responder_id: 19000001002, group_id: 19000002001}, {responder_id: null, group_id: null}]);
		expect((await rejection(freshdesk.assign('20', {agentId: 'maya'}))).code).toBe('usage');
	});

	it('rewrites the whole tag list, and sends nothing when it would not change', async () => {
		const {freshdesk, requests} = provider();
		await freshdesk.updateTags('20', {add: ['vip', 'billing'], remove: ['refund']});
		await freshdesk.updateTags('20', {add: ['billing'], remove: []});
		expect(writes(requests)).toEqual([['PUT', '/tickets/20', {tags: ['billing', 'vip']}]]);
	});
});

describe('Freshdesk reads', () => {
	it('is the API key\'s agent; lists agents with their groups and the groups', async () => {
		const {freshdesk} = provider();
		expect(await freshdesk.whoami()).toMatchObject({id: '19000001001', name: 'Maya Okafor', role: 'agent'});
		expect((await freshdesk.listAgents()).map(agent => [agent.id, agent.teamIds])).toEqual([['19000001001', ['19000002001']], ['19000001002', ['19000002002']]]);
		expect((await freshdesk.listTeams()).map(team => team.name)).toEqual(['Tier 1', 'Billing']);
	});

	it('shows a ticket with its conversations, reading requester and stats with it', async () => {
		const {freshdesk, requests} = provider();
		const conversation = await freshdesk.getConversation('20');
		expect(conversation.messages).toHaveLength(4);
		expect(conversation.customer.name).toBe('Ana Lima');
		expect(requests.find(request => request.path === '/tickets/20')?.query).toEqual({include: 'requester,stats'});
		expect((await rejection(freshdesk.getConversation('cnv_1'))).code).toBe('usage');
	});

	it('imports canned responses of every folder, each tagged with its folder', async () => {
		const {freshdesk} = provider();
		expect((await freshdesk.listSavedReplies!()).map(reply => [reply.title, reply.tags])).toEqual([
			['Refund issued', ['Billing']],
			['Invoice copy', ['Billing']],
			['Thanks', ['Personal']],
		]);
	});

	it('reads a ticket with an unknown status number as pending', async () => {
		const {freshdesk} = provider([route('GET', '/tickets/20', ok({...freshdeskFixture<Record<string, unknown>>('ticket-20.json'), status: 7}))]);
		expect((await freshdesk.getConversation('20')).status).toBe('pending');
	});
});
