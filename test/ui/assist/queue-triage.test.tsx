import {afterEach, describe, expect, it} from 'vitest';
import {defaultTriageConfig} from '../../../source/triage/triage-config.js';
import {nextBest} from '../../../source/triage/next-best.js';
import {scoreConversation} from '../../../source/triage/score-conversation.js';
import {testAgents, testNow} from '../../helpers/conversations.js';
import {summaryOf} from '../../helpers/memory-provider.js';
import {keys} from '../../helpers/keys.js';
import {renderAssistConsole, type AssistView} from './assist-console.js';
import {assistDesk} from './fixtures.js';

let view: AssistView;
afterEach(() => view.unmount());

const scored = (frame: string) => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame);
const rowOf = (frame: string, id: string) => frame.split('\n').find(line => new RegExp(`^[› ] ${id} `).test(line)) ?? '';

describe('triage in the queue', () => {
	it('shows badges on every row, readable without colour, and says a template file is broken', async () => {
		view = await renderAssistConsole({conversations: assistDesk(), color: false, columns: 100});
		const frame = await view.waitFor(scored);
		for (const id of ['201', '202', '203', '204']) expect(rowOf(frame, id)).toMatch(/C:[LMH] S:[LMH] E:[LMH]/);
		// A lawyer and the press: a person must answer, and the badge says so without colour.
		expect(rowOf(frame, '204')).toMatch(/S:H.* ! /);
		// The subjects line up after the badges, under their header.
		const header = frame.split('\n').find(line => line.includes('SUBJECT'))!;
		expect(rowOf(frame, '202').indexOf('How do I export')).toBe(header.indexOf('SUBJECT'));
		await view.waitFor('1 template file could not be loaded (see deskterm templates lint)');
	});

	it('keeps the subject readable at 80 columns, dropping badges that do not fit', async () => {
		view = await renderAssistConsole({conversations: assistDesk(), columns: 80, rows: 24});
		const frame = await view.waitFor(scored);
		for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
		// The subject keeps its 16 cells; the least telling badges (effort, then complexity) give way first.
		expect(rowOf(frame, '202')).toContain('How do I export…');
	});

	it('opens the next-best conversation with n: the highest priority the agent may take', async () => {
		const desk = assistDesk();
		const config = defaultTriageConfig();
		const triages = desk.map(conversation => scoreConversation(conversation, {now: testNow, config}));
		const expected = nextBest(desk.map(summaryOf), triages, testAgents[0]!);
		// The most severe conversation is Omar's: n must not take it from him.
		const mostSevere = [...triages].sort((a, b) => b.priority.score - a.priority.score)[0]!;
		expect(mostSevere.conversationId).toBe('204');
		expect(expected?.conversation.id).not.toBe('204');

		view = await renderAssistConsole({conversations: desk});
		await view.waitFor(scored);
		view.press('n');
		const frame = await view.waitFor(`#${expected!.conversation.id} ${expected!.conversation.subject}`);
		expect(frame).toContain(`Next: #${expected!.conversation.id}`);
		expect(frame).toContain('highest priority you can take');
	});

	it('sorts by triage priority and filters by triage scores', async () => {
		view = await renderAssistConsole({conversations: assistDesk()});
		await view.waitFor(scored);
		const config = defaultTriageConfig();
		const scores = new Map(assistDesk().map(conversation => [conversation.id, scoreConversation(conversation, {now: testNow, config}).priority.score]));
		const byScore = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)!);
		const order = (frame: string) => [...scores.keys()].sort((a, b) => frame.indexOf(rowOf(frame, a)) - frame.indexOf(rowOf(frame, b)));
		expect(order(view.lastFrame())).not.toEqual(byScore);
		view.press('o', 'o');
		await view.waitFor(frame => frame.includes('by triage priority') && order(frame).join() === byScore.join());

		view.press('F');
		await view.waitFor('Show conversations by triage');
		view.press('h');
		const humanOnly = await view.waitFor(frame => frame.includes('human only ·') && rowOf(frame, '202') === '');
		expect(rowOf(humanOnly, '204')).not.toBe('');
		view.press(':triage any', keys.enter);
		await view.waitFor(frame => rowOf(frame, '202') !== '');
	});
});
