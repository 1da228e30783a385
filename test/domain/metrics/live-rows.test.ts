import {describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../../source/domain/conversation.js';
import {applyChanges} from '../../../source/domain/metrics/live-rows.js';
import {summaryOf} from '../../../source/domain/summary-of.js';
import {makeConversation} from '../../helpers/conversations.js';

const row = (id: string, changes: Partial<ConversationSummary> = {}): ConversationSummary => ({
	...summaryOf(makeConversation({id})),
	...changes,
});

const keptOf = (...rows: ConversationSummary[]) => new Map(rows.map(each => [each.id, each]));

describe('applyChanges', () => {
	it('replaces a changed row where it was, adds a new one and drops a removed one', () => {
		const kept = keptOf(row('1'), row('2'), row('3'));
		const closed = row('2', {status: 'closed', closedAt: 2_000, updatedAt: 2_000, version: '2'});
		expect(applyChanges(kept, {changed: [closed, row('4')], removed: ['3']})).toBe(3);
		expect([...kept.keys()]).toEqual(['1', '2', '4']);
		expect(kept.get('2')).toBe(closed);
	});

	it('moves nothing when nothing changed, and ignores removals of rows it never held', () => {
		const kept = keptOf(row('1'));
		expect(applyChanges(kept, {changed: [], removed: ['9']})).toBe(0);
		expect([...kept.values()]).toEqual([row('1')]);
	});

	it('counts a row read again as moved only when it is a new read of it', () => {
		const same = row('1');
		const kept = keptOf(same);
		expect(applyChanges(kept, {changed: [same], removed: []})).toBe(0);
		expect(applyChanges(kept, {changed: [row('1', {version: '2'})], removed: []})).toBe(1);
		expect(kept.get('1')?.version).toBe('2');
	});
});
