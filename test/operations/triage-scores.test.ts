// The triage mix's scorer: every live conversation once, then only those whose updatedAt moved.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {loadTriageConfig} from '../../source/config/triage-config.js';
import {createTriageLevels, scoringInBackground} from '../../source/operations/triage-scores.js';
import {scoreAll} from '../../source/operations/triage-set.js';
import {makeConversation, testNow} from '../helpers/conversations.js';
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
