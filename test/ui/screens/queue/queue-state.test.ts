import {describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../../../source/domain/conversation.js';
import {initialQueueState, queueReducer, selectedSummary, type QueueState} from '../../../../source/ui/screens/queue/queue-state.js';
import {toQueueQuery, defaultFilters, describeFilters, nextSort} from '../../../../source/ui/screens/queue/queue-filters.js';
import {makeConversation} from '../../../helpers/conversations.js';
import {summaryOf} from '../../../helpers/memory-provider.js';

const rows = (count: number, prefix = 'c'): ConversationSummary[] =>
	Array.from({length: count}, (_, index) => summaryOf(makeConversation({id: `${prefix}${index + 1}`})));

function loaded(items: ConversationSummary[]): QueueState {
	const state = initialQueueState();
	return queueReducer(state, {type: 'page', generation: state.generation, conversations: items, total: items.length, complete: true});
}

describe('the queue reducer', () => {
	it('shows pages as they arrive on a first load and selects the first row', () => {
		let state = initialQueueState();
		state = queueReducer(state, {type: 'page', generation: 1, conversations: rows(3), total: 5, complete: false});
		expect(state.items).toHaveLength(3);
		expect(state.status).toBe('ready');
		expect(state.complete).toBe(false);
		state = queueReducer(state, {type: 'page', generation: 1, conversations: rows(2, 'd'), total: 5, complete: true});
		expect(state.items.map(item => item.id)).toEqual(['c1', 'c2', 'c3', 'd1', 'd2']);
		expect(selectedSummary(state)?.id).toBe('c1');
	});

	it('moves within the list and keeps the window around the selection', () => {
		let state = loaded(rows(100));
		state = queueReducer(state, {type: 'move', delta: 1, height: 10});
		expect(selectedSummary(state)?.id).toBe('c2');
		state = queueReducer(state, {type: 'move', delta: -5, height: 10});
		expect(state.selected).toBe(0);
		state = queueReducer(state, {type: 'jump', to: 'last', height: 10});
		expect(state).toMatchObject({selected: 99, offset: 90, selectedId: 'c100'});
		state = queueReducer(state, {type: 'move', delta: 10, height: 10});
		expect(state.selected).toBe(99);
	});

	it('moves through 100,000 rows without touching the rows', () => {
		let state = loaded(rows(100_000));
		const items = state.items;
		state = queueReducer(state, {type: 'jump', to: 'last', height: 20});
		state = queueReducer(state, {type: 'move', delta: -1, height: 20});
		expect(state.items).toBe(items);
		expect(state).toMatchObject({selected: 99_998, offset: 99_980});
	});

	it('keeps the selected conversation through a refresh, showing the old rows until the new list is complete', () => {
		let state = loaded(rows(5));
		state = queueReducer(state, {type: 'select-id', id: 'c4', height: 10});
		state = queueReducer(state, {type: 'reload'});
		expect(state.items).toHaveLength(5);
		const reordered = rows(6).reverse();
		state = queueReducer(state, {type: 'page', generation: state.generation, conversations: reordered.slice(0, 3), total: 6, complete: false});
		expect(state.items.map(item => item.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
		state = queueReducer(state, {type: 'page', generation: state.generation, conversations: reordered.slice(3), total: 6, complete: true});
		expect(state.items[0]?.id).toBe('c6');
		expect(selectedSummary(state)?.id).toBe('c4');
	});

	it('falls back to the same position when the selected conversation left the list', () => {
		let state = loaded(rows(5));
		state = queueReducer(state, {type: 'select-id', id: 'c3', height: 10});
		state = queueReducer(state, {type: 'reload'});
		const without = rows(5).filter(item => item.id !== 'c3');
		state = queueReducer(state, {type: 'page', generation: state.generation, conversations: without, total: 4, complete: true});
		expect(selectedSummary(state)?.id).toBe('c4');
	});

	it('ignores pages and failures from an older load', () => {
		let state = loaded(rows(2));
		const old = state.generation;
		state = queueReducer(state, {type: 'set-filters', filters: {view: 'mine'}});
		expect(state.status).toBe('loading');
		expect(state.items).toEqual([]);
		expect(queueReducer(state, {type: 'page', generation: old, conversations: rows(9), total: 9, complete: true})).toBe(state);
		expect(queueReducer(state, {type: 'failed', generation: old, message: 'x'})).toBe(state);
		const failed = queueReducer(state, {type: 'failed', generation: state.generation, message: 'desk unavailable'});
		expect(failed).toMatchObject({status: 'error', error: 'desk unavailable'});
	});

	it('does nothing when the filters asked for are the ones shown', () => {
		const state = loaded(rows(3));
		expect(queueReducer(state, {type: 'set-filters', filters: {view: 'all', sort: 'waiting'}})).toBe(state);
	});

	it('patches one row after a write', () => {
		const state = loaded(rows(3));
		const changed = {...state.items[1]!, status: 'pending' as const};
		const next = queueReducer(state, {type: 'patch', summary: changed});
		expect(next.items[1]?.status).toBe('pending');
		expect(next.items[0]).toBe(state.items[0]);
	});

	it('keeps the state when the patched row is unchanged (opening a conversation patches its row)', () => {
		const state = loaded(rows(3));
		const same = {...state.items[1]!, tags: [...state.items[1]!.tags]};
		expect(queueReducer(state, {type: 'patch', summary: same})).toBe(state);
		const retagged = {...same, tags: [...same.tags, 'vip']};
		expect(queueReducer(state, {type: 'patch', summary: retagged}).loaded[1]?.tags).toEqual(retagged.tags);
	});
});

describe('queue filters', () => {
	it('become the provider query', () => {
		expect(toQueueQuery(defaultFilters)).toEqual({statuses: ['open', 'pending', 'snoozed'], sort: 'waiting'});
		expect(toQueueQuery({...defaultFilters, view: 'mine', status: 'closed', team: 'billing', search: ' refund '})).toEqual({
			statuses: ['closed'],
			assignee: 'me',
			team: 'billing',
			text: 'refund',
			sort: 'waiting',
		});
		expect(toQueueQuery({...defaultFilters, view: 'unassigned', status: 'all'}).statuses).toHaveLength(4);
	});

	it('describe themselves and cycle the order', () => {
		expect(describeFilters({...defaultFilters, team: 'billing', teamName: 'Billing', search: 'refund', sort: 'priority'})).toBe(
			'active · team Billing · by priority · "refund"',
		);
		expect(nextSort('waiting')).toBe('priority');
		expect(nextSort('created')).toBe('waiting');
	});
});
