// The triage mix's scorer: every live conversation once, then only those whose updatedAt moved.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {loadTriageConfig} from '../../source/config/triage-config.js';
import {createTriageLevels, scoringInBackground} from '../../source/operations/triage-scores.js';
import {scoreAll} from '../../source/operations/triage-set.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {createMemoryProvider, summaryOf} from '../helpers/memory-provider.js';

const configDir = mkdtempSync(join(tmpdir(), 'deskterm-triage-scores-'));
afterAll(() => rmSync(configDir, {recursive: true, force: true}));

function counted(count: number) {
	const conversations = Array.from({length: count}, (_, index) =>
		makeConversation({id: String(index + 1), status: index === 0 ? 'closed' : 'open', messages: [{kind: 'customer', body: index % 2 ? 'The app is down, urgent' : 'Where is my invoice?', createdAt: testNow - 60_000}]}),
	);
	const provider = createMemoryProvider(conversations);
	const reads: string[] = [];
	const getConversation = provider.getConversation.bind(provider);
	provider.getConversation = async id => {
		reads.push(id);
		return getConversation(id);
	};
	return {conversations, provider, reads};
}

describe('createTriageLevels', () => {
	it('scores the live conversations as triage --all does, then again only the one whose updatedAt moved', async () => {
		const {conversations, provider, reads} = counted(8);
		const {iterateConversations: _bulk, ...oneByOne} = provider;
		const config = await loadTriageConfig(configDir);
		const levels = createTriageLevels({provider: oneByOne, config, clock: () => testNow});
		const rows = conversations.map(summaryOf);
		const first = await levels.levels(rows);
		const live = conversations.filter(conversation => conversation.status !== 'closed');
		expect(reads.sort()).toEqual(live.map(conversation => conversation.id).sort());
		for (const {summary, triage} of scoreAll(live, {now: testNow, config})) {
			expect(first.get(summary.id)).toEqual({complexity: triage.complexity.level, severity: triage.severity.level, effort: triage.effort.level});
		}
		expect(first.has('1')).toBe(false);
		reads.length = 0;
		await levels.levels(rows);
		expect(reads).toEqual([]);
		const moved = rows.map(row => (row.id === '3' ? {...row, updatedAt: row.updatedAt + 1} : row));
		expect((await levels.levels(moved)).size).toBe(live.length);
		expect(reads).toEqual(['3']);
	});

	it('scores again a conversation nobody touched once the clock moves its wait into the next band, or its customer opens another', async () => {
		let now = testNow;
		const conversations = [
			makeConversation({id: '1', customer: makeCustomer({id: 'c1'}), messages: [{kind: 'customer', body: 'The export button does nothing', createdAt: testNow - 3 * 3_600_000}]}),
			makeConversation({id: '2', customer: makeCustomer({id: 'c2'}), messages: [{kind: 'customer', body: 'The export button does nothing', createdAt: testNow - 60_000}]}),
			makeConversation({id: '3', status: 'closed', customer: makeCustomer({id: 'c2'}), messages: [{kind: 'customer', body: 'Thanks', createdAt: testNow - 60_000}]}),
		];
		const provider = createMemoryProvider(conversations);
		const reads: string[] = [];
		const {iterateConversations: _bulk, ...oneByOne} = provider;
		const levels = createTriageLevels({provider: {...oneByOne, getConversation: async id => (reads.push(id), provider.getConversation(id))}, config: await loadTriageConfig(configDir), clock: () => now});
		const desk = () => [...provider.conversations.values()];
		let rows = desk().map(summaryOf);
		const fresh = async () => new Map(scoreAll(desk().filter(each => each.status !== 'closed'), {now, config: await loadTriageConfig(configDir)}).map(({summary, triage}) => [summary.id, triage.effort.level]));
		await levels.levels(rows);
		reads.length = 0;
		now += 3_600_000;
		expect(levels.unscored(rows)).toBe(1);
		const later = await levels.levels(rows);
		expect(reads).toEqual(['1']);
		for (const [id, effort] of await fresh()) expect(later.get(id)?.effort).toBe(effort);
		// Conversation 3 reopened: conversation 2's customer now has another open one, though 2 itself did not move.
		Object.assign(provider.conversations.get('3')!, {status: 'open', updatedAt: now});
		rows = desk().map(summaryOf);
		reads.length = 0;
		const reopened = await levels.levels(rows);
		expect(reads.sort()).toEqual(['2', '3']);
		for (const [id, effort] of await fresh()) expect(reopened.get(id)?.effort).toBe(effort);
	});

	it('reads many changed conversations in one bulk pass when the back end has one', async () => {
		const {conversations, provider, reads} = counted(70);
		const config = await loadTriageConfig(configDir);
		const levels = await createTriageLevels({provider, config, clock: () => testNow}).levels(conversations.map(summaryOf));
		expect(levels.size).toBe(69);
		expect(reads).toEqual([]);
	});

	it('for a refreshing screen, runs a long first pass beside the refreshes (null until done), then scores changes within them', async () => {
		const {conversations, provider} = counted(70);
		const config = await loadTriageConfig(configDir);
		const background = scoringInBackground(createTriageLevels({provider, config, clock: () => testNow}));
		const rows = conversations.map(summaryOf);
		expect(await background.levels(rows)).toBeNull();
		expect(background.running()).toBe(true);
		await vi.waitFor(() => expect(background.running()).toBe(false));
		expect((await background.levels(rows))?.size).toBe(69);
		const moved = rows.map(row => (row.id === '5' ? {...row, updatedAt: row.updatedAt + 1} : row));
		expect((await background.levels(moved))?.size).toBe(69);
		expect(background.running()).toBe(false);
	});
});
