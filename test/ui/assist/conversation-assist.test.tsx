import {afterEach, describe, expect, it} from 'vitest';
import {readTemplateUses} from '../../../source/ranking/history-store.js';
import {scoreConversation} from '../../../source/triage/score-conversation.js';
import {defaultTriageConfig} from '../../../source/triage/triage-config.js';
import {testNow} from '../../helpers/conversations.js';
import {ctrl, keys} from '../../helpers/keys.js';
import {renderAssistConsole, type AssistView} from './assist-console.js';
import {assistDesk} from './fixtures.js';

let view: AssistView;
afterEach(() => view.unmount());

const ready = (frame: string) => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame);

async function openConversation(id: string, options: {columns?: number; rows?: number} = {}): Promise<string> {
	// 90 columns: one pane at a time, with triage and suggestions in a line each below the thread.
	view = await renderAssistConsole({conversations: assistDesk(), columns: 90, ...options});
	await view.waitFor(ready);
	view.press(':open ', id, keys.enter);
	return view.waitFor(frame => frame.includes(`#${id} `) && /Suggested(: 1| replies \()/.test(frame) && /Triage (C:|\(e)/.test(frame));
}

describe('the triage panel', () => {
	it('lists each axis with its signals and evidence, the target, the route and why only a person may answer', async () => {
		const conversation = assistDesk().find(each => each.id === '204')!;
		const triage = scoreConversation(conversation, {now: testNow, config: defaultTriageConfig()});
		await openConversation('204');
		expect(view.lastFrame()).toMatch(/Triage C:[LMH] S:H E:[LMH].* ! · prio \d+ · → /);
		view.press('e');
		const details = await view.waitFor('Triage details (e hides)');
		for (const signal of triage.severity.signals.slice(0, 2)) expect(details).toContain(signal.label);
		expect(details).toMatch(/Severity high \d+/);
		expect(details).toContain(`Route to ${triage.routing.team}`);
		view.press('e');
		await view.waitFor(frame => !frame.includes('Triage details'));
	});

	it('sits beside the thread on a wide terminal, with the suggested replies', async () => {
		await openConversation('201', {columns: 210, rows: 50});
		const frame = await view.waitFor('Triage (e: details)');
		expect(frame).toMatch(/Suggested replies/);
		expect(frame).toMatch(/Complexity (low|medium|high) \d+:/);
		expect(frame).toMatch(/Target: first response due in/);
	});
});

describe('suggested replies', () => {
	it('shows the top three for the customer\'s message, and 1 replies with the first, filled for the customer', async () => {
		const frame = await openConversation('201');
		const [, first] = /Suggested: 1 (.+?) \d+% · 2 .+? \d+% · 3 /.exec(frame) ?? [];
		expect(first).toBe('Charged twice');
		view.press('1');
		const reply = await view.waitFor('Reply to Ada Lovelace');
		await view.waitFor('You\'re right: the March invoice was charged twice.');
		expect(view.lastFrame()).toContain('Hi Ada,');
		expect(reply).not.toContain('{{customer.first_name');
	});
});

describe('templates in the composer', () => {
	it('finds a refund template after /ref and inserts it at the cursor, in the customer\'s language', async () => {
		await openConversation('201');
		view.press('r', 'Thanks for waiting.', keys.enter, keys.enter, '/ref');
		const list = await view.waitFor('Templates matching "ref"');
		expect(list).toMatch(/› Refund approved +\/refund/);
		view.press(keys.enter);
		const inserted = await view.waitFor('{{refund_amount}}');
		expect(inserted).toMatch(/Thanks for waiting\.\s+│?\s*\n\s*\n?Hi Ada,|Thanks for waiting\.[\s\S]*Hi Ada,/);
		expect(inserted).not.toContain('/ref');
		view.unmount();

		await openConversation('203');
		view.press('r', '/refund', keys.enter);
		await view.waitFor('Hallo Grace,');
	});

	it('prompts for an unfilled field, refuses to send until it is filled, then sends with the template\'s actions and records the use', async () => {
		await openConversation('201');
		view.press('r', '/refund', keys.enter);
		await view.waitFor(frame => frame.includes('{{refund_amount}}') && frame.includes('Enter accepts · Tab next'));
		expect(view.lastFrame()).toContain('With the reply: +refund-issued · status pending');
		view.press(keys.escape);
		await view.waitFor(frame => !frame.includes('Enter accepts · Tab next'));
		view.press(ctrl('s'));
		await view.waitFor('fill {{refund_amount}} before sending');
		expect(view.provider.writes).toEqual([]);
		view.press('€20', keys.enter);
		await view.waitFor('I\'ve refunded €20 to the card');
		view.press(ctrl('s'));
		await view.waitFor('Reply sent to #201 (Ada Lovelace) · +refund-issued · status pending');

		const reply = view.provider.writes.find(write => write.method === 'reply');
		expect((reply?.input as {body: string}).body).toMatch(/^Hi Ada,\n\nI've refunded €20 to the card you paid with\./);
		expect(view.provider.writes.map(write => write.method)).toEqual(['reply', 'updateTags', 'setStatus']);
		expect(view.provider.writes[1]?.input).toMatchObject({add: ['refund-issued'], remove: []});
		expect(view.provider.writes[2]?.input).toMatchObject({status: 'pending'});
		const uses = await readTemplateUses(view.dataDir);
		expect(uses).toEqual([
			{templateId: 'refund-approved', conversationId: '201', customerText: expect.stringContaining('charged twice'), edited: false, at: testNow},
		]);
	});

	it('takes several templates into one reply, Tab goes back to a field left empty, and an edited one is recorded as edited', async () => {
		await openConversation('202');
		view.press('r', '/export', keys.enter);
		await view.waitFor('choose the format you need.');
		view.press(keys.enter, keys.enter, '/refund', keys.enter);
		await view.waitFor('Enter accepts · Tab next');
		view.press(keys.escape);
		await view.waitFor(frame => !frame.includes('Enter accepts · Tab next'));
		view.press(keys.end, ' Thanks!');
		await view.waitFor('Thanks!');
		view.press(keys.tab);
		await view.waitFor(frame => frame.includes('{{refund_amount}}') && frame.includes('Enter accepts · Tab next'));
		view.press('$5', keys.enter);
		await view.waitFor("I've refunded $5 to the card");
		expect(view.lastFrame()).not.toContain('{{refund_amount}}');
		view.press(ctrl('s'));
		await view.waitFor('Reply sent to #202');
		const body = (view.provider.writes.find(write => write.method === 'reply')?.input as {body: string}).body;
		expect(body).toContain('choose the format you need.\n\nHi Alan,');
		expect(body).toContain("I've refunded $5 to the card you paid with. It shows up within 5 to 10 working days. Thanks!");
		const uses = await readTemplateUses(view.dataDir);
		// Filling a field is not an edit; a sentence added inside the template's text is.
		expect(uses.map(use => [use.templateId, use.edited])).toEqual([
			['data-export', false],
			['refund-approved', true],
		]);
	});

	it('marks a human-only template and lists the suggestions after a lone /', async () => {
		await openConversation('201');
		view.press('r', '/canc');
		const list = await view.waitFor('Templates matching "canc"');
		expect(list).toMatch(/Cancellation request +\/cancel · ⚑ human-only topic/);
		view.press(keys.enter);
		await view.waitFor('⚑ human-only topic: fine for you, never for a bot');
		view.press(keys.enter, keys.enter, '/');
		const suggested = await view.waitFor('Suggested templates');
		expect(suggested).toMatch(/› Charged twice +\d+% suggested/);
	});
});
