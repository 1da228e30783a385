import {afterEach, describe, expect, it} from 'vitest';
import {ctrl, keys} from '../../../helpers/keys.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';
import {keymap} from '../../../../source/ui/keys/keymap.js';
import {smallDesk} from '../../desk-fixture.js';

let view: ConsoleView;
afterEach(() => view.unmount());

const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

describe('the help overlay', () => {
	it('lists keys from the keymap, scrolls, and closes with Esc', async () => {
		view = await renderConsole({conversations: smallDesk(), rows: 60});
		await view.waitFor('Ada Lovelace');
		view.press('?');
		const help = await view.waitFor('Keys and commands');
		expect(help).toContain('Everywhere');
		expect(help).toMatch(/j ↓ +next conversation/);
		expect(help).toMatch(/r +write a reply to the customer/);
		const first = keymap.find(entry => entry.scope === 'queue')!;
		expect(help).toContain(first.description);
		view.press('j');
		await view.waitFor(/Keys and commands \(2-/);
		view.press(keys.escape);
		await view.waitFor(frame => !frame.includes('Keys and commands') && frame.includes('Ada Lovelace'));
	});

	it('reaches the command list at the end', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('?', 'G');
		view.press(...Array.from({length: 12}, () => keys.pageDown));
		const end = await view.waitFor(':search [text]');
		expect(end).toContain('open the next-best conversation');
	});
});

describe('pickers', () => {
	it('assigns from a list filtered by typing', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('a');
		const picker = await view.waitFor('Assign to');
		expect(picker).toContain('me (Dana Whitfield)');
		expect(picker).toContain('team: Billing');
		expect(picker).not.toContain('Helper Bot');
		view.press('om');
		await view.waitFor(frame => frame.includes('filter: om') && !frame.includes('team: Billing'));
		view.press(keys.enter);
		await view.waitFor('Assigned #101 (Ada Lovelace) to Omar Haddad');
		expect(view.provider.writes).toEqual([{method: 'assign', id: '101', input: {agentId: 'a2', teamId: undefined}}]);
		await view.waitFor(frame => selectedLine(frame).includes('Omar Haddad'));
	});

	it('sets status with a letter, and asks when a snooze should wake', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('s');
		await view.waitFor('Set the status');
		view.press('p');
		await view.waitFor('#101 (Ada Lovelace) is now pending');
		view.press('s', 's');
		await view.waitFor('snooze until');
		view.press('4h', keys.enter);
		await view.waitFor(/#101 \(Ada Lovelace\) is now snoozed until .* \(in 4h\)/);
		expect(view.provider.writes.map(write => write.input)).toEqual([
			{status: 'pending'},
			{status: 'snoozed', until: Date.parse('2026-03-02T14:00:00Z')},
		]);
	});

	it('explains a wake time it cannot read and leaves the conversation as it was', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('s', 's', 'someday', keys.enter);
		await view.waitFor('cannot read wake time "someday"');
		expect(view.provider.writes).toEqual([]);
	});

	it('sets priority, and cancels a picker with Esc', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('p');
		await view.waitFor('Set the priority');
		view.press(keys.escape);
		await view.waitFor(frame => !frame.includes('Set the priority'));
		view.press('p', 'u');
		await view.waitFor('priority is now urgent');
		expect(view.provider.writes).toEqual([{method: 'setPriority', id: '101', input: {priority: 'urgent'}}]);
	});

	it('filters the queue by status and team', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('S');
		await view.waitFor('Show conversations that are');
		view.press('p');
		await view.waitFor(frame => frame.includes('pending · by waiting') && frame.includes('Alan Turing') && !frame.includes('Grace Hopper'));
		view.press('S', 'a', 'T');
		await view.waitFor('Show conversations of team');
		view.press('bill', keys.enter);
		await view.waitFor(frame => frame.includes('team Billing') && frame.includes('Ada Lovelace') && !frame.includes('Grace Hopper'));
	});
});

describe('prompts and the command line', () => {
	it('adds and removes tags', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('t');
		await view.waitFor('tags (+add -remove)');
		view.press('+vip -spam', keys.enter);
		await view.waitFor('#101 (Ada Lovelace) tags: +vip -spam');
		expect(view.provider.conversations.get('101')?.tags).toEqual(['vip']);
	});

	it('searches with / and clears the search with Esc', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('/webhook\r');
		await view.waitFor(frame => frame.includes('"webhook"') && frame.includes('Grace Hopper') && !frame.includes('Ada Lovelace'));
		view.press(keys.escape);
		await view.waitFor(frame => !frame.includes('"webhook"') && frame.includes('Ada Lovelace'));
		view.press('/nothing-like-this', keys.enter);
		await view.waitFor('No conversations here. Esc clears the search.');
	});

	it('runs commands, completes them with Tab and explains mistakes', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press(':', 'ass', keys.tab);
		await view.waitFor(':assign');
		view.press('me', keys.enter);
		await view.waitFor('Assigned #101 (Ada Lovelace) to Dana Whitfield');
		view.press(':status pending', keys.enter);
		await view.waitFor('is now pending');
		view.press(':frobnicate', keys.enter);
		await view.waitFor('unknown command ":frobnicate"');
		view.press(':', keys.up, keys.up);
		await view.waitFor(':status pending');
		view.press(ctrl('u'), 'sort priority', keys.enter);
		await view.waitFor('by priority');
		expect(view.provider.writes.map(write => write.method)).toEqual(['assign', 'setStatus']);
	});

	it('opens a conversation by id and filters by team name from the command line', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press(':open 103', keys.enter);
		await view.waitFor('#103 How do I export my data?');
		view.press(keys.escape);
		await view.waitFor('[3 All]');
		view.press(':team nowhere', keys.enter);
		await view.waitFor('unknown team "nowhere" (valid: Billing, Technical Support)');
		view.press(':mine', keys.enter);
		await view.waitFor(frame => frame.includes('[1 Mine]') && frame.includes('Grace Hopper') && !frame.includes('Ada Lovelace'));
	});
});
