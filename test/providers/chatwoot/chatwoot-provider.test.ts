import {describe, expect, it} from 'vitest';
import {createChatwootProvider} from '../../../source/providers/chatwoot/chatwoot-provider.js';
import {parseChatwootSettings} from '../../../source/providers/chatwoot/chatwoot-settings.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {chatwootFixture, chatwootRoutes, conversationPage, secrets, settings, testNow, token} from './chatwoot-routes.js';

const account = '/api/v1/accounts/1';

function provider(extra: FixtureRoute[] = []) {
	const recorded = recordingHttp([...extra, ...chatwootRoutes()], 'Chatwoot');
	return {...recorded, provider: createChatwootProvider({settings, secrets, http: recorded.http, clock: () => testNow})};
}

describe('Chatwoot settings', () => {
	it('refuses a profile without an account id, naming the fix', () => {
		expect(() => parseChatwootSettings({url: 'https://chat.example.com'})).toThrow(/accountId.*deskterm login chatwoot/);
	});

	it('treats an empty optional field as unset', () => {
		expect(parseChatwootSettings({url: 'https://chat.example.com/', accountId: '3', language: ''})).toEqual({url: 'https://chat.example.com', accountId: 3, language: 'en'});
	});

	it('refuses to open without a token', () => {
		const {http} = recordingHttp([]);
		expect(() => createChatwootProvider({settings, secrets: {}, http, clock: () => testNow})).toThrow(/DESKTERM_CHATWOOT_TOKEN/);
	});
});

describe('the Chatwoot queue', () => {
	it('asks the filter endpoint for open, pending and snoozed by default, with the token header', async () => {
		const {provider: chatwoot, requests} = provider();
		const page = await chatwoot.listQueue({});
		expect(requests).toEqual([
			{
				method: 'POST',
				path: `${account}/conversations/filter`,
				query: {page: 1},
				json: {payload: [{attribute_key: 'status', filter_operator: 'equal_to', values: ['open', 'pending', 'snoozed']}]},
				idempotent: true,
				headers: {api_access_token: token},
			},
		]);
		expect(page.conversations.map(row => row.id)).toEqual(['43', '44']);
		expect(page.nextCursor).toBeNull();
	});

	it('filters by me, team and label, resolving me through the profile', async () => {
		const {provider: chatwoot, requests} = provider();
		await chatwoot.listQueue({assignee: 'me', team: '2', tag: 'refund', statuses: ['closed']});
		const filter = requests.find(request => request.path.endsWith('/filter'));
		expect(filter?.json).toEqual({
			payload: [
				{attribute_key: 'status', filter_operator: 'equal_to', values: ['resolved'], query_operator: 'AND'},
				{attribute_key: 'assignee_id', filter_operator: 'equal_to', values: ['3'], query_operator: 'AND'},
				{attribute_key: 'team_id', filter_operator: 'equal_to', values: ['2'], query_operator: 'AND'},
				{attribute_key: 'labels', filter_operator: 'equal_to', values: ['refund']},
			],
		});
	});

	it('pages 25 at a time with the page number as cursor', async () => {
		const {provider: chatwoot} = provider([
			{...route('POST', `${account}/conversations/filter`, ok(conversationPage(25, 100))), when: request => request.query?.['page'] === 1},
			{...route('POST', `${account}/conversations/filter`, ok(conversationPage(3, 125))), when: request => request.query?.['page'] === 2},
		]);
		const first = await chatwoot.listQueue({});
		expect(first.conversations).toHaveLength(25);
		expect(first.nextCursor).toBe('2');
		const second = await chatwoot.listQueue({cursor: first.nextCursor!});
		expect(second.conversations.map(row => row.id)).toEqual(['125', '126', '127']);
		expect(second.nextCursor).toBeNull();
	});

	it('searches text through the list endpoint and keeps only the statuses asked for', async () => {
		const {provider: chatwoot, requests} = provider();
		const page = await chatwoot.listQueue({text: 'export', statuses: ['pending'], tag: 'vip'});
		expect(requests[0]).toMatchObject({method: 'GET', path: `${account}/conversations`, query: {q: 'export', assignee_type: 'all', page: 1, 'labels[]': ['vip']}});
		expect(page.conversations.map(row => row.id)).toEqual(['44']);
	});

	it('reads past a page that filtering here leaves empty', async () => {
		const resolved = conversationPage(25, 200) as {data: {payload: Array<Record<string, unknown>>}};
		for (const conversation of resolved.data.payload) conversation['status'] = 'resolved';
		const {provider: chatwoot, requests} = provider([
			{...route('GET', `${account}/conversations`, ok(resolved)), when: request => request.query?.['page'] === 1},
			{...route('GET', `${account}/conversations`, ok(conversationPage(2, 300))), when: request => request.query?.['page'] === 2},
		]);
		const page = await chatwoot.listQueue({text: 'refund'});
		expect(page.conversations.map(row => row.id)).toEqual(['300', '301']);
		expect(page.nextCursor).toBeNull();
		expect(requests.map(request => request.query?.['page'])).toEqual([1, 2]);
	});

	it('rejects a cursor that is not a page number', async () => {
		const {provider: chatwoot} = provider();
		await expect(chatwoot.listQueue({cursor: 'abc'})).rejects.toThrow(/not a Chatwoot page cursor/);
	});
});

describe('Chatwoot changes', () => {
	it('starts from now, then asks for everything updated within the elapsed seconds plus drift', async () => {
		const recorded = recordingHttp(chatwootRoutes());
		let now = testNow;
		const chatwoot = createChatwootProvider({settings, secrets, http: recorded.http, clock: () => now});
		const start = await chatwoot.changesSince(null);
		expect(start).toEqual({changed: [], removed: [], cursor: String(testNow)});
		expect(recorded.requests).toEqual([]);
		now += 90_000;
		const changes = await chatwoot.changesSince(start.cursor);
		expect(recorded.requests[0]).toMatchObject({method: 'GET', path: `${account}/conversations`, query: {status: 'all', assignee_type: 'all', updated_within: 150}});
		expect(changes.changed.map(row => row.id)).toEqual(['43', '44']);
		expect(changes.cursor).toBe(String(now));
	});
});

describe('a Chatwoot conversation', () => {
	it('reads the conversation, pages messages back by id until none are left, and reads the contact', async () => {
		const {provider: chatwoot, requests} = provider();
		const conversation = await chatwoot.getConversation('42');
		const paths = requests.map(request => `${request.method} ${request.path}${request.query ? ` ${JSON.stringify(request.query)}` : ''}`);
		expect(paths).toEqual([
			`GET ${account}/conversations/42`,
			`GET ${account}/conversations/42/messages`,
			`GET ${account}/contacts/7`,
			`GET ${account}/conversations/42/messages {"before":900}`,
		]);
		expect(conversation.messages.map(message => message.id)).toEqual(['900', '901', '903', '904', '905']);
		expect(conversation.customer).toMatchObject({name: 'Priya Raman', plan: 'team', language: 'de', company: 'Northwind Traders'});
	});
});

describe('Chatwoot writes', () => {
	it('replies as an outgoing public message and returns it', async () => {
		const {provider: chatwoot, requests} = provider();
		const message = await chatwoot.reply('42', {body: "I've refunded the second charge; you'll see it in 3-5 days."});
		expect(requests.at(-1)).toMatchObject({
			method: 'POST',
			path: `${account}/conversations/42/messages`,
			json: {content: "I've refunded the second charge; you'll see it in 3-5 days.", message_type: 'outgoing', private: false},
		});
		expect(requests.at(-1)?.idempotent).toBeUndefined();
		expect(message).toMatchObject({id: '906', kind: 'agent', channel: 'chat', authorName: 'Dana Fischer'});
	});

	it('adds a note as a private message', async () => {
		const {provider: chatwoot, requests} = provider();
		await chatwoot.addNote('42', {body: 'Checked with finance.'});
		expect(requests.at(-1)?.json).toEqual({content: 'Checked with finance.', message_type: 'outgoing', private: true});
	});

	it('refuses a write when the conversation moved past the expected version', async () => {
		const {provider: chatwoot, requests} = provider();
		const error = await rejection(chatwoot.addNote('42', {body: 'late', expectedVersion: '1795600000'}));
		expect(error.code).toBe('conflict');
		expect(requests.map(request => request.method)).toEqual(['GET']);
	});

	it('assigns an agent and a team in two calls, and unassigns with 0', async () => {
		const {provider: chatwoot, requests} = provider();
		await chatwoot.assign('42', {agentId: '5', teamId: null});
		expect(requests.map(request => request.json)).toEqual([{assignee_id: 5}, {team_id: 0}]);
	});

	it('refuses an agent id Chatwoot cannot have', async () => {
		const {provider: chatwoot} = provider();
		await expect(chatwoot.assign('42', {agentId: 'dana'})).rejects.toThrow(/not a Chatwoot agent id/);
	});

	it('snoozes until a wake time in unix seconds, and closes as resolved', async () => {
		const {provider: chatwoot, requests} = provider();
		await chatwoot.setStatus('42', {status: 'snoozed', until: Date.UTC(2026, 10, 27, 9, 0, 0)});
		await chatwoot.setStatus('42', {status: 'closed'});
		expect(requests.map(request => request.json)).toEqual([
			{status: 'snoozed', snoozed_until: Date.UTC(2026, 10, 27, 9, 0, 0) / 1000},
			{status: 'resolved'},
		]);
	});

	it('sets priority through toggle_priority', async () => {
		const {provider: chatwoot, requests} = provider();
		await chatwoot.setPriority('42', 'normal');
		expect(requests[0]).toMatchObject({path: `${account}/conversations/42/toggle_priority`, json: {priority: 'medium'}});
	});

	it('changes labels by reading the list and writing the whole new list', async () => {
		const {provider: chatwoot, requests} = provider();
		await chatwoot.updateTags('42', {add: ['vip', 'refund'], remove: ['billing']});
		expect(requests.map(request => `${request.method} ${request.path}`)).toEqual([
			`GET ${account}/conversations/42/labels`,
			`POST ${account}/conversations/42/labels`,
		]);
		expect(requests[1]?.json).toEqual({labels: ['refund', 'vip']});
	});
});

describe('Chatwoot people and saved replies', () => {
	it('lists agents with their teams, administrators as leads', async () => {
		const {provider: chatwoot} = provider();
		expect(await chatwoot.listAgents()).toEqual([
			{id: '3', name: 'Dana Fischer', email: 'dana@example.com', teamIds: ['2'], role: 'agent'},
			{id: '5', name: 'Lee Moreau', email: 'lee@example.com', teamIds: [], role: 'lead'},
		]);
		expect(await chatwoot.listTeams()).toEqual([
			{id: '2', name: 'billing'},
			{id: '4', name: 'technical'},
		]);
	});

	it('knows who it acts as', async () => {
		const {provider: chatwoot} = provider();
		expect(await chatwoot.whoami()).toMatchObject({id: '3', name: 'Dana Fischer', teamIds: ['2']});
	});

	it('still knows who it acts as when the role may not list agents', async () => {
		const {provider: chatwoot} = provider([route('GET', `${account}/agents`, {status: 403, body: {errors: ['not allowed']}})]);
		expect(await chatwoot.whoami()).toEqual({id: '3', name: 'Dana Fischer', email: 'dana@example.com', teamIds: [], role: 'agent'});
	});

	it('imports canned responses with their short codes, variables renamed', async () => {
		const {provider: chatwoot} = provider();
		const replies = await chatwoot.listSavedReplies!();
		expect(replies[0]).toEqual({
			id: '11',
			title: 'refund-issued',
			body: "Hi {{customer.name}}, I've issued the refund; it shows up within 3-5 business days.",
			shortcut: 'refund-issued',
			tags: [],
		});
		expect(chatwootFixture<Array<{content: string}>>('canned-responses.json')[0]!.content).toContain('{{contact.name}}');
	});

	it('says plainly when Chatwoot answers something unreadable', async () => {
		const {provider: chatwoot} = provider([route('GET', '/api/v1/profile', ok({name: 'no id'}))]);
		await expect(chatwoot.whoami()).rejects.toThrow(/Chatwoot sent a profile deskterm cannot read \(id:/);
	});
});
