// The Front adapter's behaviour against the fixture company, through a recording HttpClient.
import {describe, expect, it} from 'vitest';
import {createFrontProvider, frontConfirmWaitsMs} from '../../../source/providers/front/front-provider.js';
import {parseFrontSettings} from '../../../source/providers/front/front-settings.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {frontFixture, frontRoutes, searchQuery, secrets, settings, testNow} from './front-routes.js';

function provider(extra: FixtureRoute[] = []) {
	const recorded = recordingHttp([...extra, ...frontRoutes()], 'Front');
	const waits: number[] = [];
	const front = createFrontProvider({settings, secrets, http: recorded.http, clock: () => testNow, sleep: async ms => void waits.push(ms)});
	return {...recorded, front, waits};
}

describe('Front settings', () => {
	it('defaults to api2.frontapp.com and turns a teammate email into its resource alias', () => {
		expect(parseFrontSettings({teammate: 'maya@northwind.example'})).toEqual({baseUrl: 'https://api2.frontapp.com', teammate: 'alt:email:maya@northwind.example', language: 'en'});
		expect(parseFrontSettings({teammate: 'tea_6r55a', url: 'http://127.0.0.1:9999/'})).toMatchObject({baseUrl: 'http://127.0.0.1:9999', teammate: 'tea_6r55a'});
	});

	it('refuses a profile without a teammate, naming the login command', () => {
		expect(() => parseFrontSettings({})).toThrow(/Front profile: teammate: .*deskterm login front/);
	});
});

describe('the Front queue', () => {
	it('searches open, then snoozed conversations, one status search after the other', async () => {
		const {front, requests} = provider();
		const first = await front.listQueue({});
		expect(first.conversations.map(row => [row.id, row.status, row.assigneeName])).toEqual([
			['cnv_yo1kg5q', 'open', 'Maya Okafor'],
			['cnv_yo1kg7t', 'open', null],
		]);
		expect(first.nextCursor).toBe('1|');
		const second = await front.listQueue({cursor: first.nextCursor!});
		expect(second.conversations.map(row => [row.id, row.status])).toEqual([['cnv_yo1kg9z', 'snoozed']]);
		expect(second.nextCursor).toBeNull();
		expect(requests.filter(request => request.path.startsWith('/conversations/search/')).map(searchQuery)).toEqual(['is:open', 'is:snoozed']);
	});

	it('combines text, assignee and tag filters, the tag by its id', async () => {
		const {front, requests} = provider();
		const page = await front.listQueue({text: 'double  charge', assignee: 'me', tag: 'Billing', statuses: ['open'], limit: 500});
		const search = requests.find(request => request.path.startsWith('/conversations/search/'))!;
		expect(searchQuery(search)).toBe('double charge assignee:tea_6r55a tag:tag_2oxhvy is:open');
		expect(search.query).toEqual({limit: 100});
		expect(page.total).toBe(2);
	});

	it('answers an unknown tag or pending-only query with an empty page, without searching', async () => {
		const {front, requests} = provider();
		expect(await front.listQueue({tag: 'no-such-tag'})).toEqual({conversations: [], nextCursor: null, total: 0});
		expect(requests.some(request => request.path.startsWith('/conversations/search/'))).toBe(false);
	});

	it('refuses a team or channel filter in one line, and a cursor it did not make', async () => {
		const {front} = provider();
		expect((await rejection(front.listQueue({team: 'tim_billing'}))).code).toBe('unsupported');
		expect((await rejection(front.listQueue({channel: 'chat'}))).message).toBe('Front search cannot filter by channel');
		expect((await rejection(front.listQueue({cursor: 'abc'}))).code).toBe('usage');
	});

	it('reads changes with after: and moves the cursor to the newest activity', async () => {
		const {front, requests} = provider();
		expect((await front.changesSince(null)).cursor).toBe(String(testNow / 1000));
		const changes = await front.changesSince('1795665000');
		expect(searchQuery(requests.at(-1)!)).toBe('after:1795664999');
		expect(changes.changed.map(row => row.id)).toEqual(['cnv_yo1kg5q', 'cnv_yo1kg7t']);
		expect(changes.cursor).toBe('1795680000');
		// Newest first: an older row ends the read, and is not a change.
		expect((await front.changesSince('1795675000')).changed.map(row => row.id)).toEqual(['cnv_yo1kg5q']);
	});
});

describe('Front writes', () => {
	it('confirms a reply by its message uid once Front has created it', async () => {
		const {front, requests, waits} = provider([route('GET', /^\/messages\//, {status: 404, body: frontFixture('error-404.json')}, {status: 404, body: frontFixture('error-404.json')}, ok(frontFixture('message-sent.json')))]);
		const message = await front.reply('cnv_yo1kg5q', {body: 'Refund issued.'});
		expect(message).toMatchObject({id: 'msg_1q15qr4e', kind: 'agent', body: 'Refund issued.', authorName: 'Maya Okafor'});
		expect(waits).toEqual(frontConfirmWaitsMs.slice(0, 2));
		expect(requests.filter(request => request.method === 'POST' && request.path.endsWith('/messages'))).toHaveLength(1);
	});

	it('says a reply is still being sent when Front has not created it in time, and does not send it again', async () => {
		const {front, requests, waits} = provider([route('GET', /^\/messages\//, {status: 404, body: frontFixture('error-404.json')})]);
		const error = await rejection(front.reply('cnv_yo1kg5q', {body: 'Refund issued.'}));
		expect(error.message).toBe('Front accepted the reply but is still sending it (message uid 5cef987d28f4b29dbf4f23a1ggo52d81): check the conversation before sending it again');
		expect(error.retryable).toBe(false);
		expect(waits).toEqual(frontConfirmWaitsMs);
		expect(requests.filter(request => request.method === 'POST' && request.path.endsWith('/messages'))).toHaveLength(1);
	});

	it('reports a busy confirm after Front accepted the reply as an unknown outcome, not as "not sent"', async () => {
		// Found by the seeded fault suite (seed 1705010621): a retryable 503 here made the outbox send the reply again.
		const {front} = provider([route('GET', /^\/messages\//, {status: 503, body: {_error: {status: 503, title: 'Service unavailable'}}})]);
		const error = await rejection(front.reply('cnv_yo1kg5q', {body: 'Refund issued.'}));
		expect(error.message).toMatch(/^Front accepted the reply but confirming it failed \(message uid 5cef987d28f4b29dbf4f23a1ggo52d81\): /);
		expect(error.code).toBe('unavailable');
		expect(error.retryable).toBe(false);
	});

	it('refuses a write when the conversation moved past the version the agent saw, sending nothing', async () => {
		const {front, requests} = provider();
		const error = await rejection(front.reply('cnv_yo1kg5q', {body: 'Refund issued.', expectedVersion: '1795600000'}));
		expect(error.code).toBe('conflict');
		expect(requests.some(request => request.method !== 'GET')).toBe(false);
		await front.addNote('cnv_yo1kg5q', {body: 'Refunded in Stripe.', expectedVersion: '1795680000.5'});
	});

	it('reads the conversation before posting a note, so a failed read means nothing was added', async () => {
		// Found by the CLI fault suite (seed 352766714): a 503 on the read after the comment made the outbox add the note twice.
		const {front, requests} = provider([route('GET', /^\/conversations\/cnv_yo1kg5q$/, {status: 503, body: {_error: {status: 503, title: 'Service unavailable'}}})]);
		const error = await rejection(front.addNote('cnv_yo1kg5q', {body: 'Refunded in Stripe.'}));
		expect(error.code).toBe('unavailable');
		expect(requests.some(request => request.method === 'POST')).toBe(false);
	});

	it('adds a note as a comment by the teammate', async () => {
		const {front} = provider();
		expect(await front.addNote('cnv_yo1kg5q', {body: 'Refunded in Stripe.'})).toMatchObject({id: 'com_1ywg3h9', kind: 'note', authorId: 'tea_6r55a', createdAt: 1795681000_250});
	});

	it('snoozes with a reminder then archives; closes by archiving; reopens', async () => {
		const {front, requests} = provider();
		await front.setStatus('cnv_yo1kg5q', {status: 'snoozed', until: testNow + 3_600_000});
		await front.setStatus('cnv_yo1kg5q', {status: 'closed'});
		await front.setStatus('cnv_yo1kg5q', {status: 'open'});
		expect(requests.filter(request => request.method === 'PATCH').map(request => [request.path, request.json])).toEqual([
			['/conversations/cnv_yo1kg5q/reminders', {teammate_id: 'tea_6r55a', scheduled_at: testNow / 1000 + 3600}],
			['/conversations/cnv_yo1kg5q', {status: 'archived'}],
			['/conversations/cnv_yo1kg5q', {status: 'archived'}],
			['/conversations/cnv_yo1kg5q', {status: 'open'}],
		]);
		expect((await rejection(front.setStatus('cnv_yo1kg5q', {status: 'pending'}))).code).toBe('unsupported');
		expect((await rejection(front.setStatus('cnv_yo1kg5q', {status: 'snoozed'}))).code).toBe('usage');
	});

	it('assigns and unassigns a teammate, and refuses teams and priorities', async () => {
		const {front, requests} = provider();
		await front.assign('cnv_yo1kg5q', {agentId: 'tea_6r55b'});
		await front.assign('cnv_yo1kg5q', {agentId: null});
		expect(requests.filter(request => request.method === 'PUT').map(request => request.json)).toEqual([{assignee_id: 'tea_6r55b'}, {assignee_id: null}]);
		expect((await rejection(front.assign('cnv_yo1kg5q', {teamId: 'tim_billing'}))).code).toBe('unsupported');
		expect((await rejection(front.setPriority('cnv_yo1kg5q', 'high'))).code).toBe('unsupported');
	});

	it('creates a missing tag before adding it, and removes only tags the company has', async () => {
		const {front, requests} = provider();
		await front.updateTags('cnv_yo1kg5q', {add: ['vip', 'Refund'], remove: ['billing', 'never-existed']});
		expect(requests.find(request => request.method === 'POST' && request.path === '/tags')?.json).toEqual({name: 'vip'});
		expect(requests.find(request => request.method === 'POST' && request.path.endsWith('/tags') && request.path !== '/tags')?.json).toEqual({tag_ids: ['tag_2oxhw9', 'tag_2oxhw0']});
		expect(requests.find(request => request.method === 'DELETE')?.json).toEqual({tag_ids: ['tag_2oxhvy']});
	});
});

describe('Front reads', () => {
	it('is the profile teammate, and lists teammates and teams', async () => {
		const {front} = provider();
		expect(await front.whoami()).toEqual({id: 'tea_6r55a', name: 'Maya Okafor', email: 'maya.okafor@northwind.example', teamIds: [], role: 'agent'});
		expect((await front.listAgents()).map(agent => [agent.id, agent.role])).toEqual([['tea_6r55a', 'agent'], ['tea_6r55b', 'lead']]);
		expect((await front.listTeams()).map(team => team.name)).toEqual(['Billing', 'Technical support']);
	});

	it('imports message templates as saved replies', async () => {
		const {front} = provider();
		expect((await front.listSavedReplies!()).map(reply => reply.title)).toEqual(['Refund issued', 'Reset link']);
	});
});
