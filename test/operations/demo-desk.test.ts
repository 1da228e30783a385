// operations/demo-desk.ts on a real local desk in a temporary data dir: reset, then a customer writes in.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createContext} from '../../source/context.js';
import {checkDemoReset, demoDeskPath, receiveDemoIncoming, resetDemoDesk} from '../../source/operations/demo-desk.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';

const now = Date.parse('2026-03-02T10:00:00Z');
let dataDir: string;
beforeEach(() => {
	dataDir = mkdtempSync(join(tmpdir(), 'deskterm-demo-desk-'));
});
afterEach(() => rmSync(dataDir, {recursive: true, force: true}));

const local = (readOnly = false) => createContext({env: {DESKTERM_DATA_DIR: dataDir, HOME: dataDir}, clock: () => now, readOnly});

describe('the demo desk operations', () => {
	it('reseeds the local desk at its path and a customer message lands on it', async () => {
		const context = await local();
		const summary = resetDemoDesk(context, {conversations: 30, seed: 'ops'});
		expect(summary.path).toBe(demoDeskPath(context));
		expect(summary.conversations).toBe(30);
		const result = await receiveDemoIncoming(context, {customerName: 'Ada', email: 'ada@example.com', subject: 'Refund?', body: 'Where is my refund?'});
		expect(result.created).toBe(true);
		const conversation = await (await context.provider()).getConversation(result.conversationId);
		expect(conversation.subject).toBe('Refund?');
	});

	it('refuses in read-only mode, and on a back end that is not the local desk', async () => {
		const readOnly = await local(true);
		expect(() => resetDemoDesk(readOnly, {conversations: 30, seed: 'ops'})).toThrow(/read-only/i);
		await expect(receiveDemoIncoming(await local(true), {customerName: 'Ada', body: 'hi'})).rejects.toThrow(/read-only/i);
		const memory = await createContext({env: {}, provider: createMemoryProvider([])});
		await expect(receiveDemoIncoming(memory, {customerName: 'Ada', subject: 's', body: 'hi'})).rejects.toThrow(/local desk only/);
		expect(() => checkDemoReset({...memory, profile: {...memory.profile, name: 'zd', provider: 'zendesk'}})).toThrow(/local desk only; profile "zd" uses the zendesk back end/);
	});
});
