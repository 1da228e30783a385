import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {learnFromDesk} from '../../source/operations/learn-from-desk.js';
import {harvestLine, harvestQuietly} from '../../source/operations/quiet-harvest.js';
import {makeConversation} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});
const dataDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'deskterm-quiet-harvest-'));
	dirs.push(dir);
	return dir;
};

const body = 'Hi there,\n\nI attached a copy of your invoice for this order.\n\nBest,\nSam';
const templates = [{id: 'invoice_copy', body: 'Hi {{customer.first_name}},\n\nI attached a copy of your invoice for this order.\n\nBest,\n{{agent.first_name}}'}];
const desk = () =>
	createMemoryProvider(
		['1', '2', '3'].map(id =>
			makeConversation({id, status: 'closed', messages: [{kind: 'customer', body: `please send invoice number ${id}`}, {kind: 'agent', body}]}),
		),
	);

describe('the quiet harvest', () => {
	it('gives the caller a turn after each slice of conversations', async () => {
		let pauses = 0;
		const learned = await learnFromDesk(desk(), dataDir(), templates, {sliceSize: 1, pause: async () => void pauses++});
		expect(learned.learned).toBe(3);
		expect(pauses).toBe(3);
	});

	it('says what it learned once, nothing the second time, and never runs read-only', async () => {
		const dir = dataDir();
		expect(harvestLine(await harvestQuietly({provider: desk(), dataDir: dir, templates, readOnly: false}))).toBe('Learned 3 examples for 1 template from closed conversations');
		expect(harvestLine(await harvestQuietly({provider: desk(), dataDir: dir, templates, readOnly: false}))).toBeNull();
		const untouched = {...desk(), iterateConversations: () => { throw new Error('read-only must not read the desk'); }};
		expect(await harvestQuietly({provider: untouched, dataDir: dataDir(), templates, readOnly: true})).toBeNull();
	});

	it('stops between two conversations when the console closes', async () => {
		const controller = new AbortController();
		const harvest = learnFromDesk(desk(), dataDir(), templates, {sliceSize: 1, pause: async () => controller.abort(), signal: controller.signal});
		await expect(harvest).rejects.toThrow();
	});
});
