import {describe, expect, it} from 'vitest';
import {tenureDays, tenureText} from '../../source/presenters/customer.js';
import {messageKindLabels, messageKindTones} from '../../source/presenters/message-kinds.js';
import {fitColumns, fitCell, queueColumns} from '../../source/presenters/queue-columns.js';
import {wrapText} from '../../source/presenters/wrap.js';
import {messageKinds} from '../../source/domain/conversation.js';

const day = 86_400_000;
const now = Date.parse('2026-03-02T10:00:00Z');

describe('tenure', () => {
	it.each([
		[null, null, null],
		[2, 2, 'new this week'],
		[20, 20, '2 weeks'],
		[7, 7, '1 week'],
		[100, 100, '3 months'],
		[365, 365, '1 year'],
		[59, 59, '8 weeks'],
		[60, 60, '2 months'],
		[800, 800, '2 years 2 months'],
	])('%s days ago', (daysAgo, days, text) => {
		const since = daysAgo === null ? null : now - daysAgo * day;
		expect(tenureDays(since, now)).toBe(days);
		expect(tenureText(since, now)).toBe(text);
	});

	it('never goes negative for a sign-up date in the future', () => {
		expect(tenureDays(now + day, now)).toBe(0);
	});
});

describe('wrapText', () => {
	it('wraps on spaces, keeps the writer’s line breaks and splits words longer than the width', () => {
		expect(wrapText('one two three four\n\nfive', 10)).toEqual(['one two', 'three four', '', 'five']);
		expect(wrapText('see https://example.com/a/very/long/path', 12)).toEqual(['see', 'https://exam', 'ple.com/a/ve', 'ry/long/path']);
	});
});

describe('message kinds', () => {
	it('gives each kind its own label and tone', () => {
		expect(new Set(messageKinds.map(kind => messageKindLabels[kind])).size).toBe(messageKinds.length);
		expect(new Set(messageKinds.map(kind => messageKindTones[kind])).size).toBe(messageKinds.length);
		expect(messageKindLabels.note).toBe('internal note');
	});
});

describe('fitColumns', () => {
	it('keeps every column when there is room and gives the rest to the subject', () => {
		const fitted = fitColumns(queueColumns, 120);
		expect(fitted.map(column => column.id)).toEqual(queueColumns.map(column => column.id));
		const total = fitted.reduce((sum, column) => sum + column.size + 1, 0);
		expect(total).toBe(120);
	});

	it('drops the least important columns first when narrow', () => {
		expect(fitColumns(queueColumns, 80).map(column => column.id)).toContain('channel');
		const roomy = fitColumns(queueColumns, 80, 1, 20);
		expect(roomy.map(column => column.id)).toEqual(['id', 'customer', 'subject', 'waiting', 'status', 'priority', 'assignee']);
		expect(roomy.find(column => column.id === 'subject')?.size).toBe(20);
		expect(fitColumns(queueColumns, 50).map(column => column.id)).toEqual(['id', 'customer', 'subject', 'waiting', 'status']);
		expect(fitColumns(queueColumns, 40).map(column => column.id)).toEqual(['id', 'customer', 'subject']);
	});

	it('works for any column shape', () => {
		const fitted = fitColumns([{width: 4, dropOrder: 0, name: 'a'}, {width: 1, flexible: true, dropOrder: 0, name: 'b'}], 20);
		expect(fitted.map(column => [column.name, column.size])).toEqual([['a', 4], ['b', 14]]);
	});

	it('cuts cells with an ellipsis, pads short ones, and strips escapes and line breaks', () => {
		expect(fitCell('Refund please', 8)).toBe('Refund …');
		expect(fitCell('Hi', 4)).toBe('Hi  ');
		expect(fitCell('a\u001B[2Jb\nc', 15)).toBe('a<U+001B>[2Jb c');
		expect(fitCell('a\u001B[2Jb\nc', 5)).toBe('a<U+…');
	});
});
