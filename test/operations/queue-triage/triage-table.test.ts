import {describe, expect, it} from 'vitest';
import type {TriageEntry} from '../../../source/operations/queue-triage/triage-entry.js';
import {createTriageTable} from '../../../source/operations/queue-triage/triage-table.js';

const entry = (id: number, changes: Partial<TriageEntry> = {}): TriageEntry => ({
	id: String(id),
	version: String(id % 3),
	scoredAt: 1_700_000_000_000 + id,
	expiresAt: id % 2 === 0 ? Number.POSITIVE_INFINITY : 1_700_000_000_000 + id + 60_000,
	score: id / 7,
	axes: {complexity: {level: 'low', value: 0.125}, severity: {level: id % 2 === 0 ? 'high' : 'medium', value: id / 11}, effort: {level: 'medium', value: 0.5}},
	humanOnly: id % 4 === 0 ? ['Legal threat', 'VIP'] : [],
	team: id % 2 === 0 ? 'billing' : 'support',
	channels: {key: 'LHM', primary: 'email', secondary: 'phone'},
	answer: id % 5 === 0 ? {templateId: `refund-${id % 2}`, confidence: 0.75} : null,
	...changes,
});

describe('the triage table (triage results as numbers)', () => {
	it('gives back every entry as it was set, past its first capacity', () => {
		const table = createTriageTable(4);
		const entries = Array.from({length: 50}, (_, index) => entry(index + 1));
		for (const each of entries) table.set(each);
		expect(table.size).toBe(50);
		for (const each of entries) expect(table.get(each.id)).toEqual(each);
		expect(table.get('51')).toBeUndefined();
	});

	it('replaces the entry of a conversation scored again', () => {
		const table = createTriageTable();
		table.set(entry(1));
		const again = entry(1, {version: '9', score: 42, answer: {templateId: 'apology', confidence: 0.5}, humanOnly: ['Refund over limit']});
		table.set(again);
		expect(table.size).toBe(1);
		expect(table.get('1')).toEqual(again);
	});

	it('shares the human-only lists and channel choices between entries', () => {
		const table = createTriageTable();
		table.set(entry(4));
		table.set(entry(8, {channels: {key: 'LHM', primary: 'email', secondary: 'phone'}}));
		expect(table.get('8')!.humanOnly).toBe(table.get('4')!.humanOnly);
		expect(table.get('8')!.channels).toBe(table.get('4')!.channels);
	});

	it('tells whether an entry is current for a version and a time (its age and its expiry), as the scorer asks of every row', () => {
		const table = createTriageTable();
		const first = entry(7);
		table.set(first);
		const maxAge = 300_000;
		expect(table.isCurrent('7', first.version, first.scoredAt, maxAge)).toBe(true);
		expect(table.isCurrent('7', first.version, first.scoredAt + 59_999, maxAge)).toBe(true);
		// Its wait enters the next band before the age runs out.
		expect(table.isCurrent('7', first.version, first.expiresAt, maxAge)).toBe(false);
		expect(table.isCurrent('7', 'other', first.scoredAt, maxAge)).toBe(false);
		expect(table.isCurrent('8', first.version, 0, maxAge)).toBe(false);
		const steady = entry(8);
		table.set(steady);
		expect(table.isCurrent('8', steady.version, steady.scoredAt + maxAge, maxAge)).toBe(true);
		expect(table.isCurrent('8', steady.version, steady.scoredAt + maxAge + 1, maxAge)).toBe(false);
	});
});
