// The RT adapter against a live Request Tracker 5: listing with paging, threads, every write, conflicts.
import {randomBytes} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {HelpdeskProvider} from '../../../source/providers/provider.js';
import {openRtProvider} from '../../../source/providers/rt/rt-provider.js';
import {rejection} from '../../helpers/rejection.js';
import {createTicket, rest, rtAvailable, rtSkipMessage, startRtServer, type RtServer} from '../../helpers/rt-server.js';

if (!rtAvailable) console.warn(rtSkipMessage);

describe.runIf(rtAvailable)('Request Tracker 5 adapter (live server)', () => {
	let server: RtServer;
	let provider: HelpdeskProvider;
	const run = randomBytes(3).toString('hex');
	let queueId = '';
	const agentName = `agent-${run}`;
	const tickets: string[] = [];

	beforeAll(async () => {
		server = startRtServer();
		provider = openRtProvider({
			profile: {name: 'rt', provider: 'rt', settings: {url: server.url}},
			paths: {dataDir: '/nonexistent', configDir: '/nonexistent', templatesDir: '/nonexistent'},
			env: {},
			clock: Date.now,
			secrets: {token: server.token},
		});
		const queue = await rest(server, 'POST', '/queue', {Name: `deskterm-${run}`});
		queueId = String(queue.body.id);
		await rest(server, 'POST', '/user', {Name: agentName, EmailAddress: `${agentName}@rt.test`, RealName: `Agent ${run}`, Privileged: 1});
		for (const [index, subject] of ['Printer on fire', "Can't log in", 'Invoice twice', 'Refund please', 'Wifi down'].entries()) {
			tickets.push(
				await createTicket(server, {Queue: queueId, Subject: subject, Requestor: `customer${index}-${run}@example.com`, Content: `Body of ${subject}`}),
			);
		}
	});

	afterAll(async () => {
		await provider?.close();
		server?.stop();
	});

	it('knows who it is from the token', async () => {
		expect(await provider.whoami()).toMatchObject({id: 'root', name: 'Enoch Root', email: 'root@localhost'});
	});

	it('lists the queue page by page until the cursor runs out', async () => {
		const seen: string[] = [];
		let cursor: string | undefined;
		let pages = 0;
		do {
			const page = await provider.listQueue({team: queueId, limit: 2, sort: 'created', ...(cursor ? {cursor} : {})});
			expect(page.total).toBe(5);
			expect(page.conversations.length).toBeLessThanOrEqual(2);
			seen.push(...page.conversations.map(conversation => conversation.id));
			cursor = page.nextCursor ?? undefined;
			pages += 1;
		} while (cursor);
		expect(pages).toBe(3);
		expect(seen).toEqual([...tickets].reverse());
		const first = (await provider.listQueue({team: queueId, limit: 1, sort: 'created'})).conversations[0]!;
		expect(first).toMatchObject({subject: 'Wifi down', status: 'open', teamName: `deskterm-${run}`, assigneeId: null, customerId: `customer4-${run}@example.com`});
	});

	it('finds a subject with a quote in it', async () => {
		const page = await provider.listQueue({team: queueId, text: "Can't"});
		expect(page.conversations.map(conversation => conversation.subject)).toEqual(["Can't log in"]);
	});

	it('reads the thread, replies and comments, and RT holds both', async () => {
		const id = tickets[0]!;
		const reply = await provider.reply(id, {body: 'We are sending the fire brigade.'});
		expect(reply).toMatchObject({conversationId: id, kind: 'agent', authorId: 'root'});
		const note = await provider.addNote(id, {body: 'Internal: third fire this month.'});
		expect(note.kind).toBe('note');
		const conversation = await provider.getConversation(id);
		expect(conversation.messages.map(message => [message.kind, message.body])).toEqual([
			['customer', 'Body of Printer on fire'],
			['agent', 'We are sending the fire brigade.'],
			['note', 'Internal: third fire this month.'],
		]);
		expect(conversation).toMatchObject({status: 'open', waitingSince: null, messageCount: 3, customer: {email: `customer0-${run}@example.com`}});
		expect(conversation.version).toMatch(/^\d+$/);
		const history = await rest(server, 'GET', `/ticket/${id}/history?per_page=100&fields=Type`);
		expect(history.body.items.map((item: {Type: string}) => item.Type)).toEqual(expect.arrayContaining(['Correspond', 'Comment']));
	});

	it('assigns to an agent and back to nobody, and moves the ticket to another queue', async () => {
		const id = tickets[1]!;
		await provider.assign(id, {agentId: agentName});
		expect((await rest(server, 'GET', `/ticket/${id}`)).body.Owner.id).toBe(agentName);
		expect((await provider.getConversation(id)).assigneeName).toBe(`Agent ${run}`);
		await provider.assign(id, {agentId: null, teamId: '1'});
		const ticket = (await rest(server, 'GET', `/ticket/${id}`)).body;
		expect([ticket.Owner.id, ticket.Queue.id]).toEqual(['Nobody', '1']);
		await provider.assign(id, {teamId: queueId});
	});

	it('reports RT refusals that come back as 200', async () => {
		const error = await rejection(provider.assign(tickets[1]!, {agentId: `ghost-${run}`}));
		expect(error.message).toBe(`Request Tracker refused to assign on ticket ${tickets[1]}: That user does not exist`);
	});

	it('sets status and priority, and the closed filter finds the ticket', async () => {
		const id = tickets[2]!;
		await provider.setStatus(id, {status: 'pending'});
		expect((await rest(server, 'GET', `/ticket/${id}`)).body.Status).toBe('stalled');
		await provider.setPriority(id, 'high');
		expect((await rest(server, 'GET', `/ticket/${id}`)).body.Priority).toBe('100');
		await provider.setStatus(id, {status: 'closed'});
		const closed = await provider.listQueue({team: queueId, statuses: ['closed']});
		expect(closed.conversations.map(conversation => [conversation.id, conversation.status, conversation.priority])).toEqual([[id, 'closed', 'high']]);
		expect((await rejection(provider.setStatus(id, {status: 'snoozed'}))).code).toBe('unsupported');
	});

	it('detects a concurrent change through ETag/If-Match and lets a fresh version through', async () => {
		const id = tickets[3]!;
		const loaded = await provider.getConversation(id);
		await rest(server, 'POST', `/ticket/${id}/comment`, {Content: 'Someone else was here', ContentType: 'text/plain'});
		const put = await rejection(provider.setStatus(id, {status: 'pending', expectedVersion: loaded.version}));
		expect(put).toMatchObject({code: 'conflict', status: 412});
		const post = await rejection(provider.reply(id, {body: 'Stale reply', expectedVersion: loaded.version}));
		expect(post.code).toBe('conflict');
		const fromRow = (await provider.listQueue({team: queueId, text: 'Refund'})).conversations[0]!;
		await provider.setStatus(id, {status: 'pending', expectedVersion: fromRow.version});
		const fresh = await provider.getConversation(id);
		await provider.reply(id, {body: 'Fresh reply', expectedVersion: fresh.version});
		expect((await provider.getConversation(id)).messages.at(-1)).toMatchObject({kind: 'agent', body: 'Fresh reply'});
		expect((await rest(server, 'GET', `/ticket/${id}`)).body.Status).toBe('stalled');
	});

	it('follows changes from a cursor without re-listing the queue', async () => {
		const start = await provider.changesSince(null);
		expect(start.changed).toEqual([]);
		await rest(server, 'POST', `/ticket/${tickets[4]}/comment`, {Content: 'touch', ContentType: 'text/plain'});
		const changes = await provider.changesSince(start.cursor);
		expect(changes.changed.map(conversation => conversation.id)).toContain(tickets[4]);
		const again = await provider.changesSince(changes.cursor);
		expect(again.changed.map(conversation => conversation.id)).not.toContain(tickets[4]);
		const doomed = await createTicket(server, {Queue: queueId, Subject: 'Spam', Requestor: `spam-${run}@example.com`, Content: 'buy now'});
		await rest(server, 'DELETE', `/ticket/${doomed}`);
		expect((await provider.changesSince(again.cursor)).removed).toContain(doomed);
	});

	it('lists agents (privileged users) and teams (queues)', async () => {
		const agents = await provider.listAgents();
		expect(agents.map(agent => agent.id)).toEqual(expect.arrayContaining(['root', agentName]));
		expect(agents.map(agent => agent.id)).not.toContain('Nobody');
		const teams = await provider.listTeams();
		expect(teams).toEqual(expect.arrayContaining([{id: '1', name: 'General'}, {id: queueId, name: `deskterm-${run}`}]));
	});

	it('imports RT articles as saved replies', async () => {
		await rest(server, 'POST', '/article', {Name: `Refunds ${run}`, Class: 'General', CustomFields: {Content: 'Refunds take 5 days.'}});
		const replies = await provider.listSavedReplies!();
		expect(replies).toContainEqual({id: expect.any(String), title: `Refunds ${run}`, body: 'Refunds take 5 days.', shortcut: null, tags: ['general']});
	});

	it('says not found for a ticket that does not exist', async () => {
		expect((await rejection(provider.getConversation('99999999'))).code).toBe('not_found');
	});
});
