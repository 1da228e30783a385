import {afterEach, describe, expect, it} from 'vitest';
import {testNow} from '../../../helpers/conversations.js';
import {faultyProvider, type Fault} from '../../../helpers/faulty-provider.js';
import {ctrl, keys} from '../../../helpers/keys.js';
import {createMemoryProvider} from '../../../helpers/memory-provider.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';
import {smallDesk} from '../../desk-fixture.js';

let view: ConsoleView;
afterEach(() => view.unmount());

/** Another agent answers #101 while our composer is open. */
function anotherAgentReplies(view: ConsoleView) {
	const conversation = view.provider.conversations.get('101')!;
	conversation.messages.push({id: '101-other', conversationId: '101', kind: 'agent', authorId: 'a2', authorName: 'Omar Haddad', body: 'Refund issued, Ada.\nAnything else?', createdAt: testNow, channel: 'email'});
	conversation.version = String(Number(conversation.version) + 1);
}

describe('the collision guard', () => {
	it('shows what changed since the composer opened and asks; No (the default) keeps the text, yes sends', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('r');
		await view.waitFor('▶ Reply to Ada Lovelace');
		view.press('I refunded the second charge.');
		await view.waitFor('I refunded the second charge.');
		anotherAgentReplies(view);
		view.press(ctrl('s'));
		const asked = await view.waitFor('send anyway? [y/N]');
		expect(asked).toContain('! Since you opened it: Omar Haddad (agent) wrote just now: "Refund issued, Ada."');
		view.press(keys.enter);
		await view.waitFor('Not sent: your text is kept');
		expect(view.provider.writes).toEqual([]);
		expect(view.lastFrame()).toContain('I refunded the second charge.');
		// Asked once per change: the next send compares with what the agent has now seen, and goes out.
		view.press(ctrl('s'));
		await view.waitFor('Reply sent to #101 (Ada Lovelace)');
		expect(view.provider.writes.map(write => write.method)).toEqual(['reply']);
	});

	it('sends on y after seeing the change', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('i');
		await view.waitFor('INTERNAL NOTE');
		view.press('Checked with the bank.');
		await view.waitFor('Checked with the bank.');
		anotherAgentReplies(view);
		view.press(ctrl('s'));
		await view.waitFor('add the note anyway? [y/N]');
		view.press('y');
		await view.waitFor('Internal note added to #101');
		expect(view.provider.writes.map(write => write.method)).toEqual(['addNote']);
	});
});

describe('a reply the outbox has not delivered yet', () => {
	it('is counted in the status bar and shown under the thread, and the composer closes (the outbox has it)', async () => {
		const memory = createMemoryProvider(smallDesk());
		const script: Fault[] = ['busy', 'busy', 'busy', 'busy'];
		const provider = Object.assign(faultyProvider(memory, {writes: () => script.shift() ?? 'none', reads: () => false}), {writes: memory.writes, conversations: memory.conversations});
		view = await renderConsole({provider});
		await view.waitFor('Ada Lovelace');
		view.press('r');
		await view.waitFor('▶ Reply to Ada Lovelace');
		view.press('Your refund is on its way.');
		await view.waitFor('Your refund is on its way.');
		view.press(ctrl('s'));
		const queued = await view.waitFor('⧗ Reply "Your refund is on its way." not delivered yet');
		expect(queued).toContain('unsent 1');
		expect(queued).toMatch(/not delivered yet \(ob-[0-9a-f]{4}/);
		expect(memory.writes).toEqual([]);
		expect(queued).not.toContain('▶ Reply to Ada Lovelace');
	});
});
