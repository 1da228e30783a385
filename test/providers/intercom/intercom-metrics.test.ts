// Intercom's CSAT and reopenings in `stats --json`: conversation_rating (1-5) and statistics.count_reopens, read with the conversation.
import {describe, expect, it} from 'vitest';
import {createIntercomProvider} from '../../../source/providers/intercom/intercom-provider.js';
import {statsJson} from '../../helpers/stats-json.js';
import {ok, recordingHttp, route} from '../../helpers/spec-server.js';
import {intercomFixture, intercomRoutes, secrets, settings, testNow} from './intercom-routes.js';

function intercom(rating: number, closed?: {reopens: number}) {
	const fixture = intercomFixture<{statistics: Record<string, unknown>}>('conversation-1001.json');
	const statistics = closed ? {...fixture.statistics, last_close_at: 1795684000, count_reopens: closed.reopens} : fixture.statistics;
	const rated = {...fixture, ...(closed ? {state: 'closed', open: false} : {}), statistics, conversation_rating: {rating, remark: '', created_at: 1795680000, updated_at: 1795680000, contact: {type: 'contact', id: '6762f0d51bb69f9f2193bb7f', external_id: null}, teammate: {type: 'admin', id: '814860'}}};
	const recorded = recordingHttp([route('GET', '/conversations/1001', ok(rated)), ...intercomRoutes()], 'Intercom');
	return {...recorded, provider: createIntercomProvider({settings, secrets, http: recorded.http, clock: () => testNow})};
}

// Only conversation 1001 (opened 07:00) is in this window.
const window = ['--since', '2026-11-26T06:30:00Z', '--until', '2026-11-26T08:00:00Z'];

describe('deskterm stats on an Intercom profile', () => {
	it('gives CSAT resting on the rated conversation, with no read beyond the conversation', async () => {
		const {provider, requests} = intercom(5);
		const report = await statsJson(provider, window, testNow);
		expect(report.conversations).toBe(1);
		expect(report.figure('csat')).toMatchObject({conversations: 1, value: {kind: 'rate', value: 100}, unavailable: null});
		expect(requests.filter(request => /^\/conversations\/\d+/.test(request.path)).map(request => request.path)).toEqual(['/conversations/1001']);
		expect((await statsJson(intercom(3).provider, window, testNow)).figure('csat')).toMatchObject({conversations: 1, value: {value: 0}});
		expect(report.figure('aht').unavailable).toBe('the back end records no time worked');
	});

	it('takes reopenings from the conversation\'s statistics (for FCR), reading nothing more', async () => {
		const period = {from: Date.UTC(2026, 10, 26, 6, 30), until: Date.UTC(2026, 10, 26, 8)};
		for (const reopens of [2, 0]) {
			const {provider, requests} = intercom(5, {reopens});
			const facts = [];
			for await (const fact of provider.iterateMetricFacts!(period)) facts.push(fact);
			expect(facts.map(fact => [fact.id, fact.status, fact.reopened, fact.events])).toEqual([['1001', 'closed', reopens, null]]);
			expect(requests.filter(request => /^\/conversations\/\d+/.test(request.path)).map(request => request.path)).toEqual(['/conversations/1001']);
		}
	});
});
