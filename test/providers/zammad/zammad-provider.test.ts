// The Zammad adapter's behaviour against the fixture instance, through a recording HttpClient.
import {describe, expect, it} from 'vitest';
import {createZammadProvider} from '../../../source/providers/zammad/zammad-provider.js';
import {parseZammadSettings} from '../../../source/providers/zammad/zammad-settings.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {secrets, settings, testNow, zammadFixture, zammadRoutes} from './zammad-routes.js';

function provider(extra: FixtureRoute[] = []) {
	const recorded = recordingHttp([...extra, ...zammadRoutes()], 'Zammad');
	return {...recorded, zammad: createZammadProvider({settings, secrets, http: recorded.http, clock: () => testNow})};
}

const searches = (requests: Array<{path: string; query?: Record<string, unknown>}>) => requests.filter(request => request.path === '/tickets/search').map(request => request.query);

describe('Zammad settings', () => {
	it('adds /api/v1 to the instance address once', () => {
		expect(parseZammadSettings({url: 'https://support.example.com/'})).toEqual({baseUrl: 'https://support.example.com/api/v1', language: 'en', minutesPerUnit: 1});
		expect(parseZammadSettings({url: 'http://127.0.0.1:9999/api/v1', language: 'de', minutesPerUnit: '60'})).toEqual({baseUrl: 'http://127.0.0.1:9999/api/v1', language: 'de', minutesPerUnit: 60});
	});

	it('refuses a profile without an address, naming the login command', () => {
		expect(() => parseZammadSettings({})).toThrow(/Zammad profile: url: .*deskterm login zammad/);
		expect(() => parseZammadSettings({url: 'https://support.example.com', minutesPerUnit: 'hours'})).toThrow('Zammad profile: minutesPerUnit: "hours" is not a positive number of minutes (run `deskterm login zammad`)');
	});
});

describe('the Zammad queue', () => {
	it('searches the states of the wanted statuses, newest update first, and pages by number', async () => {
		const {zammad, requests} = provider();
		const page = await zammad.listQueue({limit: 3});
		expect(page.conversations.map(row => [row.id, row.status])).toEqual([['42', 'open'], ['43', 'open'], ['44', 'snoozed']]);
		expect(page.nextCursor).toBe('2');
		await zammad.listQueue({limit: 3, cursor: '2'});
		expect(searches(requests)).toEqual([
			{query: 'state_id:(1 OR 2 OR 3 OR 6 OR 7)', expand: true, page: 1, per_page: 3, sort_by: 'updated_at', order_by: 'desc'},
			{query: 'state_id:(1 OR 2 OR 3 OR 6 OR 7)', expand: true, page: 2, per_page: 3, sort_by: 'updated_at', order_by: 'desc'},
		]);
	});

	it('combines assignee, group, tag and text filters', async () => {
		const {zammad, requests} = provider();
		const page = await zammad.listQueue({statuses: ['closed'], assignee: 'me', team: '2', tag: 'vip "gold"', text: 'double  charge', limit: 500});
		expect(page.nextCursor).toBeNull();
		expect(searches(requests)[0]).toMatchObject({query: 'state_id:(4 OR 5) AND owner_id:5 AND group_id:2 AND tags:"vip \\"gold\\"" AND (double charge)', per_page: 100});
		await zammad.listQueue({assignee: 'unassigned'});
		expect(searches(requests)[1]?.['query']).toBe('state_id:(1 OR 2 OR 3 OR 6 OR 7) AND owner_id:1');
	});

	it('refuses a channel filter and a cursor it did not make; no group matches nothing', async () => {
		const {zammad, requests} = provider();
		expect((await rejection(zammad.listQueue({channel: 'chat'}))).message).toBe('Zammad ticket search cannot filter by channel');
		expect((await rejection(zammad.listQueue({cursor: 'abc'}))).code).toBe('usage');
		expect((await rejection(zammad.listQueue({assignee: 'maya'}))).code).toBe('usage');
		expect(await zammad.listQueue({team: 'none'})).toEqual({conversations: [], nextCursor: null, total: 0});
		expect(searches(requests)).toEqual([]);
	});

	it('reads changes since the cursor by updated_at and moves the cursor to the newest update', async () => {
		const {zammad, requests} = provider();
		expect((await zammad.changesSince(null)).cursor).toBe(String(testNow));
		const since = Date.parse('2026-11-26T07:00:00.000Z');
		const changes = await zammad.changesSince(String(since));
		expect(searches(requests)[0]?.['query']).toBe('updated_at:["2026-11-26T07:00:00.000Z" TO *]');
		// Newest first: the older row (06:00) ends the read and is not a change.
		expect(changes.changed.map(row => row.id)).toEqual(['42', '43']);
		expect(changes.cursor).toBe(String(Date.parse('2026-11-26T08:40:00.000Z')));
	});
});

describe('Zammad writes', () => {
	it('replies by email to the customer on an email ticket, sent once', async () => {
		const {zammad, requests} = provider();
		const message = await zammad.reply('42', {body: 'Refund issued.'});
		expect(message).toMatchObject({id: '105', kind: 'agent', body: 'Refund issued.', conversationId: '42'});
		const posts = requests.filter(request => request.method === 'POST');
		expect(posts.map(request => request.json)).toEqual([{ticket_id: 42, body: 'Refund issued.', content_type: 'text/plain', type: 'email', internal: false, to: 'lena.fischer@example.com', subject: 'Charged twice for the November invoice'}]);
	});

	it('replies in the portal on a web ticket', async () => {
		const web = {...zammadFixture<Record<string, unknown>>('ticket-42.json'), create_article_type: 'web'};
		const {zammad, requests} = provider([route('GET', '/tickets/42', ok(web))]);
		await zammad.reply('42', {body: 'Refund issued.'});
		expect(requests.find(request => request.method === 'POST')?.json).toMatchObject({type: 'web', internal: false});
		expect(requests.some(request => request.path === '/users/17')).toBe(false);
	});

	it('adds a note as an internal article', async () => {
		const {zammad, requests} = provider();
		expect(await zammad.addNote('42', {body: 'Refunded in Stripe.'})).toMatchObject({id: '106', kind: 'note', body: 'Refunded in Stripe.'});
		expect(requests.find(request => request.method === 'POST')?.json).toEqual({ticket_id: 42, body: 'Refunded in Stripe.', content_type: 'text/plain', type: 'note', internal: true});
	});

	it('refuses a write when the ticket moved past the version the agent saw, sending nothing', async () => {
		const {zammad, requests} = provider();
		const error = await rejection(zammad.reply('42', {body: 'Refund issued.', expectedVersion: '2026-11-25T00:00:00.000Z'}));
		expect(error.code).toBe('conflict');
		expect(error.message).toBe('ticket 42 changed in Zammad since you loaded it: reload and try again');
		expect(requests.some(request => request.method !== 'GET')).toBe(false);
		await zammad.setPriority('42', 'low', {expectedVersion: '2026-11-26T08:40:00.000Z'});
		expect(requests.at(-1)?.json).toEqual({priority_id: 1});
	});

	it('sets states by id, pending reminder and pending close with a pending_time', async () => {
		const {zammad, requests} = provider();
		await zammad.setStatus('42', {status: 'snoozed', until: testNow + 3_600_000});
		await zammad.setStatus('42', {status: 'pending', until: testNow + 86_400_000});
		await zammad.setStatus('42', {status: 'closed'});
		await zammad.setStatus('42', {status: 'open'});
		expect(requests.filter(request => request.method === 'PUT').map(request => request.json)).toEqual([
			{state_id: 3, pending_time: '2026-11-26T10:00:00.000Z'},
			{state_id: 6, pending_time: '2026-11-27T09:00:00.000Z'},
			{state_id: 4},
			{state_id: 2},
		]);
		expect((await rejection(zammad.setStatus('42', {status: 'snoozed'}))).code).toBe('usage');
	});

	it('assigns an agent and a group, unassigns to Zammad\'s nobody, and refuses urgent', async () => {
		const {zammad, requests} = provider();
		await zammad.assign('42', {agentId: '6', teamId: '3'});
		await zammad.assign('42', {agentId: null});
		expect(requests.filter(request => request.method === 'PUT').map(request => request.json)).toEqual([{owner_id: 6, group_id: 3}, {owner_id: 1}]);
		expect((await rejection(zammad.assign('42', {teamId: null}))).code).toBe('unsupported');
		expect((await rejection(zammad.setPriority('42', 'urgent'))).message).toBe('Zammad priorities are low, normal and high');
	});

	it('adds and removes tags one item at a time', async () => {
		const {zammad, requests} = provider();
		await zammad.updateTags('42', {add: ['vip'], remove: ['billing']});
		expect(requests.filter(request => request.path.startsWith('/tags/')).map(request => [request.method, request.path, request.json])).toEqual([
			['POST', '/tags/add', {object: 'Ticket', o_id: 42, item: 'vip'}],
			['DELETE', '/tags/remove', {object: 'Ticket', o_id: 42, item: 'billing'}],
		]);
	});
});

describe('Zammad reads', () => {
	it('is the token\'s user, with their groups; lists agents (not customers) and active groups', async () => {
		const {zammad} = provider();
		expect(await zammad.whoami()).toEqual({id: '5', name: 'Maya Okafor', email: 'maya.okafor@northwind.example', teamIds: ['2', '3'], role: 'agent'});
		expect((await zammad.listAgents()).map(agent => [agent.id, agent.role])).toEqual([['5', 'agent'], ['6', 'lead']]);
		expect((await zammad.listTeams()).map(team => team.name)).toEqual(['Billing', 'Technical support']);
	});

	it('shows a ticket with its articles, tags and customer', async () => {
		const {zammad} = provider();
		const conversation = await zammad.getConversation('42');
		expect(conversation.tags).toEqual(['billing', 'refund']);
		expect(conversation.messages).toHaveLength(4);
		expect(conversation.customer.name).toBe('Lena Fischer');
		expect((await rejection(zammad.getConversation('cnv_1'))).code).toBe('usage');
	});

	it('imports text modules and article macros as saved replies', async () => {
		const {zammad} = provider();
		expect((await zammad.listSavedReplies!()).map(reply => reply.title)).toEqual(['Refund issued', 'Ask for the bank reference']);
	});
});
