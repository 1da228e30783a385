import {describe, expect, it} from 'vitest';
import {fitQueueColumns} from '../../../../source/ui/screens/queue/console-columns.js';
import {scrollOffset, visibleRange} from '../../../../source/ui/screens/queue/queue-window.js';

describe('the queue window', () => {
	it('keeps the selection in view with a margin, moving as little as possible', () => {
		expect(scrollOffset(0, 5, 10, 100)).toBe(0);
		expect(scrollOffset(0, 8, 10, 100)).toBe(1);
		expect(scrollOffset(50, 51, 10, 100)).toBe(49);
		expect(scrollOffset(0, 99, 10, 100)).toBe(90);
		expect(scrollOffset(40, 45, 10, 100)).toBe(40);
	});

	it('works the same at 100,000 rows', () => {
		expect(scrollOffset(0, 99_999, 20, 100_000)).toBe(99_980);
		expect(visibleRange(99_980, 20, 100_000)).toEqual({start: 99_980, end: 100_000});
	});

	it('copes with short lists and no room', () => {
		expect(scrollOffset(3, 1, 10, 4)).toBe(0);
		expect(scrollOffset(5, 5, 0, 10)).toBe(0);
		expect(visibleRange(0, 10, 3)).toEqual({start: 0, end: 3});
		expect(visibleRange(0, 10, 0)).toEqual({start: 0, end: 0});
	});
});

describe('queue columns in the console', () => {
	it('keeps every column the brief asks for at 80 columns with room for the subject', () => {
		const columns = fitQueueColumns(78);
		expect(columns.map(column => column.id)).toEqual(['id', 'customer', 'subject', 'waiting', 'status', 'priority', 'assignee']);
		expect(columns.find(column => column.id === 'subject')!.size).toBeGreaterThanOrEqual(20);
		expect(fitQueueColumns(48).map(column => column.id)).toEqual(['id', 'customer', 'subject', 'waiting']);
		expect(columns.reduce((sum, column) => sum + column.size + 1, -1)).toBeLessThanOrEqual(78);
	});

	it('gives way column by column when narrower, never the customer or the subject', () => {
		const ids = fitQueueColumns(48).map(column => column.id);
		expect(ids).toContain('customer');
		expect(ids).toContain('subject');
		expect(ids).not.toContain('assignee');
		expect(fitQueueColumns(140).map(column => column.id)).toContain('channel');
	});
});
