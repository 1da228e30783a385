// The Help Scout adapter's behaviour against the fixture account, through a recording HttpClient.
import {describe, expect, it} from 'vitest';
import {createHelpscoutProvider} from '../../../source/providers/helpscout/helpscout-provider.js';
import {parseHelpscoutSettings} from '../../../source/providers/helpscout/helpscout-settings.js';
import {rejection} from '../../helpers/rejection.js';
import {recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {appId, helpscoutRoutes, secrets, settings, testNow} from './helpscout-routes.js';

function provider(extra: FixtureRoute[] = [], options: {mailboxes?: string} = {}) {
	const recorded = recordingHttp([...extra, ...helpscoutRoutes()], 'Help Scout');
	const chosen = options.mailboxes === undefined ? settings : parseHelpscoutSettings({appId, mailboxes: options.mailboxes});
	const helpscout = createHelpscoutProvider({settings: chosen, secrets, http: recorded.http, clock: () => testNow});
	const sent = (method: string, path?: string) => recorded.requests.filter(request => request.method === method && (path === undefined || request.path === path));
	return {...recorded, helpscout, sent};
}

describe('Help Scout settings', () => {
	it('defaults to api.helpscout.net/v2 and reads a list of mailbox ids', () => {
		expect(parseHelpscoutSettings({appId: ' abc '})).toEqual({baseUrl: 'https://api.helpscout.net/v2', appId: 'abc', mailboxes: [], language: 'en'});
		expect(parseHelpscoutSettings({appId, mailboxes: '85, 86', url: 'http://127.0.0.1:9/v2/'})).toMatchObject({baseUrl: 'http://127.0.0.1:9/v2', mailboxes: ['85', '86']});
	});

	it('refuses mailbox names instead of ids, naming the login command', () => {
		expect(() => parseHelpscoutSettings({appId, mailboxes: 'Billing'})).toThrow(/Help Scout profile: mailboxes: .*deskterm login helpscout/);
		expect(() => parseHelpscoutSettings({})).toThrow(/Help Scout profile: appId: /);
	});

	it('refuses to start without the app secret', () => {
		const {http} = recordingHttp([]);
		expect(() => createHelpscoutProvider({settings, secrets: {}, http, clock: () => testNow})).toThrow(/no Help Scout app secret/);
	});
});

describe('the Help Scout queue', () => {
	it('lists open and pending conversations page by page, newest change first', async () => {
		const {helpscout, sent} = provider();
		const first = await helpscout.listQueue({});
		expect(first.conversations.map(row => [row.id, row.status, row.teamName, row.channel])).toEqual([
			['1201', 'open', 'Billing', 'email'],
			['1203', 'open', 'Billing', 'chat'],
		]);
		expect(first).toMatchObject({nextCursor: '2', total: 3});
		const second = await helpscout.listQueue({cursor: first.nextCursor!});
		expect(second.conversations.map(row => [row.id, row.status, row.teamName])).toEqual([['1202', 'pending', 'Product']]);
		expect(second.nextCursor).toBeNull();
		expect(sent('GET', '/conversations').map(request => request.query)).toEqual([
			{status: 'open', sortField: 'modifiedAt', sortOrder: 'desc', page: 1},
			{status: 'open', sortField: 'modifiedAt', sortOrder: 'desc', page: 2},
		]);
		expect(sent('POST', '/oauth2/token')).toHaveLength(1);
	});

	it('passes mailbox, assignee, tag, search text and the waiting sort to the list', async () => {
		const {helpscout, sent} = provider([], {mailboxes: '85,86'});
		await helpscout.listQueue({assignee: 'me', tag: 'billing', text: ' double   charge ', statuses: ['open'], sort: 'waiting'});
		expect(sent('GET', '/conversations')[0]!.query).toEqual({mailbox: '85,86', status: 'active', assigned_to: '901', tag: 'billing', query: 'double charge', sortField: 'waitingSince', sortOrder: 'asc', page: 1});
		await helpscout.listQueue({team: '86'});
		expect(sent('GET', '/conversations')[1]!.query).toMatchObject({mailbox: '86'});
	});

	it('keeps only unassigned rows when asked, without a total it cannot know', async () => {
		const {helpscout} = provider();
		const page = await helpscout.listQueue({assignee: 'unassigned'});
		expect(page.conversations.map(row => row.id)).toEqual(['1203']);
		expect(page.total).toBeNull();
	});

	it('answers snoozed-only with an empty page, and refuses a channel filter or a foreign cursor in one line', async () => {
		const {helpscout, requests} = provider();
		expect(await helpscout.listQueue({statuses: ['snoozed']})).toEqual({conversations: [], nextCursor: null, total: 0});
		expect(requests.some(request => request.path === '/conversations')).toBe(false);
		expect((await rejection(helpscout.listQueue({channel: 'chat'}))).message).toBe('the Help Scout conversation list cannot filter by channel');
		expect((await rejection(helpscout.listQueue({cursor: '1|abc'}))).message).toBe('not a Help Scout queue cursor: "1|abc"');
	});

	it('reads changes since the last look with modifiedSince, closed and spam included', async () => {
		const {helpscout, sent} = provider();
		const start = await helpscout.changesSince(null);
		expect(start).toEqual({changed: [], removed: [], cursor: '2026-11-26T09:00:00Z'});
		const changes = await helpscout.changesSince('2026-11-20T00:00:00Z');
		expect(changes.changed.map(row => [row.id, row.status])).toEqual([
			['1190', 'closed'],
			['1202', 'pending'],
		]);
		expect(changes.cursor).toBe('2026-11-26T09:00:00Z');
		expect(sent('GET', '/conversations')[0]!.query).toEqual({status: 'all', modifiedSince: '2026-11-20T00:00:00Z', sortField: 'modifiedAt', sortOrder: 'asc', page: 1});
	});
});

describe('Help Scout writes', () => {
	it('replies to the primary customer as the app user and takes the thread id from Resource-ID', async () => {
		const {helpscout, sent} = provider();
		const message = await helpscout.reply('1201', {body: 'Refund issued.', expectedVersion: '2026-11-26T07:40:00Z'});
		expect(message).toMatchObject({id: '7010', conversationId: '1201', kind: 'agent', authorId: '901', authorName: 'Maya Okafor', body: 'Refund issued.', createdAt: testNow});
		expect(sent('POST', '/conversations/1201/reply').map(request => request.json)).toEqual([{customer: {id: 501}, text: 'Refund issued.', user: 901}]);
	});

	it('adds an internal note the same way', async () => {
		const {helpscout, sent} = provider();
		expect((await helpscout.addNote('1201', {body: 'Refunded in Stripe.'})).id).toBe('7011');
		expect(sent('POST', '/conversations/1201/notes')[0]!.json).toEqual({text: 'Refunded in Stripe.', user: 901});
	});

	it('refuses a write when the conversation changed since it was loaded', async () => {
		const {helpscout, sent} = provider();
		const error = await rejection(helpscout.reply('1201', {body: 'x', expectedVersion: '2026-11-25T00:00:00Z'}));
		expect(error.code).toBe('conflict');
		expect(sent('POST', '/conversations/1201/reply')).toHaveLength(0);
	});

	it('assigns, unassigns and moves to a mailbox with one JSON Patch operation each', async () => {
		const {helpscout, sent} = provider();
		await helpscout.assign('1201', {agentId: '902'});
		await helpscout.assign('1201', {agentId: null, teamId: '86'});
		expect(sent('PATCH', '/conversations/1201').map(request => request.json)).toEqual([
			{op: 'replace', path: '/assignTo', value: 902},
			{op: 'move', path: '/mailboxId', value: 86},
			{op: 'remove', path: '/assignTo'},
		]);
		expect((await rejection(helpscout.assign('1201', {agentId: 'maya'}))).message).toBe('not a Help Scout user id: "maya"');
	});

	it('sets open, pending and closed, and says plainly that snooze and priority do not exist', async () => {
		const {helpscout, sent} = provider();
		await helpscout.setStatus('1201', {status: 'pending'});
		await helpscout.setStatus('1201', {status: 'closed'});
		expect(sent('PATCH').map(request => request.json)).toEqual([
			{op: 'replace', path: '/status', value: 'pending'},
			{op: 'replace', path: '/status', value: 'closed'},
		]);
		expect((await rejection(helpscout.setStatus('1201', {status: 'snoozed', until: testNow + 3_600_000}))).code).toBe('unsupported');
		expect((await rejection(helpscout.setPriority('1201', 'high'))).message).toBe('Help Scout conversations have no priority');
	});

	it('writes the whole tag set back: the current tags, less the removed, plus the added', async () => {
		const {helpscout, sent} = provider();
		await helpscout.updateTags('1201', {add: ['vip', 'billing'], remove: ['Refund']});
		expect(sent('PUT', '/conversations/1201/tags')[0]!.json).toEqual({tags: ['billing', 'vip']});
	});

	it('says a reply went through but names no thread when Resource-ID is missing', async () => {
		const {helpscout} = provider([route('POST', '/conversations/1201/reply', {status: 201})]);
		expect((await rejection(helpscout.reply('1201', {body: 'x'}))).message).toMatch(/named no thread \(no Resource-ID header\): check conversation 1201/);
	});
});

describe('Help Scout directory and saved replies', () => {
	it('lists users as agents and mailboxes as teams', async () => {
		const {helpscout} = provider();
		expect((await helpscout.listAgents()).map(agent => [agent.id, agent.name, agent.role])).toEqual([
			['901', 'Maya Okafor', 'lead'],
			['902', 'Tomás Ruiz', 'agent'],
		]);
		expect(await helpscout.listTeams()).toEqual([
			{id: '85', name: 'Billing'},
			{id: '86', name: 'Product'},
		]);
	});

	it('imports the saved replies of every mailbox, each read in full', async () => {
		const {helpscout, sent} = provider();
		const replies = await helpscout.listSavedReplies!();
		expect(replies.map(reply => [reply.id, reply.title, reply.tags])).toEqual([
			['41', 'Refund issued', ['Billing']],
			['42', 'Bug logged', ['Product']],
		]);
		expect(sent('GET').filter(request => request.path.includes('saved-replies/')).map(request => request.path)).toEqual(['/mailboxes/85/saved-replies/41', '/mailboxes/86/saved-replies/42']);
	});
});
