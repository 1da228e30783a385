// The adapter's requests and answers against a scripted REST2 on 127.0.0.1 (no RT needed).
import {afterEach, describe, expect, it} from 'vitest';
import {sendJson} from '../../helpers/loopback-server.js';
import {rejection} from '../../helpers/rejection.js';
import {alice, collection, generalQueue, listedTicket, root} from './rt-fixtures.js';
import {closeScripted, openScripted, scriptedToken} from './rt-scripted.js';

const token = scriptedToken;
const open = openScripted;

afterEach(closeScripted);

describe('RT provider requests', () => {
	it('lists the queue with TicketSQL, paging, ordering and nested fields in one request', async () => {
		const {provider, requests} = await open((_request, response) =>
			sendJson(response, 200, collection([listedTicket('5'), listedTicket('4')], {total: 7, pages: 4, per_page: 2, next_page: 'x'})),
		);
		const page = await provider.listQueue({assignee: 'me', limit: 2, sort: 'priority'});
		expect(page.total).toBe(7);
		expect(page.conversations.map(conversation => conversation.id)).toEqual(['5', '4']);
		const url = new URL(requests[0]!.url, 'http://x');
		expect(url.pathname).toBe('/REST/2.0/tickets');
		expect(url.searchParams.get('query')).toBe("((Status = '__Active__' AND Status != 'stalled') OR Status = 'stalled') AND Owner = '__CurrentUser__'");
		expect([url.searchParams.get('page'), url.searchParams.get('per_page')]).toEqual(['1', '2']);
		expect(url.searchParams.getAll('orderby')).toEqual(['Priority', 'Told', 'id']);
		expect(url.searchParams.getAll('order')).toEqual(['DESC', 'ASC', 'ASC']);
		expect(url.searchParams.get('fields[Requestor]')).toBe('Name,RealName,EmailAddress');
		expect(requests[0]!.headers['authorization']).toBe(`token ${token}`);
		await provider.listQueue({assignee: 'me', limit: 2, sort: 'priority', cursor: page.nextCursor!});
		expect(new URL(requests[1]!.url, 'http://x').searchParams.get('page')).toBe('2');
	});

	it('keeps paging when RT hides the total and the page is full, and stops on a short page', async () => {
		const {provider} = await open((request, response) =>
			sendJson(response, 200, new URL(request.url, 'http://x').searchParams.get('page') === '1' ? {page: 1, per_page: 1, total: null, count: 1, items: [listedTicket('1')]} : {page: 2, per_page: 1, total: null, count: 0, items: []}),
		);
		const first = await provider.listQueue({limit: 1});
		expect(first).toMatchObject({total: null});
		expect(first.nextCursor).not.toBeNull();
		expect((await provider.listQueue({limit: 1, cursor: first.nextCursor!})).nextCursor).toBeNull();
	});

	it('sends a reply as text/plain correspond and takes the id from the relative Location', async () => {
		const {provider, requests} = await open((request, response) => {
			if (request.url.startsWith('/REST/2.0/user/')) return sendJson(response, 200, root);
			if (request.url === '/REST/2.0/rt') return sendJson(response, 200, {Version: '5.0.3'});
			sendJson(response, 201, ['Correspondence added'], {location: '/REST/2.0/transaction/56'});
		});
		const message = await provider.reply('1', {body: 'On our way.'});
		expect(message).toMatchObject({id: '56', kind: 'agent', authorId: 'root', authorName: 'Enoch Root', body: 'On our way.'});
		const post = requests.find(request => request.method === 'POST')!;
		expect(post.url).toBe('/REST/2.0/ticket/1/correspond');
		expect(JSON.parse(post.body)).toEqual({Content: 'On our way.', ContentType: 'text/plain'});
		expect(requests.some(request => request.url === '/REST/2.0/user/14')).toBe(true);
	});

	it('sends If-Match with a known ETag and turns 412 into conflict', async () => {
		const {provider, requests} = await open((_request, response) => sendJson(response, 412, {message: 'Precondition Failed'}));
		const error = await rejection(provider.setPriority('3', 'urgent', {expectedVersion: '77'}));
		expect(error).toMatchObject({code: 'conflict', status: 412});
		expect(requests[0]).toMatchObject({method: 'PUT', url: '/REST/2.0/ticket/3'});
		expect(requests[0]!.headers['if-match']).toBe('"77"');
		expect(JSON.parse(requests[0]!.body)).toEqual({Priority: 150});
	});

	it('turns a refusal inside a 200 answer into an error', async () => {
		const {provider} = await open((_request, response) => sendJson(response, 200, ['Ticket 5: That user may not own tickets in that queue']));
		const error = await rejection(provider.assign('5', {agentId: 'agent1'}));
		expect(error).toMatchObject({code: 'forbidden', message: 'Request Tracker refused to assign on ticket 5: That user may not own tickets in that queue'});
	});

	it('says which command fixes a rejected token, without the token', async () => {
		const {provider} = await open((_request, response) => sendJson(response, 401, {message: 'Unauthorized'}));
		const error = await rejection(provider.whoami());
		expect(error.message).toBe('token rejected by Request Tracker (HTTP 401: Unauthorized): run `deskterm login rt`');
	});

	it('reads a user RT hides (403 or 404) as nobody, so whoami says to check the profile', async () => {
		for (const status of [403, 404]) {
			const {provider} = await open((request, response) => {
				if (request.url === '/REST/2.0/rt') return sendJson(response, 200, {Version: '5.0.3'});
				sendJson(response, status, {message: 'No permission to view user'});
			});
			const error = await rejection(provider.whoami());
			expect(error).toMatchObject({code: 'auth', message: 'Request Tracker accepted the token but will not show user "14": check the profile\'s user'});
			await closeScripted();
		}
	});

	it('asks RT who it is once per session', async () => {
		const {provider, requests} = await open((request, response) => {
			if (request.url === '/REST/2.0/rt') return sendJson(response, 200, {Version: '5.0.3'});
			sendJson(response, 200, root);
		});
		expect(await provider.whoami()).toMatchObject({id: 'root', name: 'Enoch Root'});
		expect(await provider.whoami()).toMatchObject({id: 'root', name: 'Enoch Root'});
		expect(requests.map(request => request.url)).toEqual(['/REST/2.0/rt', '/REST/2.0/user/14']);
	});

	it('lists the queues that are not disabled as teams, asking RT once', async () => {
		const disabled = {...generalQueue, id: 2, Name: 'Old support', Disabled: '1'};
		const {provider, requests} = await open((_request, response) => sendJson(response, 200, collection([generalQueue, disabled])));
		expect(await provider.listTeams()).toEqual([{id: '1', name: 'General'}]);
		expect(await provider.listTeams()).toEqual([{id: '1', name: 'General'}]);
		expect(requests.map(request => new URL(request.url, 'http://x').pathname)).toEqual(['/REST/2.0/queues/all']);
	});

	it('refuses bad answers and bad ids clearly', async () => {
		const {provider} = await open((_request, response) => sendJson(response, 200, {items: 'nope'}));
		expect((await rejection(provider.listQueue({}))).code).toBe('invalid_response');
		expect((await rejection(provider.getConversation('abc'))).code).toBe('not_found');
		expect((await rejection(provider.updateTags('1', {add: ['x'], remove: []}))).code).toBe('unsupported');
	});

	it('offers tags only with a tags field, and never snooze', async () => {
		const {provider} = await open(() => undefined, {tagsField: 'Tags'});
		expect(provider.capabilities).toMatchObject({tags: true, snoozeUntil: false, statuses: ['open', 'pending', 'closed'], versionedWrites: true, changes: true, savedReplies: true});
	});
	it('lists agents as the enabled privileged users (RT 5.0 REST2 cannot load the Privileged group)', async () => {
		const records: Record<string, object> = {
			root,
			'alice@example.com': alice,
			'gone': {...root, id: 40, Name: 'gone', RealName: 'Gone Agent', Disabled: '1'},
			'bea': {...root, id: 41, Name: 'bea', RealName: 'Bea Agent', EmailAddress: 'bea@rt.test'},
		};
		const {provider, requests} = await open((request, response) => {
			const path = new URL(request.url, 'http://x').pathname.replace('/REST/2.0', '');
			if (path === '/users') {
				const listed = ['root', 'alice@example.com', 'Nobody', 'RT_System', 'bea'].map(name => ({type: 'user', id: name, Name: name, Disabled: ''}));
				sendJson(response, 200, collection([...listed, {type: 'user', id: 'gone', Name: 'gone', Disabled: '1'}]));
				return;
			}
			const record = records[decodeURIComponent(path.replace('/user/', ''))];
			if (record) sendJson(response, 200, record);
			else sendJson(response, 404, {message: 'Not Found'});
		});
		const agents = await provider.listAgents();
		expect(agents.map(agent => agent.name)).toEqual(['Bea Agent', 'Enoch Root']);
		const asked = requests.map(request => new URL(request.url, 'http://x').pathname.replace('/REST/2.0', ''));
		expect(asked).not.toContain('/user/Nobody');
		expect(asked).not.toContain('/user/gone');
		expect(asked.filter(path => path.startsWith('/group'))).toEqual([]);
	});
});
