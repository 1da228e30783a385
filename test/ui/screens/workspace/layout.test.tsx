import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../../../helpers/keys.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';
import {displayWidth} from '../../../../source/text/wrap.js';
import {computeLayout} from '../../../../source/ui/screens/workspace/layout.js';
import {smallDesk} from '../../desk-fixture.js';

let view: ConsoleView;
afterEach(() => view.unmount());

const widest = (frame: string) => Math.max(...frame.split('\n').map(line => displayWidth(line)));
const lineCount = (frame: string) => frame.replace(/\n+$/, '').split('\n').length;

describe('layout', () => {
	it('fills 80x24 exactly, the queue alone, every column the brief names', async () => {
		view = await renderConsole({conversations: smallDesk(), columns: 80, rows: 24});
		const frame = await view.waitFor('Ada Lovelace');
		expect(widest(frame)).toBeLessThanOrEqual(80);
		expect(lineCount(frame)).toBeLessThanOrEqual(24);
		expect(frame).toMatch(/CUSTOMER +SUBJECT +WAIT +STATUS +PRIO +ASSIGNEE/);
		view.press(keys.enter);
		const open = await view.waitFor('#101 Charged twice');
		expect(open).not.toContain('CUSTOMER');
		expect(widest(open)).toBeLessThanOrEqual(80);
		view.press(keys.tab);
		await view.waitFor('CUSTOMER');
		view.press(keys.tab);
		await view.waitFor('#101 Charged twice');
	});

	it.each([
		[60, 20],
		[40, 12],
	])('degrades gracefully at %ix%i, dropping columns but never the customer', async (columns, rows) => {
		view = await renderConsole({conversations: smallDesk(), columns, rows});
		const frame = await view.waitFor('Ada Lovel');
		expect(widest(frame)).toBeLessThanOrEqual(columns);
		expect(lineCount(frame)).toBeLessThanOrEqual(rows);
		expect(frame).not.toContain('ASSIGNEE');
		view.press(keys.enter);
		const open = await view.waitFor('#101');
		expect(widest(open)).toBeLessThanOrEqual(columns);
	});

	it('puts queue and conversation side by side when wide, and redraws on resize', async () => {
		view = await renderConsole({conversations: smallDesk(), columns: 100, rows: 30});
		await view.waitFor('Ada Lovelace');
		expect(view.lastFrame()).not.toContain('#101');
		view.resize(160, 40);
		const wide = await view.waitFor(frame => frame.includes('CUSTOMER') && frame.includes('#101 Charged twice'));
		expect(widest(wide)).toBeLessThanOrEqual(160);
		view.press('j');
		await view.waitFor('#102 Webhook returns 401');
		view.resize(80, 24);
		const narrow = await view.waitFor(frame => frame.includes('CUSTOMER') && !frame.includes('#102'));
		expect(widest(narrow)).toBeLessThanOrEqual(80);
	});

	it('shows the customer beside the thread when the pane is wide enough', async () => {
		view = await renderConsole({conversations: smallDesk(), columns: 110, rows: 30});
		await view.waitFor('Grace Hopper');
		view.press('j', keys.enter);
		const frame = await view.waitFor('#102 Webhook');
		expect(frame).toMatch(/Company +Navy Labs/);
		expect(frame).toMatch(/Plan +enterprise, 99\/month/);
		expect(frame).toMatch(/Language +German \(de\)/);
		expect(frame).toMatch(/Assignee +Dana Whitfield/);
	});
});

describe('computeLayout', () => {
	it('splits from 120 columns and shows one pane below', () => {
		expect(computeLayout(80, 24, 'queue')).toMatchObject({split: false, showQueue: true, showConversation: false, bodyHeight: 21, sidebarWidth: 0});
		expect(computeLayout(80, 24, 'conversation')).toMatchObject({showQueue: false, showConversation: true});
		const wide = computeLayout(200, 50, 'queue');
		expect(wide).toMatchObject({split: true, showQueue: true, showConversation: true, queueWidth: 100, conversationWidth: 99, sidebarWidth: 34});
	});
});
