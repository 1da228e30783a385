import {describe, expect, it} from 'vitest';
import {collectQueue} from '../../source/cli/commands/queue.js';
import type {QueuePage, QueueQuery} from '../../source/providers/provider.js';
import {makeConversation} from '../helpers/conversations.js';
import {createMemoryProvider, summaryOf} from '../helpers/memory-provider.js';

function pagedProvider(pages: Array<{ids: string[]; next: string | null}>) {
	const provider = createMemoryProvider([]);
	const asked: Array<string | undefined> = [];
	provider.listQueue = async (query: QueueQuery): Promise<QueuePage> => {
		asked.push(query.cursor);
		const page = pages[query.cursor === undefined ? 0 : Number(query.cursor)]!;
		return {conversations: page.ids.map(id => summaryOf(makeConversation({id}))), nextCursor: page.next, total: null};
	};
	return {provider, asked};
}

describe('collectQueue', () => {
	it('reads on past an empty page that still has a next cursor', async () => {
		const {provider, asked} = pagedProvider([
			{ids: ['1', '2'], next: '1'},
			{ids: [], next: '2'},
			{ids: ['3'], next: null},
		]);
		const {rows} = await collectQueue(provider, {}, 100);
		expect(rows.map(row => row.id)).toEqual(['1', '2', '3']);
		expect(asked).toEqual([undefined, '1', '2']);
	});

	it('stops at the limit without asking for more pages', async () => {
		const {provider, asked} = pagedProvider([
			{ids: ['1', '2'], next: '1'},
			{ids: ['3', '4'], next: null},
		]);
		const {rows} = await collectQueue(provider, {}, 2);
		expect(rows.map(row => row.id)).toEqual(['1', '2']);
		expect(asked).toEqual([undefined]);
	});
});
