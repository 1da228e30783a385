import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createContext} from '../../../source/context.js';
import type {HelpdeskProvider} from '../../../source/providers/provider.js';
import {dropOutboxItem, listOutbox, retryOutbox} from '../../../source/operations/outbox/outbox-actions.js';
import {sendMessage} from '../../../source/operations/outbox/send-message.js';
import {makeConversation, testNow} from '../../helpers/conversations.js';
import {faultError, faultyProvider, type Fault} from '../../helpers/faulty-provider.js';
import {createMemoryProvider, type MemoryProvider} from '../../helpers/memory-provider.js';

const directories: string[] = [];
afterEach(() => {
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

/** A desk whose writes fail as scripted (then succeed), a clock that only the injected sleep moves. */
async function setUp(script: Fault[], reads: boolean[] = []) {
	const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-send-'));
	directories.push(dataDir);
	let now = testNow;
	const waits: number[] = [];
	const memory = createMemoryProvider([makeConversation({id: '7'})], {clock: () => now});
	const provider = faultyProvider(memory, {writes: () => script.shift() ?? 'none', reads: () => reads.shift() ?? false});
	const sleep = async (ms: number) => {
		waits.push(ms);
		now += ms;
	};
	const context = await createContext({env: {}, dataDir, provider, clock: () => now, sleep});
	return {memory, provider, context, waits, dataDir};
}

const ours = (memory: MemoryProvider, body: string) => memory.conversations.get('7')!.messages.filter(message => message.body === body);

describe('sending through the outbox', () => {
	it('delivers at once when the back end answers, and leaves nothing pending', async () => {
		const {memory, context} = await setUp([]);
		const outcome = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Hi Ada'});
		expect(outcome).toMatchObject({status: 'delivered', reused: false, item: {state: 'delivered', attempts: 1}});
		expect(outcome.message?.body).toBe('Hi Ada');
		expect(memory.writes[0]?.input).toMatchObject({body: 'Hi Ada', idempotencyKey: outcome.item.id});
		expect((await listOutbox(context)).items).toEqual([]);
	});

	it('reads back after a reset that happened after the write: found, it is not sent again', async () => {
		const {memory, context} = await setUp(['reset-after']);
		const outcome = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Refund done.'});
		expect(outcome.status).toBe('delivered');
		expect(ours(memory, 'Refund done.')).toHaveLength(1);
		expect(memory.writes).toHaveLength(1);
		expect(outcome.item.messageId).toBe(ours(memory, 'Refund done.')[0]!.id);
	});

	it('retries a write that certainly did not land, waiting as long as Retry-After says', async () => {
		const {memory, context, waits} = await setUp(['rate-limited', 'busy']);
		const outcome = await sendMessage(context, {conversationId: '7', kind: 'note', body: 'Checked.'});
		expect(outcome.status).toBe('delivered');
		expect(waits[0]).toBeGreaterThanOrEqual(7000);
		expect(waits).toHaveLength(2);
		expect(ours(memory, 'Checked.')).toHaveLength(1);
	});

	it('keeps the item (queued) when every attempt of the run is unsure, and the retry finds what landed', async () => {
		const {memory, context} = await setUp(['timeout-after', 'error-after', 'garbled-after'], [true, true]);
		const outcome = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'On it.'}, {maxAttempts: 3});
		expect(outcome.status).toBe('queued');
		expect(outcome.item).toMatchObject({state: 'unknown', checkFirst: true});
		expect(outcome.error?.message).toMatch(/503 on GET/);
		// The first try landed; the read-backs failed, so nothing was sent a second time.
		expect(ours(memory, 'On it.')).toHaveLength(1);
		const [retried] = await retryOutbox(context, {ids: [outcome.item.id]});
		expect(retried?.item.state).toBe('delivered');
		expect(ours(memory, 'On it.')).toHaveLength(1);
	});

	it('reports a certain refusal once, keeps it as failed unless the caller still holds the text', async () => {
		const {memory, context} = await setUp(['invalid', 'invalid']);
		const kept = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Too long'});
		expect(kept).toMatchObject({status: 'failed', item: {state: 'failed', lastError: 'test desk rejected POST (HTTP 422: body is too long)'}});
		expect(memory.writes).toEqual([]);
		const forgotten = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Other text'}, {forgetFailed: true});
		expect(forgotten.status).toBe('failed');
		expect((await listOutbox(context)).items.map(item => item.id)).toEqual([kept.item.id]);
		expect((await dropOutboxItem(context, kept.item.id.slice(0, 7))).id).toBe(kept.item.id);
		expect((await listOutbox(context)).items).toEqual([]);
	});

	it('does not send the same text twice while the first is still undelivered (a script retrying)', async () => {
		const {memory, context} = await setUp(['error-after'], [true, true, true]);
		const first = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Same answer'}, {maxAttempts: 1});
		expect(first.status).toBe('queued');
		const second = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Same answer'});
		expect(second).toMatchObject({reused: true, status: 'delivered', item: {id: first.item.id}});
		expect(ours(memory, 'Same answer')).toHaveLength(1);
		// Once delivered, the same words again are a new reply on purpose.
		expect((await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Same answer'})).reused).toBe(false);
		expect(ours(memory, 'Same answer')).toHaveLength(2);
	});

	it('refuses a changed conversation under an expected version, and keeps no item for it', async () => {
		const {memory, context} = await setUp([]);
		const outcome = await sendMessage(context, {conversationId: '7', kind: 'reply', body: 'Late', expectedVersion: '0'});
		expect(outcome.status).toBe('changed');
		expect(memory.writes).toEqual([]);
		expect((await listOutbox(context)).items).toEqual([]);
	});

	it('sends nothing and writes nothing in read-only mode', async () => {
		const {dataDir, provider} = await setUp([]);
		const context = await createContext({env: {}, dataDir, provider: provider as HelpdeskProvider, readOnly: true, clock: () => testNow});
		await expect(sendMessage(context, {conversationId: '7', kind: 'reply', body: 'x'})).rejects.toMatchObject({code: 'read_only'});
		await expect(dropOutboxItem(context, 'ob-00000000')).rejects.toMatchObject({code: 'read_only'});
	});

	it('names the errors the fault helper raises as the HTTP client does', () => {
		expect(faultError('reset-after').retryable).toBe(false);
	});
});
