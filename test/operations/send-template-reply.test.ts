import {mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createContext} from '../../source/context.js';
import {sendTemplateReply} from '../../source/operations/send-template-reply.js';
import type {ActivityEvent} from '../../source/domain/metrics/metric-facts.js';
import type {InsertedTemplate} from '../../source/operations/template-use.js';
import {readTemplateUses} from '../../source/ranking/history-store.js';
import {makeConversation, testNow} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';

const directories: string[] = [];
afterEach(() => {
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

async function setUp(options: {readOnly?: boolean; tags?: boolean} = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-template-reply-'));
	directories.push(dataDir);
	const provider = createMemoryProvider([makeConversation({id: '7'})], {capabilities: {tags: options.tags ?? true}});
	const context = await createContext({env: {}, dataDir, provider, clock: () => testNow, readOnly: options.readOnly ?? false});
	return {provider, context, dataDir};
}

const template = (id: string, text: string, actions: InsertedTemplate['actions'] = {}): InsertedTemplate => ({id, title: id, text, actions, humanOnly: false});

describe('sending a reply written from templates', () => {
	it('sends the reply, applies the actions of the templates it carries, and records each use', async () => {
		const {provider, context, dataDir} = await setUp();
		const refund = template('refund', 'Your refund of {{amount}} is on its way.', {addTags: ['refund-issued'], status: 'pending'});
		const dropped = template('dropped', 'A paragraph the agent deleted before sending, all of it gone.', {status: 'closed'});
		const result = await sendTemplateReply(context, '7', {body: 'Hi!\n\nYour refund of €20 is on its way.', inserted: [refund, dropped], customerText: 'Where is my refund?'});
		expect(result).toMatchObject({used: [{id: 'refund', edited: false}], applied: ['+refund-issued', 'status pending'], failed: [], recordError: null});
		expect(provider.writes.map(write => write.method)).toEqual(['reply', 'updateTags', 'setStatus']);
		expect(await readTemplateUses(dataDir)).toEqual([{templateId: 'refund', conversationId: '7', customerText: 'Where is my refund?', edited: false, at: testNow}]);
	});

	it("logs each use on the desk with the typing it saved: its words at 40 a minute, half when edited", async () => {
		const {provider, context} = await setUp();
		const logged: ActivityEvent[] = [];
		provider.recordActivity = async events => void logged.push(...events);
		// 8 words (the field is not a word the agent would have typed): 12 s unedited.
		const refund = template('refund', 'Your refund of {{amount}} is on its way today.');
		// 20 words, edited below: 30 s of typing, half of it saved.
		const steps = template('steps', 'Open the app, go to Settings, then Account, then Security, and press the button that says reset my password now.');
		const body = 'Your refund of €20 is on its way today.\n\nOpen the app, go to Settings, then Account, then Security, and press the reset button.';
		await sendTemplateReply(context, '7', {body, inserted: [refund, steps], customerText: 'Refund and password?'});
		const me = await provider.whoami();
		expect(logged).toEqual([
			{kind: 'template', conversationId: '7', at: testNow, agentId: me.id, templateId: 'refund', savedSeconds: 12},
			{kind: 'template', conversationId: '7', at: testNow, agentId: me.id, templateId: 'steps', savedSeconds: 15},
		]);
	});

	it('refuses an unfilled field before anything is sent', async () => {
		const {provider, context, dataDir} = await setUp();
		const refund = template('refund', 'Your refund of {{amount}} is on its way.', {status: 'pending'});
		await expect(sendTemplateReply(context, '7', {body: refund.text, inserted: [refund], customerText: 'x'})).rejects.toThrow('fill {{amount}} before sending');
		expect(provider.writes).toEqual([]);
		expect(await readTemplateUses(dataDir)).toEqual([]);
	});

	it('reports an action the desk cannot do, and a history it cannot write, without undoing the reply', async () => {
		const {provider, context, dataDir} = await setUp({tags: false});
		// A file where the ranking folder should be: the use cannot be recorded.
		mkdirSync(join(dataDir), {recursive: true});
		writeFileSync(join(dataDir, 'ranking'), 'not a folder');
		const result = await sendTemplateReply(context, '7', {body: 'Noted, thanks.', inserted: [template('thanks', 'Noted, thanks.', {addTags: ['done'], priority: 'low'})], customerText: 'ok'});
		expect(result.applied).toEqual(['priority low']);
		expect(result.failed).toEqual(['+done: test desk cannot change tags']);
		expect(result.recordError).not.toBeNull();
		expect(provider.writes.map(write => write.method)).toEqual(['reply', 'setPriority']);
	});

	it('refuses in read-only mode below the console', async () => {
		const {provider, context} = await setUp({readOnly: true});
		await expect(sendTemplateReply(context, '7', {body: 'Hello', inserted: [], customerText: ''})).rejects.toThrow(/read-only mode/);
		expect(provider.writes).toEqual([]);
	});
});
