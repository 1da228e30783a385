import {describe, expect, it} from 'vitest';
import type {RowBadge} from '../../../../source/ui/extensions.js';
import {badgesWidth, fitBadges, fitQueueColumns, subjectRoom} from '../../../../source/ui/screens/queue/console-columns.js';

const badges: RowBadge[] = [
	{text: 'C:H', tone: 'warning', keep: 3},
	{text: 'S:M', tone: 'warning', keep: 2},
	{text: 'E:L', tone: 'muted', keep: 4},
	{text: 'BREACH 12m', tone: 'warning', keep: 1},
	{text: '!', tone: 'danger', keep: 0},
];

describe('queue columns with badges', () => {
	it('lets channel and assignee give way to badges, never waiting, status or priority', () => {
		const plain = fitQueueColumns(78).map(column => column.id);
		const withBadges = fitQueueColumns(78, badgesWidth(badges) + 1).map(column => column.id);
		expect(plain).toContain('assignee');
		expect(withBadges).not.toContain('assignee');
		expect(withBadges).toEqual(expect.arrayContaining(['id', 'customer', 'subject', 'waiting', 'status', 'priority']));
		expect(fitQueueColumns(78, 200).find(column => column.flexible)!.size).toBeGreaterThanOrEqual(subjectRoom);
	});

	it('drops effort, then complexity, then severity before a breach or human-only', () => {
		expect(fitBadges(badges, 100)).toBe(badges);
		expect(fitBadges(badges, 16).map(badge => badge.text)).toEqual(['S:M', 'BREACH 12m', '!']);
		expect(fitBadges(badges, 12).map(badge => badge.text)).toEqual(['BREACH 12m', '!']);
		expect(fitBadges(badges, 1).map(badge => badge.text)).toEqual(['!']);
		expect(fitBadges(badges, 0)).toEqual([]);
	});
});
