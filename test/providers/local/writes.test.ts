// Writes on the local desk: each bumps the version, logs a change, and survives a reopen.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {openTestDesk, seededAt, type TestDesk} from './local-desk.js';

let desk: TestDesk;
const hour = 3_600_000;

beforeEach(async () => {
	desk = await openTestDesk();
});
afterEach(async () => desk.cleanup());

async function waitingConversation() {
	const page = await desk.provider.listQueue({sort: 'waiting', limit: 1});
	return desk.provider.getConversation(page.conversations[0]!.id);
}

async function eventsOf(id: string) {
	for await (const fact of desk.provider.iterateMetricFacts!({from: 0, until: Number.MAX_SAFE_INTEGER})) if (fact.id === id) return fact.events ?? [];
	throw new Error(`conversation ${id} has no facts`);
}

describe('local desk writes', () => {
	it('reads a whole conversation: customer, messages with channels, ratings, page url, version', async () => {
		const closed = await desk.provider.listQueue({statuses: ['closed'], limit: 1000});
		const rated = (await Promise.all(closed.conversations.map(each => desk.provider.getConversation(each.id)))).find(
			each => each.ratings.csat !== null,
		);
		expect(rated).toBeDefined();
		expect(rated!.customer.name).toBe(rated!.customerName);
		expect(rated!.messages.length).toBe(rated!.messageCount);
		expect(rated!.messages.every(message => message.conversationId === rated!.id && message.channel)).toBe(true);
		expect(rated!.version).toBe('1');
	});

	it('replies as me: sets the first response, clears waiting, bumps the version', async () => {
		desk.setNow(seededAt + hour);
		const before = await waitingConversation();
		expect(before.waitingSince).not.toBeNull();
		const message = await desk.provider.reply(before.id, {body: 'Hi! Looking into it now.', expectedVersion: before.version});
		expect(message).toMatchObject({kind: 'agent', authorId: 'maya', authorName: 'Maya Patel', createdAt: seededAt + hour});
		const after = await desk.provider.getConversation(before.id);
		expect(after.waitingSince).toBeNull();
		expect(after.firstResponseAt).toBe(before.firstResponseAt ?? seededAt + hour);
		expect(after.updatedAt).toBe(seededAt + hour);
		expect(Number(after.version)).toBe(Number(before.version) + 1);
		expect(after.messages.at(-1)).toEqual(message);
		expect(after.messageCount).toBe(before.messageCount + 1);
	});

	it('adds internal notes without answering the customer', async () => {
		const before = await waitingConversation();
		const note = await desk.provider.addNote(before.id, {body: 'Checking with billing.'});
		expect(note.kind).toBe('note');
		const after = await desk.provider.getConversation(before.id);
		expect(after.waitingSince).toBe(before.waitingSince);
		expect(after.messageCount).toBe(before.messageCount + 1);
	});

	it('refuses a write made against a stale version', async () => {
		const conversation = await waitingConversation();
		await desk.provider.setPriority(conversation.id, 'urgent', {expectedVersion: conversation.version});
		await expect(desk.provider.reply(conversation.id, {body: 'late', expectedVersion: conversation.version})).rejects.toMatchObject({
			code: 'conflict',
			message: expect.stringMatching(/changed by someone else/),
		});
		expect((await desk.provider.getConversation(conversation.id)).messageCount).toBe(conversation.messageCount);
	});

	it('says which conversation is missing', async () => {
		await expect(desk.provider.getConversation('999999')).rejects.toMatchObject({code: 'not_found', message: 'conversation 999999 not found'});
		await expect(desk.provider.reply('123abc', {body: 'x'})).rejects.toMatchObject({code: 'not_found', message: 'conversation 123abc not found'});
	});

	it('assigns agents and teams, and checks they exist', async () => {
		const {id} = await waitingConversation();
		await desk.provider.assign(id, {agentId: 'lena', teamId: 'billing'});
		expect(await desk.provider.getConversation(id)).toMatchObject({assigneeId: 'lena', assigneeName: 'Lena Fischer', teamId: 'billing', teamName: 'Billing'});
		await desk.provider.assign(id, {agentId: null});
		expect(await desk.provider.getConversation(id)).toMatchObject({assigneeId: null, teamId: 'billing'});
		await expect(desk.provider.assign(id, {agentId: 'ghost'})).rejects.toMatchObject({code: 'not_found', message: expect.stringMatching(/agent "ghost" not found/)});
		await expect(desk.provider.assign(id, {teamId: 'marketing'})).rejects.toMatchObject({code: 'not_found'});
		await expect(desk.provider.assign(id, {})).rejects.toMatchObject({code: 'usage'});
	});

	it('snoozes only until a future time, closes with closedAt and reopens without it', async () => {
		const {id} = await waitingConversation();
		await expect(desk.provider.setStatus(id, {status: 'snoozed'})).rejects.toMatchObject({code: 'usage'});
		await expect(desk.provider.setStatus(id, {status: 'snoozed', until: seededAt - 1})).rejects.toThrow(/in the future/);
		await desk.provider.setStatus(id, {status: 'snoozed', until: seededAt + 2 * hour});
		expect(await desk.provider.getConversation(id)).toMatchObject({status: 'snoozed', snoozedUntil: seededAt + 2 * hour});
		await desk.provider.setStatus(id, {status: 'closed'});
		expect(await desk.provider.getConversation(id)).toMatchObject({status: 'closed', closedAt: seededAt, snoozedUntil: null, waitingSince: null});
		await desk.provider.setStatus(id, {status: 'open'});
		expect(await desk.provider.getConversation(id)).toMatchObject({status: 'open', closedAt: null});
	});

	it('wakes a snoozed conversation when its time comes', async () => {
		const {id} = await waitingConversation();
		await desk.provider.reply(id, {body: 'I will check back tomorrow.'});
		await desk.provider.setStatus(id, {status: 'snoozed', until: seededAt + hour});
		desk.setNow(seededAt + 2 * hour);
		expect(await desk.provider.getConversation(id)).toMatchObject({status: 'open', snoozedUntil: null, waitingSince: seededAt + hour});
	});

	it('logs status changes with who made them, handovers, the wake-up and the customer reopening, with their changes', async () => {
		const {id, status, assigneeId} = await waitingConversation();
		const me = await desk.provider.whoami();
		const seeded = (await eventsOf(id)).length;
		await desk.provider.assign(id, {agentId: 'lena'});
		await desk.provider.assign(id, {teamId: 'billing'});
		await desk.provider.setStatus(id, {status: 'snoozed', until: seededAt + hour});
		desk.setNow(seededAt + 2 * hour);
		await desk.provider.getConversation(id);
		await desk.provider.setStatus(id, {status: 'closed'});
		await desk.provider.setStatus(id, {status: 'closed'});
		const {name, email} = (await desk.provider.getConversation(id)).customer;
		await desk.provider.receiveIncoming({conversationId: id, customerName: name, email, body: 'It broke again.'});
		const events = (await eventsOf(id)).slice(seeded);
		expect(events).toEqual([
			...(assigneeId === 'lena' ? [] : [{kind: 'handover', conversationId: id, at: seededAt, fromId: assigneeId, toId: 'lena'}]),
			{kind: 'status', conversationId: id, at: seededAt, actorId: me.id, from: status, to: 'snoozed'},
			{kind: 'status', conversationId: id, at: seededAt + 2 * hour, actorId: null, from: 'snoozed', to: 'open'},
			{kind: 'status', conversationId: id, at: seededAt + 2 * hour, actorId: me.id, from: 'open', to: 'closed'},
			{kind: 'status', conversationId: id, at: seededAt + 2 * hour, actorId: null, from: 'closed', to: 'open'},
		]);
	});

	it('sets priorities and tags', async () => {
		const {id} = await waitingConversation();
		await desk.provider.setPriority(id, 'low');
		await desk.provider.updateTags(id, {add: ['Billing', 'vip'], remove: []});
		await desk.provider.updateTags(id, {add: [], remove: ['vip']});
		const after = await desk.provider.getConversation(id);
		expect(after.priority).toBe('low');
		expect(after.tags).toContain('billing');
		expect(after.tags).not.toContain('vip');
		await expect(desk.provider.updateTags(id, {add: ['two words'], remove: []})).rejects.toMatchObject({code: 'usage'});
		await expect(desk.provider.setPriority(id, 'asap' as never)).rejects.toMatchObject({code: 'usage'});
	});

	it('keeps every write after closing and reopening the file', async () => {
		const {id} = await waitingConversation();
		await desk.provider.reply(id, {body: 'Persisted reply'});
		await desk.provider.updateTags(id, {add: ['kept'], remove: []});
		await desk.provider.close();
		const reopened = await desk.reopen();
		const after = await reopened.getConversation(id);
		expect(after.messages.at(-1)!.body).toBe('Persisted reply');
		expect(after.tags).toContain('kept');
	});

	it('reports what changed since a cursor, and nothing twice', async () => {
		const start = await desk.provider.changesSince(null);
		expect(start.changed).toEqual([]);
		const {id} = await waitingConversation();
		await desk.provider.reply(id, {body: 'one'});
		await desk.provider.setPriority(id, 'high');
		const changes = await desk.provider.changesSince(start.cursor);
		expect(changes.changed.map(each => each.id)).toEqual([id]);
		expect(changes.changed[0]!.priority).toBe('high');
		expect((await desk.provider.changesSince(changes.cursor)).changed).toEqual([]);
		await expect(desk.provider.changesSince('garbage')).rejects.toMatchObject({code: 'usage'});
	});

	it('acts as the agent named by the profile or DESKTERM_AGENT, by id, email or name', async () => {
		expect((await desk.provider.whoami()).id).toBe('maya');
		expect((await (await desk.reopen({env: {DESKTERM_AGENT: 'lena@support.example.com'}})).whoami()).id).toBe('lena');
		expect((await (await desk.reopen({env: {DESKTERM_AGENT: 'lena'}, settings: {agent: 'Omar Haddad'}})).whoami()).id).toBe('omar');
		await expect((await desk.reopen({env: {DESKTERM_AGENT: 'Nobody'}})).whoami()).rejects.toThrow(/DESKTERM_AGENT names "Nobody"/);
	});
});
