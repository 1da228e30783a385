import {afterEach, describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../../../source/domain/conversation.js';
import {DeskError} from '../../../../source/domain/errors.js';
import {keys} from '../../../helpers/keys.js';
import {createMemoryProvider, summaryOf} from '../../../helpers/memory-provider.js';
import {makeConversation} from '../../../helpers/conversations.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';

let view: ConsoleView;
afterEach(() => view.unmount());

/** A desk whose queue holds `count` summaries (paged like a real back end), without threads behind them. */
function bigDesk(count: number) {
	const template = summaryOf(makeConversation({id: '0'}));
	const rows: ConversationSummary[] = Array.from({length: count}, (_, index) => ({
		...template,
		id: String(index + 1),
		customerName: `Customer ${index + 1}`,
		subject: `Question number ${index + 1}`,
	}));
	const provider = createMemoryProvider([]);
	const pages: number[] = [];
	provider.listQueue = async query => {
		const start = Number(query.cursor ?? 0);
		const limit = query.limit ?? 50;
		pages.push(limit);
		const end = Math.min(rows.length, start + limit);
		return {conversations: rows.slice(start, end), nextCursor: end < rows.length ? String(end) : null, total: rows.length};
	};
	return {provider, pages};
}

describe('a queue of 100,000 conversations', () => {
	it('loads every page into memory, draws only the rows that fit, and jumps to the end', async () => {
		const {provider, pages} = bigDesk(100_000);
		view = await renderConsole({provider, columns: 100, rows: 30});
		await view.waitFor('1/100,000');
		expect(pages[0]).toBe(100);
		const frame = view.lastFrame();
		expect(frame.match(/Question number/g)).toHaveLength(25);
		view.press('G');
		const end = await view.waitFor('100,000/100,000');
		expect(end).toContain('Question number 100000');
		expect(end).not.toContain('Question number 99975 ');
		view.press('k', keys.pageUp);
		await view.waitFor(/› \d+ +Customer 99974 /);
		expect(view.lastFrame().match(/Question number/g)).toHaveLength(25);
	});
});

describe('when the back end fails', () => {
	it('says the queue could not load, and R tries again', async () => {
		const provider = createMemoryProvider([makeConversation({id: '1', subject: 'Back again'})]);
		const listQueue = provider.listQueue;
		let fail = true;
		provider.listQueue = async query => {
			if (fail && query.limit !== 1) throw new DeskError('unavailable', 'the desk did not answer');
			return listQueue(query);
		};
		view = await renderConsole({provider});
		await view.waitFor('✗ Could not load the queue: the desk did not answer (R retries)');
		fail = false;
		view.press('R');
		await view.waitFor('Back again');
	});

	it('says so when the desk cannot be opened at all', async () => {
		const provider = createMemoryProvider([]);
		provider.whoami = async () => {
			throw new DeskError('auth', 'the token was rejected');
		};
		view = await renderConsole({provider});
		const frame = await view.waitFor('✗ Could not open the desk: the token was rejected');
		expect(frame).toContain('q quits');
	});

	it('shows an empty queue as empty, with what to do about it', async () => {
		view = await renderConsole({conversations: []});
		await view.waitFor('No conversations here. S changes the status filter.');
		view.press('1');
		await view.waitFor('No conversations here. press 3 to see everyone\'s.');
	});
});

describe('live updates', () => {
	it('shows a new conversation and a customer\'s new message without a key press, keeping the selection', async () => {
		const provider = createMemoryProvider([makeConversation({id: '1', subject: 'First question', createdAt: Date.parse('2026-03-02T08:00:00Z')})]);
		view = await renderConsole({provider, refreshEveryMs: 20});
		await view.waitFor('First question');
		view.press(keys.enter);
		await view.waitFor('#1 First question');
		provider.conversations.set('2', makeConversation({id: '2', subject: 'Brand new question'}));
		const first = provider.conversations.get('1')!;
		first.messages.push({...first.messages[0]!, id: '1-m2', body: 'Any news on this?'});
		first.messageCount = 2;
		await view.waitFor('│ Any news on this?');
		await view.waitFor(/New conversation from Ada Lovelace \(#2\) · Ada Lovelace \(#1\) wrote again/);
		view.press(keys.escape);
		const queue = await view.waitFor('Brand new question');
		expect(queue.split('\n').find(line => line.startsWith('›'))).toContain('First question');
	});
});
