// The console's harvest on start: closed conversations answered by a template become learned examples, quietly.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Conversation} from '../../../source/domain/conversation.js';
import {readLearnedExamples, recordTemplateUse} from '../../../source/ranking/history-store.js';
import {makeConversation, makeCustomer, testNow} from '../../helpers/conversations.js';
import type {MemoryProvider} from '../../helpers/memory-provider.js';
import {renderAssistConsole, type AssistView} from './assist-console.js';
import {assistDesk} from './fixtures.js';

const roots: string[] = [];
let view: AssistView | undefined;
afterEach(() => {
	view?.unmount();
	view = undefined;
	for (const root of roots.splice(0)) rmSync(root, {recursive: true, force: true});
});

function closed(id: string, question: string): Conversation {
	return makeConversation({
		id,
		subject: question,
		status: 'closed',
		customer: makeCustomer({id: `c${id}`, name: 'Mary Somerville', email: `m${id}@example.com`}),
		createdAt: testNow - 48 * 3_600_000,
		messages: [
			{kind: 'customer', body: question},
			{kind: 'agent', body: 'Sorted, see above.'},
		],
	});
}

const desk = () => [...assistDesk(), closed('301', 'I was billed two times for one order'), closed('302', 'Please send my money back for the broken lamp')];

/** Resolves when the console has read the closed conversations through (the harvest's one pass over them). */
function watchHarvest(): {wrap: (provider: MemoryProvider) => void; passes: Promise<void>[]} {
	const passes: Promise<void>[] = [];
	return {
		passes,
		wrap(provider) {
			const iterate = provider.iterateConversations!.bind(provider);
			provider.iterateConversations = query => {
				if (!query.statuses?.includes('closed') || query.statuses.length !== 1) return iterate(query);
				let done!: () => void;
				passes.push(new Promise(resolve => (done = resolve)));
				return (async function* () {
					yield* iterate(query);
					done();
				})();
			};
		},
	};
}

const ready = (frame: string) => /C:[LMH] S:[LMH]/.test(frame);

async function start(root: string, readOnly = false) {
	const watch = watchHarvest();
	view = await renderAssistConsole({conversations: desk(), root, readOnly, withProvider: watch.wrap, columns: 120});
	await view.waitFor(ready);
	return watch;
}

describe('the console learns from closed conversations on start', () => {
	it('adds each recorded template use once, says so in one line, and a later start learns only what is new', async () => {
		const root = mkdtempSync(join(tmpdir(), 'deskterm-harvest-'));
		roots.push(root);
		const dataDir = join(root, 'data');
		await recordTemplateUse(dataDir, {templateId: 'duplicate-charge', conversationId: '301', customerText: 'billed two times', edited: false, at: testNow - 47 * 3_600_000});

		await start(root);
		const first = await view!.waitFor('Learned 1 example for 1 template from closed conversations');
		expect(first).toContain('#201');
		expect((await readLearnedExamples(dataDir)).map(example => example.templateId)).toEqual(['duplicate-charge']);
		view!.unmount();

		// A second start on the same desk: 301 is known already, only the new use of 302 is learned.
		await recordTemplateUse(dataDir, {templateId: 'refund-approved', conversationId: '302', customerText: 'money back', edited: false, at: testNow - 47 * 3_600_000});
		await start(root);
		await view!.waitFor('Learned 1 example for 1 template from closed conversations');
		expect((await readLearnedExamples(dataDir)).map(example => example.templateId)).toEqual(['duplicate-charge', 'refund-approved']);
		view!.unmount();

		// A third start finds nothing new: the file keeps its two examples and no line is shown.
		const third = await start(root);
		await third.passes[0];
		view!.press(':open 201', '\r');
		await view!.waitFor(frame => frame.includes('#201 ') && /Suggested(: 1| replies \()/.test(frame));
		expect(view!.frames.some(frame => frame.includes('Learned '))).toBe(false);
		expect(await readLearnedExamples(dataDir)).toHaveLength(2);
	});

	it('writes nothing and says nothing in read-only mode', async () => {
		const root = mkdtempSync(join(tmpdir(), 'deskterm-harvest-'));
		roots.push(root);
		const dataDir = join(root, 'data');
		await recordTemplateUse(dataDir, {templateId: 'duplicate-charge', conversationId: '301', customerText: 'billed two times', edited: false, at: testNow - 47 * 3_600_000});
		const watch = await start(root, true);
		view!.press(':open 201', '\r');
		await view!.waitFor(frame => frame.includes('#201 ') && /Suggested(: 1| replies \()/.test(frame));
		expect(watch.passes).toHaveLength(0);
		expect(view!.frames.some(frame => frame.includes('Learned '))).toBe(false);
		expect(existsSync(join(dataDir, 'ranking', 'learned-examples.jsonl'))).toBe(false);
	});
});
