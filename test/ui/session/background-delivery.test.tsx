// The console's background delivery of a kept reply, when a refresh comes while the delivery is still in flight.
import {afterEach, expect, it} from 'vitest';
import {sendByKeys} from '../../helpers/console-send.js';
import {testNow} from '../../helpers/conversations.js';
import {faultError} from '../../helpers/faulty-provider.js';
import {keys} from '../../helpers/keys.js';
import {createMemoryProvider} from '../../helpers/memory-provider.js';
import {renderConsole, type ConsoleView} from '../../helpers/render.js';
import {smallDesk} from '../desk-fixture.js';

let view: ConsoleView;
afterEach(() => view.unmount());

it('reports a kept reply delivered by a round that a newer refresh had queued behind', async () => {
	const memory = createMemoryProvider(smallDesk());
	let mode: 'down' | 'held' = 'down';
	let reached: () => void = () => undefined;
	const delivering = new Promise<void>(resolve => (reached = resolve));
	let release: () => void = () => undefined;
	const released = new Promise<void>(resolve => (release = resolve));
	const provider = {
		...memory,
		async reply(id: string, input: Parameters<typeof memory.reply>[1]) {
			if (mode === 'down') throw faultError('busy');
			reached();
			await released;
			return memory.reply(id, input);
		},
	};
	let offset = 0;
	view = await renderConsole({provider, clock: () => testNow + offset});
	await view.waitFor('Ada Lovelace');
	await sendByKeys(view, 'reply', 'Your refund is on its way.', outcome => expect(outcome).toBe('closed'), 5000);
	await view.waitFor('⧗ Reply "Your refund is on its way." not delivered yet');

	// The desk is back and the backoff has run out: a refresh's round takes the reply and is still sending it...
	mode = 'held';
	offset += 60 * 60_000;
	view.press(':refresh', keys.enter);
	await delivering;
	// ...when the agent refreshes again; then the send lands.
	const from = view.frames.length;
	view.press(':refresh', keys.enter);
	await view.waitForAfter(from, '· Refreshed');
	release();

	const frame = await view.waitFor('✓ Delivered your queued reply to #101 (Ada Lovelace)');
	expect(frame).not.toContain('unsent');
	await view.waitFor(frame => frame.includes('│ Your refund is on its way.') && !frame.includes('⧗'));
	expect(memory.writes.filter(write => write.method === 'reply')).toHaveLength(1);
});
