// The console's time tracking, driven by keys at an injected clock (no sleeps): open a conversation, let
// time pass, leave or send, and see one 'worked' event with the right seconds reach the back end.
import {stripVTControlCharacters} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import type {ActivityEvent} from '../../../../source/domain/metrics/metric-facts.js';
import {testNow} from '../../../helpers/conversations.js';
import {ctrl, keys} from '../../../helpers/keys.js';
import {createMemoryProvider, type MemoryProvider} from '../../../helpers/memory-provider.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';
import {smallDesk} from '../../desk-fixture.js';

const minute = 60_000;
let view: ConsoleView;
afterEach(() => view.unmount());

/** A desk that keeps time worked, a clock the test moves, and the next recordActivity call as a promise. */
function setup() {
	const clock = {now: testNow};
	const provider = createMemoryProvider(smallDesk(), {recordsActivity: true, clock: () => clock.now});
	return {clock, provider, next: () => nextRecord(provider)};
}

function nextRecord(provider: MemoryProvider): Promise<readonly ActivityEvent[]> {
	const original = provider.recordActivity!;
	return new Promise(resolve => {
		provider.recordActivity = async events => {
			await original(events);
			provider.recordActivity = original;
			resolve(events);
		};
	});
}

const recorded = (provider: MemoryProvider) => provider.writes.filter(write => write.method === 'recordActivity').map(write => write.input);
const shown = (text: string) => view.frames.some(frame => stripVTControlCharacters(frame).includes(text));

describe('time worked in the console', () => {
	it('records the time a conversation was open when the agent moves on to another', async () => {
		const {clock, provider, next} = setup();
		view = await renderConsole({provider, clock: () => clock.now, columns: 140});
		await view.waitFor('#101 Charged twice for March');
		clock.now += 2 * minute;
		const record = next();
		view.press('j');
		await view.waitFor('#102 Webhook returns 401');
		expect(await record).toEqual([{kind: 'worked', conversationId: '101', at: testNow + 2 * minute, agentId: 'a1', seconds: 120}]);
		expect(shown('worked 2m')).toBe(true);
	});

	it('counts a quiet stretch only up to five minutes', async () => {
		const {clock, provider, next} = setup();
		view = await renderConsole({provider, clock: () => clock.now, columns: 140});
		await view.waitFor('#101 Charged twice for March');
		clock.now += minute;
		view.press('k');
		clock.now += 40 * minute;
		const record = next();
		view.press('j');
		await view.waitFor('#102 Webhook returns 401');
		expect((await record)[0]).toMatchObject({conversationId: '101', seconds: 6 * 60});
	});

	it('records nothing for a glance under 30 seconds', async () => {
		const {clock, provider, next} = setup();
		view = await renderConsole({provider, clock: () => clock.now, columns: 140});
		await view.waitFor('#101 Charged twice for March');
		clock.now += 10_000;
		view.press('j');
		await view.waitFor('#102 Webhook returns 401');
		clock.now += minute;
		const record = next();
		view.press('j');
		await view.waitFor('#103 How do I export my data?');
		expect(await record).toEqual([{kind: 'worked', conversationId: '102', at: testNow + 70_000, agentId: 'a1', seconds: 60}]);
		expect(recorded(provider)).toHaveLength(1);
	});

	it('records the time so far when a reply is sent, and starts again', async () => {
		const {clock, provider, next} = setup();
		view = await renderConsole({provider, clock: () => clock.now, columns: 140});
		await view.waitFor('#101 Charged twice for March');
		view.press('r');
		await view.waitFor('▶ Reply to Ada Lovelace');
		clock.now += 3 * minute;
		view.press('Refunded.');
		await view.waitFor('Refunded.');
		const record = next();
		view.press(ctrl('s'));
		await view.waitFor('Reply sent to #101 (Ada Lovelace)');
		expect(await record).toEqual([{kind: 'worked', conversationId: '101', at: testNow + 3 * minute, agentId: 'a1', seconds: 180}]);
		expect(provider.writes.map(write => write.method)).toEqual(['reply', 'recordActivity']);
	});

	it('stops when the agent goes back to the queue in a narrow terminal', async () => {
		const {clock, provider, next} = setup();
		view = await renderConsole({provider, clock: () => clock.now, columns: 80, rows: 24});
		await view.waitFor('Ada Lovelace');
		view.press(keys.enter);
		await view.waitFor('#101 Charged twice for March');
		clock.now += 90_000;
		const record = next();
		view.press(keys.escape);
		expect((await record)[0]).toMatchObject({conversationId: '101', seconds: 90});
	});

	it('records what is running before the console quits', async () => {
		const {clock, provider, next} = setup();
		view = await renderConsole({provider, clock: () => clock.now, columns: 140});
		await view.waitFor('#101 Charged twice for March');
		clock.now += 4 * minute;
		const record = next();
		view.press('q');
		expect((await record)[0]).toMatchObject({conversationId: '101', seconds: 240});
	});

	it.each([
		['in read-only mode', () => ({readOnly: true, provider: setup().provider})],
		['when the desk keeps no time worked', () => ({provider: createMemoryProvider(smallDesk())})],
	])('times nothing and says nothing %s', async (_case, options) => {
		const {readOnly, provider} = {readOnly: false, ...options()};
		let now = testNow;
		view = await renderConsole({readOnly, provider, clock: () => now, columns: 140});
		await view.waitFor('#101 Charged twice for March');
		now += 5 * minute;
		view.press('j');
		await view.waitFor('#102 Webhook returns 401');
		now += 5 * minute;
		view.press('j');
		await view.waitFor('#103 How do I export my data?');
		expect(shown('worked')).toBe(false);
		expect(provider.writes).toEqual([]);
	});
});
