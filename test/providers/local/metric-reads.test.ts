// The local desk's compact metric read must give the same figures as deriving them from full conversations.
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
		expect(compact.figures).toEqual(full.figures);
		expect(compact.figures.find(figure => figure.id === 'bot_involvement')?.value).toMatchObject({kind: 'rate'});
	});

	it('iterateSummaries gives the overview every live conversation the queue lists', async () => {
		const targets = defaultServiceTargets();
		const overview = await loadOverview(desk.provider, {now: Date.now(), targets, clock: createBusinessClock(targets.coverage)});
		const page = await desk.provider.listQueue({});
		expect(overview.live).toBe(page.total);
	});
});
