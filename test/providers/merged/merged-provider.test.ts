// A merged queue over two in-memory desks: one order across both, ids that carry their desk,
// actions that reach the right desk only, and a desk that is down leaving the other usable.
import {describe, expect, it} from 'vitest';
import type {Conversation} from '../../../source/domain/conversation.js';
import {DeskError} from '../../../source/domain/errors.js';
import {createMergedProvider} from '../../../source/providers/merged/merged-provider.js';
import type {HelpdeskProvider, QueueSort} from '../../../source/providers/provider.js';
import {makeConversation, testNow} from '../../helpers/conversations.js';
import {createMemoryProvider, type MemoryProvider} from '../../helpers/memory-provider.js';
import {rejection} from '../../helpers/rejection.js';

const minute = 60_000;

/** A desk whose conversations waited the given minutes (its own queue lists them longest-waiting first). */
function desk(prefix: string, minutesWaiting: number[], priorities: Conversation['priority'][] = []): MemoryProvider {
	const conversations = minutesWaiting
		.map((minutes, index) =>
			makeConversation({
				id: `${prefix}${index + 1}`,
				subject: `${prefix} case ${index + 1}`,
				priority: priorities[index] ?? 'normal',
				messages: [{kind: 'customer', body: 'Hello', createdAt: testNow - minutes * minute}],
				createdAt: testNow - minutes * minute,
			}),
		)
		.sort((a, b) => a.waitingSince! - b.waitingSince!);
	return createMemoryProvider(conversations);
}

function merged(local: HelpdeskProvider, rt: HelpdeskProvider, options: {rtReadOnly?: boolean} = {}) {
	return createMergedProvider([
		{name: 'local', provider: local, readOnly: false},
		{name: 'rt', provider: rt, readOnly: options.rtReadOnly ?? false},
	]);
}

async function everyPage(provider: HelpdeskProvider, limit: number, sort: QueueSort = 'waiting') {
	const ids: string[] = [];
	let cursor: string | null = null;
	do {
		const page = await provider.listQueue({limit, sort, ...(cursor === null ? {} : {cursor})});
		ids.push(...page.conversations.map(summary => summary.id));
		cursor = page.nextCursor;
	} while (cursor !== null);
	return ids;
}

describe('merged queue', () => {
	it('lists both desks in one order, each row marked with its desk and its id carrying the desk', async () => {
		const provider = merged(desk('L', [50, 20, 5]), desk('R', [90, 30, 10]));
		const page = await provider.listQueue({limit: 10});
		expect(page.conversations.map(summary => summary.id)).toEqual(['rt:R1', 'local:L1', 'rt:R2', 'local:L2', 'rt:R3', 'local:L3']);
		expect(page.conversations.map(summary => summary.desk)).toEqual(['rt', 'local', 'rt', 'local', 'rt', 'local']);
		expect(page.total).toBe(6);
		expect(page.nextCursor).toBeNull();
		expect(page.unavailable).toEqual([]);
	});

	it('pages through both desks without losing or repeating a row, whatever the page size', async () => {
		const waits = (seed: number, count: number) => Array.from({length: count}, (_, index) => ((index + 1) * 37 + seed * 11) % 997);
		const local = desk('L', waits(1, 23));
		const rt = desk('R', waits(2, 17));
		const provider = merged(local, rt);
		const all = [...(await local.listQueue({limit: 100})).conversations.map(s => ({id: `local:${s.id}`, at: s.waitingSince!}))];
		all.push(...(await rt.listQueue({limit: 100})).conversations.map(s => ({id: `rt:${s.id}`, at: s.waitingSince!})));
		const expected = all.sort((a, b) => a.at - b.at).map(entry => entry.id);
		for (const limit of [1, 3, 7, 40]) expect(await everyPage(provider, limit)).toEqual(expected);
	});

	it('sorts by priority across desks, most urgent first', async () => {
		// Each desk lists in its own priority order (the in-memory desk keeps the order it was given).
		const provider = merged(desk('L', [10, 5], ['urgent', 'low']), desk('R', [20], ['high']));
		const page = await provider.listQueue({sort: 'priority'});
		expect(page.conversations.map(summary => `${summary.id} ${summary.priority}`)).toEqual(['local:L1 urgent', 'rt:R1 high', 'local:L2 low']);
	});

	it('sends a reply to the desk the conversation lives on, and only there', async () => {
		const local = desk('L', [10]);
		const rt = desk('R', [20]);
		const provider = merged(local, rt);
		const message = await provider.reply('rt:R1', {body: 'On it.', expectedVersion: '1'});
		expect(message).toMatchObject({id: 'rt:R1-m2', conversationId: 'rt:R1', kind: 'agent'});
		expect(rt.writes).toEqual([{method: 'reply', id: 'R1', input: {body: 'On it.', expectedVersion: '1'}}]);
		expect(local.writes).toEqual([]);
		const shown = await provider.getConversation('rt:R1');
		expect(shown.messages.map(m => m.body)).toEqual(['Hello', 'On it.']);
		expect(shown.customer.id).toBe('rt:c1');
	});

	it('assigns with the desk’s own agents and refuses another desk’s', async () => {
		const local = desk('L', [10]);
		const rt = desk('R', [20]);
		const provider = merged(local, rt);
		const agents = await provider.listAgents();
		expect(agents.map(agent => agent.id)).toContain('rt:a2');
		expect(agents.find(agent => agent.id === 'rt:a2')!.name).toBe('Omar Haddad (rt)');
		await provider.assign('rt:R1', {agentId: 'rt:a2', teamId: null});
		expect(rt.writes[0]).toMatchObject({method: 'assign', id: 'R1', input: {agentId: 'a2', teamId: null}});
		const refused = await rejection(provider.assign('rt:R1', {agentId: 'local:a1'}));
		expect(refused).toMatchObject({code: 'usage', message: expect.stringContaining('local:a1 is on desk local')});
		expect(rt.writes).toHaveLength(1);
	});

	it('filters by a desk’s agent on that desk alone', async () => {
		const local = createMemoryProvider([makeConversation({id: 'L1', assigneeId: 'a1'}), makeConversation({id: 'L2'})]);
		const rt = createMemoryProvider([makeConversation({id: 'R1', assigneeId: 'a1'})]);
		const provider = merged(local, rt);
		const page = await provider.listQueue({assignee: 'local:a1'});
		expect(page.conversations.map(summary => summary.id)).toEqual(['local:L1']);
		const mine = await provider.listQueue({assignee: 'me'});
		expect(mine.conversations.map(summary => summary.id).sort()).toEqual(['local:L1', 'rt:R1']);
	});

	it('keeps the other desk usable when one is down, and says which one in one line', async () => {
		const rt = desk('R', [20]);
		rt.listQueue = async () => {
			throw new DeskError('unavailable', 'Request Tracker did not answer (connection refused)');
		};
		const provider = merged(desk('L', [10, 5]), rt);
		const page = await provider.listQueue({});
		expect(page.conversations.map(summary => summary.id)).toEqual(['local:L1', 'local:L2']);
		expect(page.unavailable).toEqual([{desk: 'rt', message: 'rt: Request Tracker did not answer (connection refused)'}]);
	});

	it('fails when every desk is down', async () => {
		const down = (name: string) => {
			const provider = desk(name, [1]);
			provider.listQueue = async () => {
				throw new DeskError('unavailable', `${name} is down`);
			};
			return provider;
		};
		expect(await rejection(merged(down('L'), down('R')).listQueue({}))).toMatchObject({code: 'unavailable'});
	});

	it('refuses an id without a known desk, naming the desks', async () => {
		const provider = merged(desk('L', [1]), desk('R', [1]));
		for (const id of ['R1', 'zendesk:7', 'rt:']) {
			expect(await rejection(provider.getConversation(id))).toMatchObject({code: 'usage', message: expect.stringContaining('desks: local, rt')});
		}
	});

	it('refuses writes to a read-only desk and still writes to the other', async () => {
		const local = desk('L', [1]);
		const rt = desk('R', [1]);
		const provider = merged(local, rt, {rtReadOnly: true});
		expect(await rejection(provider.addNote('rt:R1', {body: 'x'}))).toMatchObject({code: 'read_only'});
		await provider.addNote('local:L1', {body: 'fine'});
		expect(rt.writes).toEqual([]);
		expect(local.writes).toHaveLength(1);
	});

	it('follows changes of both desks from one cursor', async () => {
		const provider = merged(desk('L', [1]), desk('R', [1]));
		const first = await provider.changesSince(null);
		expect(first.changed).toEqual([]);
		const next = await provider.changesSince(first.cursor);
		expect(next.changed.map(summary => summary.id).sort()).toEqual(['local:L1', 'rt:R1']);
		expect(await rejection(provider.changesSince('bm90IGEgY3Vyc29y'))).toMatchObject({code: 'usage'});
	});

	it('offers an action when some desk can, and refuses it on the desk that cannot', async () => {
		const local = desk('L', [1]);
		const rt = createMemoryProvider([makeConversation({id: 'R1'})], {capabilities: {snoozeUntil: false, statuses: ['open', 'pending', 'closed']}});
		const provider = merged(local, rt);
		expect(provider.capabilities.snoozeUntil).toBe(true);
		expect(provider.capabilities.statuses).toContain('snoozed');
		const refused = await rejection(provider.setStatus('rt:R1', {status: 'snoozed', until: testNow + 60 * minute}));
		expect(refused).toMatchObject({code: 'unsupported'});
		await provider.setStatus('local:L1', {status: 'snoozed', until: testNow + 60 * minute});
		expect(local.writes).toHaveLength(1);
	});

	it('reads every conversation of both desks in bulk', async () => {
		const provider = merged(desk('L', [3, 2]), desk('R', [1]));
		const ids: string[] = [];
		for await (const conversation of provider.iterateConversations!({})) ids.push(conversation.id);
		expect(ids.sort()).toEqual(['local:L1', 'local:L2', 'rt:R1']);
	});
});
