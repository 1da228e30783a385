// Zendesk's CSAT and reopenings in `stats --json`: satisfaction_rating (good = 5, bad = 1) and the metric set's reopens, read with the ticket.
import {describe, expect, it} from 'vitest';
import {createZendeskProvider} from '../../../source/providers/zendesk/zendesk-provider.js';
import {statsJson} from '../../helpers/stats-json.js';
import {ok, recordingHttp, route} from '../../helpers/spec-server.js';
import {secrets, settings, testNow, zendeskFixture, zendeskRoutes} from './zendesk-routes.js';

function zendesk(score: string | null, solved?: {reopens: number}) {
	const ticket = zendeskFixture<{ticket: Record<string, unknown>; metric_sets: Array<Record<string, unknown>>}>('ticket-35436.json');
	const rated = {
		...ticket,
		ticket: {...ticket.ticket, satisfaction_rating: score === null ? null : {id: 77, score, comment: ''}, ...(solved ? {status: 'solved'} : {})},
		metric_sets: solved ? [{...ticket.metric_sets[0], solved_at: '2026-11-26T08:30:00Z', reopens: solved.reopens}] : ticket.metric_sets,
	};
	const recorded = recordingHttp([route('GET', '/tickets/35436', ok(rated)), ...zendeskRoutes()], 'Zendesk');
	return {...recorded, provider: createZendeskProvider({settings, secrets, http: recorded.http, clock: () => testNow})};
}

// Only ticket 35436 (opened 07:00) is in this window; the other fixture tickets have no thread to read.
const window = ['--since', '2026-11-26T06:30:00Z', '--until', '2026-11-26T08:00:00Z'];

describe('deskterm stats on a Zendesk profile', () => {
	it('gives CSAT resting on the rated ticket, from the ticket read it already makes', async () => {
		const {provider, requests} = zendesk('good');
		const report = await statsJson(provider, window, testNow);
		expect(report.conversations).toBe(1);
		expect(report.figure('csat')).toMatchObject({conversations: 1, value: {kind: 'rate', value: 100}, unavailable: null});
		expect(requests.some(request => request.path.includes('satisfaction') || request.path.includes('metric'))).toBe(false);
		expect(report.figure('aht').unavailable).toBe('the back end records no time worked');
	});

	it('reads bad as 1, and says unavailable, never zero, when nobody rated', async () => {
		expect((await statsJson(zendesk('bad').provider, window, testNow)).figure('csat')).toMatchObject({conversations: 1, value: {value: 0}});
		expect((await statsJson(zendesk('offered').provider, window, testNow)).figure('csat')).toMatchObject({conversations: 0, value: null, unavailable: 'no conversation in the period was rated'});
	});

	it('takes reopenings from the ticket\'s metric set, so a reopened ticket is no first-contact resolution', async () => {
		expect((await statsJson(zendesk('good', {reopens: 1}).provider, window, testNow)).figure('fcr')).toMatchObject({conversations: 1, value: {value: 0}});
		expect((await statsJson(zendesk('good', {reopens: 0}).provider, window, testNow)).figure('fcr')).toMatchObject({conversations: 1, value: {value: 100}});
	});
});
