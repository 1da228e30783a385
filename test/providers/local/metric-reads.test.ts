// The local desk's compact metric read must give the same figures as deriving them from full conversations.
import {DatabaseSync} from 'node:sqlite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadMetrics, loadOverview} from '../../../source/operations/load-metrics.js';
import {defaultServiceTargets} from '../../../source/domain/service-targets/service-targets.js';
import {createBusinessClock} from '../../../source/domain/service-targets/business-clock.js';
import {openTestDesk, type TestDesk} from './local-desk.js';

let desk: TestDesk;

beforeAll(async () => {
	desk = await openTestDesk();
});
afterAll(async () => desk.cleanup());

describe('local desk metric reads', () => {
	it('iterateMetricFacts yields the same figures as full conversations do', async () => {
		const request = {period: {from: 0, until: Number.MAX_SAFE_INTEGER}, now: 0};
		const compact = await loadMetrics(desk.provider, request);
		const {iterateMetricFacts: _compact, ...withoutCompact} = desk.provider;
		const full = await loadMetrics(withoutCompact as typeof desk.provider, request);
		expect(compact.conversations).toBeGreaterThan(0);
		// Full conversations carry no events: only the figures that read them may differ.
		const fromEvents = new Set(['aht', 'reply_writing', 'template_time_saved']);
		expect(compact.figures.filter(figure => !fromEvents.has(figure.id))).toEqual(full.figures.filter(figure => !fromEvents.has(figure.id)));
		expect(compact.figures.find(figure => figure.id === 'bot_involvement')?.value).toMatchObject({kind: 'rate'});
	});

	it('a fresh demo desk has AHT, reply-writing time and template time saved, recomputed here from its event rows', async () => {
		const report = await loadMetrics(desk.provider, {period: {from: 0, until: Number.MAX_SAFE_INTEGER}, now: 0});
		const db = new DatabaseSync(desk.provider.path, {readOnly: true});
		const worked = db.prepare("SELECT conversation_id AS id, sum(seconds) AS s FROM activity_events WHERE kind = 'worked' GROUP BY conversation_id").all();
		const uses = db.prepare("SELECT count(*) AS n, sum(seconds) AS s FROM activity_events WHERE kind = 'template'").get()!;
		const replies = Number(db.prepare("SELECT count(*) AS n FROM messages m JOIN agents a ON a.id = m.author_id WHERE m.kind = 'agent' AND a.role != 'bot'").get()!['n']);
		const workedTotal = worked.reduce((sum, row) => sum + Number(row['s']), 0);
		db.close();
		const figure = (id: string) => report.figures.find(each => each.id === id)!;
		const ms = worked.map(row => Number(row['s']) * 1000);
		expect(worked.length).toBeGreaterThan(10);
		expect(figure('aht')).toMatchObject({conversations: worked.length, value: {kind: 'duration', value: {mean: ms.reduce((a, b) => a + b, 0) / ms.length}}});
		// Per message x messages per rep x reps is the whole time worked on replies.
		expect(figure('reply_writing').value).toMatchObject({kind: 'total'});
		expect((figure('reply_writing').value as {value: number}).value).toBeCloseTo(workedTotal * 1000, -1);
		expect(figure('reply_writing').detail).toMatchObject({averagePerMessageMs: Math.round((workedTotal * 1000) / replies)});
		expect(Number(uses['n'])).toBeGreaterThan(0);
		expect(figure('template_time_saved')).toMatchObject({value: {kind: 'count', value: Number(uses['n'])}, detail: {savedMs: Number(uses['s']) * 1000}});
	});

	it('iterateSummaries gives the overview every live conversation the queue lists', async () => {
		const targets = defaultServiceTargets();
		const overview = await loadOverview(desk.provider, {now: Date.now(), targets, clock: createBusinessClock(targets.coverage)});
		const page = await desk.provider.listQueue({});
		expect(overview.live).toBe(page.total);
	});
});
