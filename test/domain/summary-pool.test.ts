import {describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../source/domain/conversation.js';
import {createSummaryPool} from '../../source/domain/summary-pool.js';

// Each row built from fresh strings, as a back end's reader hands them out.
const fresh = (text: string) => [...text].join('');
const row = (id: number, tags: string[], desk?: string): ConversationSummary => ({
	id: String(id), subject: `Subject ${id}`, customerId: fresh('c7'), customerName: fresh('Mia Novak'), channel: 'email', status: 'open',
	priority: 'high', assigneeId: fresh('lena'), assigneeName: fresh('Lena Park'), teamId: null, teamName: null, tags: tags.map(fresh),
	createdAt: 1, updatedAt: 2, waitingSince: 3, firstResponseAt: null, closedAt: null, snoozedUntil: 4, messageCount: 2,
	preview: `Preview ${id}`, version: fresh('3'), ...(desk === undefined ? {} : {desk: fresh(desk)}),
});

describe('createSummaryPool', () => {
	it('keeps every field of a row as it was', () => {
		const original = row(1, ['billing', 'vip'], 'support');
		expect(createSummaryPool().compact(original)).toEqual(original);
		const noDesk = createSummaryPool().compact(row(2, []));
		expect('desk' in noDesk).toBe(false);
	});

	it('shares repeated strings and equal tag lists between rows', () => {
		const pool = createSummaryPool();
		const first = pool.compact(row(1, ['billing', 'vip']));
		const second = pool.compact(row(2, ['billing', 'vip']));
		const other = pool.compact(row(3, ['billing']));
		expect(second.tags).toBe(first.tags);
		expect(other.tags).not.toBe(first.tags);
		expect(other.tags[0]).toBe(first.tags[0]);
		expect(pool.size()).toEqual({strings: 10, tagLists: 2});
		expect(Object.isFrozen(first.tags)).toBe(true);
	});

	it('gives every row without tags the same empty list', () => {
		const pool = createSummaryPool();
		expect(pool.compact(row(1, [])).tags).toBe(pool.compact(row(2, [])).tags);
		expect(pool.size().tagLists).toBe(0);
	});
});
