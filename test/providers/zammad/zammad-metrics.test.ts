// Zammad's time accounting as time worked, the metric read behind `stats`, and `stats --json` over it.
import {describe, expect, it} from 'vitest';
import {createZammadProvider} from '../../../source/providers/zammad/zammad-provider.js';
import {parseZammadSettings} from '../../../source/providers/zammad/zammad-settings.js';
import {readZammad, zammadTimeAccountingListSchema} from '../../../source/providers/zammad/zammad-schemas.js';
import {mapZammadTimeAccountings} from '../../../source/providers/zammad/map-zammad-time.js';
import {statsJson} from '../../helpers/stats-json.js';
import {recordingHttp, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {secrets, settings, testNow, zammadFixture, zammadRoutes} from './zammad-routes.js';

const entries = () => readZammad(zammadTimeAccountingListSchema, zammadFixture('time-accountings-42.json'), 'the time accounting');

function zammad(extra: FixtureRoute[] = [], chosen = settings) {
	const recorded = recordingHttp([...extra, ...zammadRoutes()], 'Zammad');
	return {...recorded, provider: createZammadProvider({settings: chosen, secrets, http: recorded.http, clock: () => testNow})};
}

describe('Zammad time accounting', () => {
	it('is time worked by whoever accounted it, in the profile\'s minutes per unit, leaving empty entries out', () => {
		expect(mapZammadTimeAccountings(entries(), 1)).toEqual([
			{kind: 'worked', conversationId: '42', at: Date.UTC(2026, 10, 25, 14, 10), agentId: '5', seconds: 600},
			{kind: 'worked', conversationId: '42', at: Date.UTC(2026, 10, 25, 14, 20), agentId: '5', seconds: 150},
		]);
		expect(mapZammadTimeAccountings(entries(), 60).map(event => event.kind === 'worked' && event.seconds)).toEqual([36_000, 9000]);
	});

	it('refuses an entry whose documented field is renamed', () => {
		const {created_by_id: author, ...renamed} = zammadFixture<Array<Record<string, unknown>>>('time-accountings-42.json')[0]!;
		expect(() => readZammad(zammadTimeAccountingListSchema, [{...renamed, user_id: author}], 'the time accounting')).toThrow(/Zammad sent the time accounting deskterm cannot read \(0\.created_by_id:/);
	});
});

describe('the Zammad metric read', () => {
	it('searches the period by creation, then reads articles, tags and time accounting per ticket', async () => {
		const {provider, requests} = zammad();
		const facts = [];
		for await (const fact of provider.iterateMetricFacts!({from: Date.UTC(2026, 10, 25), until: testNow})) facts.push(fact);
		expect(facts.map(fact => [fact.id, fact.humanReplies, fact.tags, fact.events?.length, fact.recorded])).toEqual([['42', 1, ['billing', 'refund'], 2, ['worked']]]);
		expect(requests.find(request => request.path === '/tickets/search')?.query).toEqual({query: 'created_at:["2026-11-25T00:00:00.000Z" TO "2026-11-26T09:00:00.000Z"]', expand: true, page: 1, per_page: 100, sort_by: 'updated_at', order_by: 'asc'});
		expect(requests.map(request => request.path).filter(path => path.includes('42')).sort()).toEqual(['/ticket_articles/by_ticket/42', '/tickets/42/time_accountings']);
		expect(requests.some(request => request.path === '/users/17')).toBe(false);
	});

	it('keeps the other figures when the token may not read time accounting', async () => {
		const {provider} = zammad([route('GET', '/tickets/42/time_accountings', {status: 403, body: {error: 'Not authorized'}})]);
		const report = await statsJson(provider, ['--since', '2026-11-25'], testNow);
		expect(report.conversations).toBe(1);
		expect(report.figure('aht').unavailable).toBe('the back end records no time worked');
		expect(report.figure('frt.human').value).not.toBeNull();
	});
});

describe('deskterm stats on a Zammad profile', () => {
	it('gives handling time from the accounted time, and says CSAT is unavailable (Zammad has no rating)', async () => {
		const {provider} = zammad([], parseZammadSettings({url: 'https://support.northwind.example', minutesPerUnit: '2'}));
		const report = await statsJson(provider, ['--since', '2026-11-25'], testNow);
		expect(report.conversations).toBe(1);
		// 10 + 2.5 units of 2 minutes.
		expect(report.figure('aht')).toMatchObject({conversations: 1, value: {kind: 'duration', value: {median: 25 * 60_000}}});
		expect(report.figure('csat')).toMatchObject({value: null, unavailable: 'no conversation in the period was rated'});
		expect(report.figure('template_time_saved').unavailable).toBe('the back end records no template uses');
	});
});
