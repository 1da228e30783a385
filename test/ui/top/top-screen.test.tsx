// `deskterm top` drawn by Ink at 80x24: the triage mix of the live conversations, scored by the operations
// triage path, fits the width and reads in ASCII under TERM=dumb.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadTriageConfig} from '../../../source/config/triage-config.js';
import {createDashboardSource} from '../../../source/operations/dashboard-source.js';
import {scoreAll} from '../../../source/operations/triage-set.js';
import {TopScreen} from '../../../source/ui/top/top-screen.js';
import {makeConversation, testNow} from '../../helpers/conversations.js';
import {createMemoryProvider} from '../../helpers/memory-provider.js';
import {renderInk} from '../../helpers/render.js';

const configDir = mkdtempSync(join(tmpdir(), 'deskterm-top-screen-'));
afterAll(() => rmSync(configDir, {recursive: true, force: true}));
const minute = 60_000;
const bodies = ['The site is down and we are losing money every minute, payments fail for all customers', 'How do I change my invoice address?', 'I was charged twice, please refund the duplicate charge', 'Thanks, all good now'];
const conversations = Array.from({length: 24}, (_, index) =>
	makeConversation({
		id: String(200 + index),
		status: index % 6 === 5 ? 'closed' : 'open',
		createdAt: testNow - (index + 1) * 30 * minute,
		messages: [{kind: 'customer', body: bodies[index % bodies.length]!, createdAt: testNow - (index + 1) * 30 * minute}],
	}),
);

describe('top screen: the triage mix', () => {
	it.each([false, true])('shows high/medium/low per axis for the live conversations at 80x24 (ascii %s)', async ascii => {
		const provider = createMemoryProvider(conversations);
		const source = await createDashboardSource({provider, configDir, clock: () => testNow, since: '7d'});
		const config = await loadTriageConfig(configDir);
		const live = conversations.filter(conversation => conversation.status !== 'closed');
		const count = (axis: 'severity' | 'complexity' | 'effort') => {
			const rows = scoreAll(live, {now: testNow, config});
			return ['high', 'medium', 'low'].map(level => rows.filter(row => row.triage[axis].level === level).length).join('/');
		};
		const expected = `Triage high/med/low: severity ${count('severity')} · complexity ${count('complexity')} · effort ${count('effort')}`;
		// Different levels on the severity axis: the line is not a constant.
		expect(new Set(scoreAll(live, {now: testNow, config}).map(row => row.triage.severity.level)).size).toBeGreaterThan(1);
		const view = renderInk(<TopScreen source={source} intervalMs={60_000} figuresEveryMs={60_000} ascii={ascii} size={{columns: 80, rows: 24}} />, {columns: 80, rows: 24});
		try {
			const frame = await view.waitFor(/^Triage high\/med\/low: /m);
			const lines = frame.split('\n');
			expect(lines).toContain(expected);
			expect(lines.length).toBeLessThanOrEqual(24);
			expect(lines.every(line => [...line].length <= 80)).toBe(true);
			if (ascii) expect(frame).toMatch(/^[\x20-\x7e\n·…]*$/);
		} finally {
			view.unmount();
		}
	});
});
