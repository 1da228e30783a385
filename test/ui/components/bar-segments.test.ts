import {describe, expect, it} from 'vitest';
import {fitSegments, statusSegments} from '../../../source/ui/components/bar-segments.js';
import {fitHints} from '../../../source/ui/components/footer.js';
import {footerHints} from '../../../source/ui/keys/key-help.js';

const counts = {open: 120, pending: 40, snoozed: 12, mine: 8, unassigned: 1234};
const text = (width: number, readOnly = false) =>
	fitSegments(statusSegments({deskLabel: 'local demo desk', agentName: 'Dana Whitfield', counts, readOnly}), width).map(segment => segment.text).join(' │ ');

describe('the status bar', () => {
	it('shows desk, agent and every count when there is room', () => {
		expect(text(200)).toBe('deskterm │ local demo desk │ Dana Whitfield │ open 120 · pending 40 · snoozed 12 │ mine 8 │ unassigned 1,234');
	});

	it('keeps every count at 80 columns by shortening first', () => {
		const line = text(80);
		expect(line.length).toBeLessThanOrEqual(80);
		expect(line).toContain('open 120 pend 40 snz 12');
		expect(line).toContain('mine 8');
		expect(line).toContain('unassigned 1,234');
		expect(line).toContain('local demo desk');
	});

	it('shows the running time worked quietly, and drops it before the counts when narrow', () => {
		const worked = (ms: number, width: number) => fitSegments(statusSegments({deskLabel: 'local demo desk', agentName: 'Dana Whitfield', counts, readOnly: false, workedMs: ms}), width).map(segment => segment.text);
		expect(worked(20_000, 200).at(-1)).toBe('worked <1m');
		expect(worked(4 * 60_000 + 59_000, 200).at(-1)).toBe('worked 4m');
		expect(worked(95 * 60_000, 200).at(-1)).toBe('worked 1h35m');
		expect(worked(95 * 60_000, 80).join(' ')).not.toContain('worked');
		expect(worked(95 * 60_000, 80).join(' ')).toContain('mine 8');
	});

	it('keeps the read-only badge however narrow', () => {
		expect(text(20, true)).toMatch(/^READ-ONLY/);
		expect(text(200, true)).toMatch(/^READ-ONLY │ deskterm/);
	});

	it('shows question marks for counts the back end does not give', () => {
		const segments = statusSegments({deskLabel: 'x', agentName: null, counts: {...counts, mine: null}, readOnly: false});
		expect(segments.map(segment => segment.text)).toContain('mine ?');
	});
});

describe('the footer', () => {
	it('keeps the help hint when it drops others for width', () => {
		const hints = footerHints('queue', false);
		const fitted = fitHints(hints, 40);
		expect(fitted.at(-1)?.label).toBe('help');
		expect(fitted.length).toBeLessThan(hints.length);
		expect(fitHints(hints, 500)).toEqual(hints);
	});
});
