// The dashboard's text: fits the terminal it is given, says every number in words, ASCII on TERM=dumb.
import {describe, expect, it} from 'vitest';
import {liveOverview} from '../../source/domain/metrics/live-overview.js';
import {createBusinessClock} from '../../source/domain/service-targets/business-clock.js';
import {defaultServiceTargets} from '../../source/domain/service-targets/service-targets.js';
import {dashboardLines, sparkline, type DashboardView} from '../../source/presenters/dashboard-text.js';
import {overviewLines} from '../../source/presenters/overview-text.js';
import {triageMixLine} from '../../source/presenters/triage-mix-text.js';
import {makeConversation, testAgents, testNow, testTeams} from '../helpers/conversations.js';
import {summaryOf} from '../helpers/memory-provider.js';

const hour = 3_600_000;
const conversations = Array.from({length: 30}, (_, index) =>
	summaryOf(
		makeConversation({
			id: String(100 + index),
			subject: `Case number ${index} with a subject long enough to be cut at eighty columns for sure`,
			teamId: index % 2 === 0 ? 'billing' : 'tech',
			teamName: index % 2 === 0 ? 'Billing' : 'Technical Support',
			assigneeId: index % 3 === 0 ? 'a1' : null,
			createdAt: testNow - (index + 1) * 7 * hour,
			messages: [{kind: 'customer', body: 'Help', createdAt: testNow - (index + 1) * 7 * hour}],
		}),
	),
);

function overview() {
	const targets = defaultServiceTargets();
	return liveOverview({conversations, agents: testAgents, teams: testTeams, targets, clock: createBusinessClock(targets.coverage), now: testNow});
}

const view: DashboardView = {
	width: 80,
	height: 24,
	label: 'test desk',
	intervalSeconds: 5,
	ascii: false,
	filter: {team: null, agent: null, breachedOnly: false},
	selected: 0,
	figures: null,
	agents: testAgents,
	problem: null,
};

describe('dashboard text', () => {
	it('scales a sparkline to its largest value, in blocks or in ASCII', () => {
		expect(sparkline([0, 1, 2, 4, 8])).toBe('▁▂▃▅█');
		expect(sparkline([0, 0, 0])).toBe('▁▁▁');
		expect(sparkline([0, 4, 8], true)).toBe('_+@');
	});

	it('fills exactly the height, never wider than the width, the keys on the last line', () => {
		for (const [width, height] of [
			[80, 24],
			[120, 40],
			[60, 16],
		] as const) {
			const lines = dashboardLines(overview(), {...view, width, height});
			expect(lines).toHaveLength(height);
			expect(lines.every(line => [...line].length <= width)).toBe(true);
			expect(lines.at(-1)).toMatch(/^keys: t team/);
		}
	});

	it('names the numbers: live by status, breached with the most overdue first, and the selection', () => {
		const shown = overview();
		const lines = dashboardLines(shown, {...view, selected: 1});
		expect(lines[1]).toBe(`Live ${shown.live}: open ${shown.byStatus.open} · pending ${shown.byStatus.pending} · snoozed ${shown.byStatus.snoozed} · unassigned ${shown.unassigned}`);
		const title = lines.findIndex(line => line.startsWith('BREACHED '));
		expect(lines[title]).toBe(`BREACHED ${shown.breached.length}, most overdue first`);
		expect(lines[title + 1]).toMatch(new RegExp(`^  #${shown.breached[0]!.id} `));
		expect(lines[title + 2]).toMatch(new RegExp(`^› #${shown.breached[1]!.id} `));
	});

	it('shows replied today per agent, n/a and the column marked partial where only some agents are counted', () => {
		const targets = defaultServiceTargets();
		const shared = conversations.map((row, index) => (index % 3 === 1 ? {...row, assigneeId: 'a2'} : row));
		const counted = (repliesToday?: Parameters<typeof liveOverview>[0]['repliesToday']) =>
			liveOverview({conversations: shared, agents: testAgents, teams: testTeams, targets, clock: createBusinessClock(targets.coverage), now: testNow, ...(repliesToday ? {repliesToday} : {})});
		const some = counted({replies: new Map([['a1', 7]]), counted: agentId => agentId === 'a1'});
		const lines = dashboardLines(some, {...view, ascii: true});
		expect(lines).toContain(`${'AGENT'.padEnd(22)}  OPEN  WAITING  REPLIED TODAY (partial)`);
		expect(lines.find(line => line.startsWith('Dana Whitfield'))).toMatch(/ 7$/);
		expect(lines.find(line => line.startsWith('Omar Haddad'))).toMatch(/ n\/a$/);
		const summary = overviewLines(some, {width: 200, label: 'test desk', agents: testAgents}).find(line => line.startsWith('Load'));
		expect(summary).toMatch(/^Load \(open\/waiting on them\/replied today, partial\): Dana Whitfield \d+\/\d+\/7, Omar Haddad \d+\/\d+\/n\/a$/);
		const all = counted({replies: new Map([['a1', 7]])});
		expect(dashboardLines(all, view).some(line => line.includes('(partial)'))).toBe(false);
		expect(dashboardLines(all, view).find(line => line.startsWith('Omar Haddad'))).toMatch(/ 0$/);
		expect(overviewLines(counted(), {width: 200, label: 'test desk', agents: testAgents}).find(line => line.startsWith('Load'))).toMatch(/^Load \(open\/waiting on them\): /);
	});

	it('keeps only ASCII on TERM=dumb, and says when a refresh failed', () => {
		const lines = dashboardLines(overview(), {...view, ascii: true, selected: 0, problem: 'the desk did not answer'});
		expect(lines.join('\n')).toMatch(/^[\x20-\x7e\n·…]*$/);
		expect(lines[1]).toBe('! refresh failed: the desk did not answer (showing the previous numbers)');
	});
});

describe('triage mix line', () => {
	const mix = {complexity: {low: 30_000, medium: 20_000, high: 12_345}, severity: {low: 50_000, medium: 10_000, high: 2_345}, effort: {low: 1, medium: 2, high: 62_342}};
	it('gives counts when they fit, and percentages of the scored conversations when they do not', () => {
		expect(triageMixLine(mix, 120)).toBe('Triage high/med/low: severity 2345/10000/50000 · complexity 12345/20000/30000 · effort 62342/2/1');
		const narrow = triageMixLine(mix, 80);
		expect(narrow).toBe('Triage % high/med/low: severity 4/16/80 · complexity 20/32/48 · effort 100/0/0');
		expect([...narrow].length).toBeLessThanOrEqual(80);
	});

	it('is drawn in the dashboard and in summary when the overview was scored, and left out when it was not', () => {
		const scored = {...overview(), triageMix: mix};
		expect(dashboardLines(scored, view)).toContain(triageMixLine(mix, 80));
		expect(dashboardLines(overview(), view).some(line => line.startsWith('Triage'))).toBe(false);
		expect(dashboardLines({...overview(), triageScoring: true}, view)).toContain(`Triage: scoring the ${overview().live} live conversations…`);
		expect(overviewLines(scored, {width: 80, label: 'test desk', agents: testAgents})).toContain(triageMixLine(mix, 80));
	});
});
