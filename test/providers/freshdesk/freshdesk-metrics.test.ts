// Freshdesk's survey answers and time entries in deskterm's ratings and time worked, and `stats --json` over them.
import {describe, expect, it} from 'vitest';
import {createFreshdeskProvider} from '../../../source/providers/freshdesk/freshdesk-provider.js';
import {freshdeskSatisfactionRatingListSchema, freshdeskTimeEntryListSchema, readFreshdesk} from '../../../source/providers/freshdesk/freshdesk-schemas.js';
import {freshdeskCsat, ratingsByTicket, reopenedEvents, timeSpentSeconds, workedByTicket} from '../../../source/providers/freshdesk/map-freshdesk-metrics.js';
import {statsJson} from '../../helpers/stats-json.js';
import {ok, recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {freshdeskFixture, freshdeskRoutes, secrets, settings, testNow} from './freshdesk-routes.js';

const ratings = () => readFreshdesk(freshdeskSatisfactionRatingListSchema, freshdeskFixture('satisfaction-ratings.json'), 'the satisfaction ratings');
const entries = () => readFreshdesk(freshdeskTimeEntryListSchema, freshdeskFixture('time-entries.json'), 'the time entries');

function provider(extra: FixtureRoute[] = []) {
	const recorded = recordingHttp([...extra, ...freshdeskRoutes()], 'Freshdesk');
	return {...recorded, freshdesk: createFreshdeskProvider({settings, secrets, http: recorded.http, clock: () => testNow})};
}

describe('Freshdesk survey answers and time entries', () => {
	it('reads happy answers as 4-5 and unhappy ones as 1-2 on CSAT\'s scale, whatever the survey\'s points', () => {
		expect([103, 102, 101, 100, -101, -102, -103, 7, undefined].map(freshdeskCsat)).toEqual([5, 4, 4, 3, 2, 2, 1, null, null]);
	});

	it('keeps each ticket\'s latest answer to the main question', () => {
		expect(Object.fromEntries([...ratingsByTicket(ratings())].map(([id, rating]) => [id, rating.csat]))).toEqual({17: 5, 18: 2, 19: 3, 20: 4});
	});

	it('turns stopped time entries into time worked by agent, leaving a running timer out', () => {
		const worked = workedByTicket(entries());
		expect(worked.get('20')).toEqual([
			{kind: 'worked', conversationId: '20', at: Date.UTC(2026, 10, 25, 15, 5), agentId: '19000001001', seconds: 1500},
			{kind: 'worked', conversationId: '20', at: Date.UTC(2026, 10, 25, 16), agentId: '19000001002', seconds: 4200},
		]);
		expect(worked.has('19')).toBe(false);
		expect([timeSpentSeconds('10:05'), timeSpentSeconds('1:5'), timeSpentSeconds('soon')]).toEqual([36_300, null, null]);
	});

	it('reads the latest reopening from the stats', () => {
		expect(reopenedEvents({id: 18, stats: {first_responded_at: null, resolved_at: null, closed_at: null, reopened_at: '2026-11-21T09:00:00Z'}})).toEqual([{kind: 'status', conversationId: '18', at: Date.UTC(2026, 10, 21, 9), actorId: null, from: 'closed', to: 'open'}]);
		expect(reopenedEvents({id: 20, stats: null})).toEqual([]);
	});

	it('refuses a time entry whose documented field is renamed', () => {
		const {time_spent: spent, ...renamed} = freshdeskFixture<Array<Record<string, unknown>>>('time-entries.json')[0]!;
		expect(() => readFreshdesk(freshdeskTimeEntryListSchema, [{...renamed, duration: spent}], 'the time entries')).toThrow(/Freshdesk sent the time entries deskterm cannot read \(0\.time_spent:/);
	});
});

describe('Freshdesk metric facts', () => {
	const period = {from: Date.UTC(2026, 10, 20), until: testNow};

	it('reads the period\'s tickets with their threads, and ratings and time entries in one list each', async () => {
		const {freshdesk, requests} = provider();
		const facts = [];
		for await (const fact of freshdesk.iterateMetricFacts!(period)) facts.push(fact);
		expect(facts.map(fact => [fact.id, fact.ratings.csat, fact.reopened, fact.events?.filter(event => event.kind === 'worked').length])).toEqual([
			['18', 2, 1, 1],
			['19', 3, 0, 0],
			['20', 4, 0, 2],
		]);
		expect(facts.every(fact => fact.recorded?.join() === 'worked,status')).toBe(true);
		const reads = requests.map(request => [request.path, request.query]);
		expect(reads.filter(([path]) => path === '/tickets')).toEqual([['/tickets', {updated_since: '2026-11-20T00:00:00.000Z', order_by: 'created_at', order_type: 'asc', per_page: 100, page: 1, include: 'requester,stats,description'}]]);
		expect(reads.filter(([path]) => path === '/surveys/satisfaction_ratings' || path === '/time_entries')).toEqual([
			['/surveys/satisfaction_ratings', {created_since: '2026-11-20T00:00:00.000Z', per_page: 100, page: 1}],
			['/time_entries', {executed_after: '2026-11-20T00:00:00.000Z', per_page: 100, page: 1}],
		]);
		// One thread read per ticket of the period, none for ticket 17 (opened before it) and no ticket re-read.
		expect(requests.filter(request => request.path.endsWith('/conversations')).map(request => request.path).sort()).toEqual(['/tickets/18/conversations', '/tickets/19/conversations', '/tickets/20/conversations']);
		expect(requests.some(request => /^\/tickets\/\d+$/.test(request.path))).toBe(false);
	});

	it('stops listing tickets once a page reaches past the period', async () => {
		const next = {link: '<https://northwind.freshdesk.com/api/v2/tickets?page=2>; rel="next"'};
		const {freshdesk, requests} = provider([{...route('GET', '/tickets', ok(freshdeskFixture('tickets-metrics.json'), next)), when: request => String(request.query?.['include']).includes('description')}]);
		for await (const fact of freshdesk.iterateMetricFacts!({from: Date.UTC(2026, 10, 19), until: Date.UTC(2026, 10, 21)})) expect(fact.id).not.toBe('20');
		expect(requests.filter(request => request.path === '/tickets').map(request => request.query?.['page'])).toEqual([1]);
	});
});

describe('deskterm stats on a Freshdesk profile', () => {
	it('gives CSAT resting on the rated conversations, and time worked from the time entries', async () => {
		const {freshdesk} = provider();
		const report = await statsJson(freshdesk, ['--since', '2026-11-20'], testNow);
		expect(report.conversations).toBe(3);
		// 18 unhappy (2), 19 neutral (3), 20 very happy (4): one positive of three rated.
		expect(report.figure('csat')).toMatchObject({conversations: 3, value: {kind: 'rate', value: 33.3}, unavailable: null});
		expect(report.figure('csat.rating_rate')).toMatchObject({conversations: 1, value: {value: 100}});
		// 20: 25 + 70 minutes; 18: 15 minutes; 19's running timer is not counted.
		expect(report.figure('aht')).toMatchObject({conversations: 2, value: {kind: 'duration', value: {median: 15 * 60_000, mean: 55 * 60_000}}});
		// 18 was reopened, so the one closed ticket was not resolved at first contact.
		expect(report.figure('fcr')).toMatchObject({value: {value: 0}});
		expect(report.figure('template_time_saved')).toMatchObject({value: null, unavailable: 'the back end records no template uses'});
		expect(report.figure('nps').unavailable).toBe('no NPS answer in the period');
	});
});
