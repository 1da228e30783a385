// One queue loader for both surfaces: `deskterm queue` and the console follow cursors the same way and refuse a repeated one.
import {afterEach, describe, expect, it} from 'vitest';
import type {QueuePage, QueueQuery} from '../../source/providers/provider.js';
import {makeConversation} from '../helpers/conversations.js';
import {createMemoryProvider, summaryOf} from '../helpers/memory-provider.js';
import {renderConsole, type ConsoleView} from '../helpers/render.js';
import {run} from '../cli/cli-fixtures.js';

/** Pages by cursor (empty ones, as after filters applied past paging); the last points back at the second, as a broken back end might. */
function loopingProvider() {
	const conversations = [makeConversation({id: '1'})];
	const provider = createMemoryProvider(conversations);
	const pages: Array<{ids: string[]; next: string}> = [
		{ids: [], next: 'a'},
		{ids: [], next: 'b'},
		{ids: [], next: 'a'},
	];
	const asked: Array<string | undefined> = [];
	provider.listQueue = async (query: QueueQuery): Promise<QueuePage> => {
		asked.push(query.cursor);
		const page = pages[{a: 1, b: 2}[query.cursor as 'a' | 'b'] ?? 0]!;
		return {conversations: page.ids.map(id => summaryOf(conversations.find(each => each.id === id)!)), nextCursor: page.next, total: null};
	};
	return {provider, asked};
}

let view: ConsoleView | undefined;
afterEach(() => view?.unmount());

describe('loading the queue, CLI and console', () => {
	it('stops at a repeated cursor with the same one line on both surfaces', async () => {
		const cli = loopingProvider();
		const result = await run(['queue', '--json'], {provider: cli.provider});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('repeated a page cursor while listing the queue');
		expect(cli.asked).toEqual([undefined, 'a', 'b']);

		const screen = loopingProvider();
		view = await renderConsole({provider: screen.provider});
		await view.waitFor('Could not load the queue: test desk repeated a page cursor while listing the queue');
		// The console's counters also list the queue (first pages only); the loader followed a, b and stopped.
		expect(screen.asked.filter(cursor => cursor !== undefined)).toEqual(['a', 'b']);
	});
});
