import {afterEach, describe, expect, it} from 'vitest';
import {ctrl, keys, paste} from '../../../helpers/keys.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';
import {smallDesk} from '../../desk-fixture.js';
import {outboxKey} from '../../../helpers/memory-provider.js';

let view: ConsoleView;
afterEach(() => view.unmount());

const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

describe('working a conversation from the keyboard', () => {
	it('moves through the queue with j, k and the arrows', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor(frame => selectedLine(frame).includes('Ada Lovelace'));
		view.press('j');
		await view.waitFor(frame => selectedLine(frame).includes('Grace Hopper'));
		view.press(keys.down);
		await view.waitFor(frame => selectedLine(frame).includes('Alan Turing'));
		view.press('k', 'k');
		await view.waitFor(frame => selectedLine(frame).includes('Ada Lovelace'));
		view.press('G');
		await view.waitFor(frame => selectedLine(frame).includes('Alan Turing') && frame.includes('3/3'));
	});

	it('opens a conversation with its thread, kinds of message and the customer below it at 80x24', async () => {
		view = await renderConsole({conversations: smallDesk(), columns: 80, rows: 24});
		await view.waitFor('Ada Lovelace');
		view.press(keys.enter);
		const frame = await view.waitFor('#101 Charged twice for March');
		expect(frame).toMatch(/◀ Ada Lovelace · customer · /);
		expect(frame).toMatch(/▷ Helper Bot · bot · /);
		expect(frame).toMatch(/✎ Dana Whitfield · INTERNAL NOTE, agents only · /);
		expect(frame).toContain('┆ Looks like a retry on the payment provider side.');
		expect(frame).toContain('Ada Lovelace <ada@example.com> · Analytical Ltd · pro · customer 1 year 1 month');
		expect(frame).toContain('open · high · unassigned · team Billing · email · waiting');
		view.press(keys.escape);
		await view.waitFor(frame => selectedLine(frame).includes('Ada Lovelace'));
	});

	it('writes a multi-line reply, sends it with Ctrl+S, shows it in the thread and keeps it after reopening', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('r');
		await view.waitFor('▶ Reply to Ada Lovelace · sent by email');
		view.press('Hi Ada,', keys.enter, 'I refunded the second charge.');
		await view.waitFor('I refunded the second charge.');
		expect(view.lastFrame()).toContain('Hi Ada,');
		view.press(ctrl('s'));
		await view.waitFor('Reply sent to #101 (Ada Lovelace)');
		const sent = await view.waitFor('│ I refunded the second charge.');
		expect(sent).toMatch(/▶ Dana Whitfield · agent · /);
		expect(sent).not.toContain('Reply to Ada Lovelace');
		expect(view.provider.writes).toEqual([{method: 'reply', id: '101', input: {body: 'Hi Ada,\nI refunded the second charge.', idempotencyKey: outboxKey}}]);

		view.press(keys.escape);
		await view.waitFor(frame => selectedLine(frame).includes('Ada Lovelace'));
		view.press('j', 'k', keys.enter);
		const reopened = await view.waitFor('#101 Charged twice');
		expect(reopened).toContain('│ I refunded the second charge.');
		expect(reopened).toContain('│ Hi Ada,');
	});

	it('takes pasted text as text, newlines included, and writes notes marked as internal', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('i');
		await view.waitFor('INTERNAL NOTE on Ada Lovelace');
		view.press(paste('Called the bank.\nThey confirm a retry.'));
		await view.waitFor('They confirm a retry.');
		view.press(ctrl('s'));
		await view.waitFor('Internal note added to #101');
		expect(view.provider.writes[0]).toEqual({method: 'addNote', id: '101', input: {body: 'Called the bank.\nThey confirm a retry.', idempotencyKey: outboxKey}});
		await view.waitFor('┆ They confirm a retry.');
	});

	it('switches a draft between reply and note with Ctrl+T', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('r');
		await view.waitFor('▶ Reply to Ada Lovelace');
		view.press('not for the customer', ctrl('t'));
		await view.waitFor('INTERNAL NOTE on Ada Lovelace');
		view.press(ctrl('s'));
		await view.waitFor('Internal note added');
		expect(view.provider.writes.map(write => write.method)).toEqual(['addNote']);
	});

	it('refuses to send an empty reply and keeps a failed reply\'s text', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('r');
		await view.waitFor('Reply to Ada');
		view.press(ctrl('s'));
		await view.waitFor('the reply is empty');
		view.provider.conversations.delete('101');
		view.press('Still there?', ctrl('s'));
		const failed = await view.waitFor('conversation 101 not found');
		expect(failed).toContain('Still there?');
		expect(failed).toContain('your text is kept');
	});

	it('goes to the next and previous conversation with J and K while reading', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press(keys.enter);
		await view.waitFor('#101 Charged twice');
		view.press('J');
		await view.waitFor('#102 Webhook returns 401');
		view.press('K');
		await view.waitFor('#101 Charged twice');
		view.press('K');
		await view.waitFor('That was the first conversation in the queue');
	});
});
