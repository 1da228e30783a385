import {describe, expect, it} from 'vitest';
import {scoreConversation} from '../../../source/triage/score-conversation.js';
import {defaultTriageConfig} from '../../../source/triage/triage-config.js';
import {pickNextBest as pickBest} from '../../../source/operations/next-best.js';
import {triageView} from '../../../source/operations/queue-triage/triage-view.js';
import {suggestionsPanel, suggestionsSummary} from '../../../source/presenters/console-panels/suggestions-panel.js';
import {entryOf, rehydrate, type TriageEntry} from '../../../source/operations/queue-triage/triage-entry.js';
import {rowBadges} from '../../../source/presenters/console-panels/row-badges.js';
import {triagePanel, triageSummary} from '../../../source/presenters/console-panels/triage-panel.js';
import {defaultFilters, triageAsk} from '../../../source/ui/screens/queue/queue-filters.js';
import {applyView, initialQueueState, queueReducer} from '../../../source/ui/screens/queue/queue-state.js';
import {testAgents, testNow} from '../../helpers/conversations.js';
import {summaryOf} from '../../helpers/memory-provider.js';
import {assistDesk} from './fixtures.js';

const config = defaultTriageConfig();
const desk = assistDesk();
const rows = desk.map(summaryOf);
const triages = desk.map(conversation => scoreConversation(conversation, {now: testNow, config}));
const entries = new Map<string, TriageEntry>(triages.map((triage, index) => [triage.conversationId, entryOf(triage, desk[index]!.version, testNow, Number.POSITIVE_INFINITY)]));
const entry = (id: string) => entries.get(id);
/** The console's `n` over cached entries, as use-workspace-assist calls it. */
const pickNextBest = (list: typeof rows, find: typeof entry, _config: typeof config, me: (typeof testAgents)[number], now: number, exclude: string | null) =>
	pickBest(list, row => find(row.id)?.score, row => rehydrate(find(row.id)!, row, config, now), me, exclude);

describe('the queue\'s triage view', () => {
	it('ranks by priority score and keeps only the rows a filter asks for', () => {
		const sorted = applyView(rows, triageView(rows, triageAsk({sort: 'triage', triage: 'any'}), entry, config, testNow));
		const scores = sorted.map(row => entries.get(row.id)!.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		const human = triageView(rows, triageAsk({sort: 'waiting', triage: 'human-only'}), entry, config, testNow)!;
		expect(human.rank).toBeNull();
		expect([...human.keep!].sort()).toEqual(rows.filter(row => entries.get(row.id)!.humanOnly.length > 0).map(row => row.id).sort());
		expect(triageView(rows, triageAsk({sort: 'waiting', triage: 'any'}), entry, config, testNow)).toBeNull();
	});

	it('puts rows without a score last, in the back end\'s order, and keeps the selection on its conversation', () => {
		let state = queueReducer(initialQueueState(), {type: 'page', generation: 1, conversations: rows, total: 4, complete: true});
		state = queueReducer(state, {type: 'select-id', id: '202', height: 10});
		state = queueReducer(state, {type: 'local-view', view: {rank: new Map([['203', 5], ['201', 9]]), keep: null}});
		expect(state.items.map(row => row.id)).toEqual(['201', '203', '202', '204']);
		expect(state.items[state.selected]?.id).toBe('202');
		state = queueReducer(state, {type: 'set-filters', filters: {triage: 'at-risk'}});
		expect(state.generation).toBe(1);
		expect(state.filters).toEqual({...defaultFilters, triage: 'at-risk'});
	});
});

describe('the next-best conversation', () => {
	it('is the triage module\'s choice among the rows the agent may take', () => {
		const me = testAgents[0]!;
		const picked = pickNextBest(rows, entry, config, me, testNow, null);
		expect(picked?.conversation.id).toBe([...rows].filter(row => row.assigneeId === null).sort((a, b) => entries.get(b.id)!.score - entries.get(a.id)!.score)[0]!.id);
		expect(pickNextBest(rows, entry, config, me, testNow, picked!.conversation.id)?.conversation.id).not.toBe(picked!.conversation.id);
		expect(pickNextBest(rows, () => undefined, config, me, testNow, null)).toBeNull();
		const bot = testAgents.find(agent => agent.role === 'bot')!;
		const forBot = pickNextBest(rows, entry, config, bot, testNow, null);
		expect(forBot === null || entries.get(forBot.conversation.id)!.humanOnly.length === 0).toBe(true);
	});
});

describe('badges and panels', () => {
	it('draws row badges from the cached score with the targets as they stand now', () => {
		const row = rows.find(each => each.id === '204')!;
		const now = rowBadges(rehydrate(entries.get('204')!, row, config, testNow)).map(badge => badge.text);
		const {complexity, severity, effort} = entries.get('204')!.axes;
		const letter = (level: string) => level[0]!.toUpperCase();
		expect(now.slice(0, 3)).toEqual([`C:${letter(complexity.level)}`, `S:${letter(severity.level)}`, `E:${letter(effort.level)}`]);
		expect(now).toContain('!');
		const later = rowBadges(rehydrate(entries.get('204')!, row, config, testNow + 30 * 86_400_000)).map(badge => badge.text);
		expect(later.some(text => text.startsWith('BREACHED'))).toBe(true);
	});

	it('lists each axis with its signals, and every signal\'s evidence in the details', () => {
		const triage = triages.find(each => each.conversationId === '204')!;
		const compact = triagePanel(triage, testNow, {details: false}).lines.map(line => line.text);
		expect(compact.find(line => line.startsWith('Severity high'))).toContain(triage.severity.signals[0]!.label.toLowerCase());
		expect(compact).toContainEqual(expect.stringMatching(/^! Human only: /));
		const details = triagePanel(triage, testNow, {details: true}).lines.map(line => line.text);
		for (const signal of triage.severity.signals) expect(details.some(line => line.includes(signal.label) && line.includes(signal.evidence))).toBe(true);
		expect(details).toContainEqual(expect.stringMatching(/^Priority \d+ = /));
		expect(triageSummary(triage)).toMatchObject({tone: 'danger', text: expect.stringMatching(/^Triage C:. S:H E:.* ! · prio \d+ · → /)});
	});

	it('shows suggestions with their confidence and first reason, or why there are none', () => {
		const view = {status: 'ready' as const, items: [{templateId: 'a', title: 'Charged twice', score: 0.84, reasons: ['matches "charged"', 'x'], humanOnly: false}, {templateId: 'b', title: 'Cancel', score: 0.1, reasons: [], humanOnly: true}]};
		expect(suggestionsPanel(view, '1-3')?.lines).toEqual([
			{text: '1 Charged twice 84%', tone: 'ok'},
			{text: '  matches "charged"', tone: 'muted'},
			{text: '2 Cancel 10% ⚑ human-only topic', tone: 'muted'},
		]);
		expect(suggestionsSummary(view)?.text).toBe('Suggested: 1 Charged twice 84% · 2 Cancel 10%');
		expect(suggestionsPanel({status: 'off'}, '')).toBeNull();
		expect(suggestionsSummary({status: 'loading', what: 'learning'})?.text).toContain('learning');
	});
});
