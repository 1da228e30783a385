// Chatwoot's CSAT: the customer's answer to the survey message in the thread, and `stats --json` over it.
import {describe, expect, it} from 'vitest';
import {createChatwootProvider} from '../../../source/providers/chatwoot/chatwoot-provider.js';
import {chatwootMessageListSchema, type ChatwootMessage} from '../../../source/providers/chatwoot/chatwoot-schemas.js';
import {chatwootCsat} from '../../../source/providers/chatwoot/map-chatwoot-message.js';
import {statsJson} from '../../helpers/stats-json.js';
import {ok, recordingHttp, route} from '../../helpers/spec-server.js';
import {chatwootFixture, chatwootRoutes, secrets, settings, testNow} from './chatwoot-routes.js';

const messages = () => chatwootMessageListSchema.parse(chatwootFixture('messages-42.json')).payload;
const survey = () => messages().find(message => message.content_type === 'input_csat')!;
const answered = (rating: unknown): ChatwootMessage => ({...survey(), content_attributes: {submitted_values: {csat_survey_response: {rating, feedback_message: ''}}}});

describe('Chatwoot CSAT', () => {
	it('is the rating submitted to the survey message (1-5)', () => {
		expect(chatwootCsat(messages())).toBe(4);
	});

	it('is null while the survey is unanswered, and for a rating off Chatwoot\'s scale', () => {
		expect(chatwootCsat([{...survey(), content_attributes: {}}])).toBeNull();
		expect([answered(0), answered(6), answered('5'), answered(4.5)].map(message => chatwootCsat([message]))).toEqual([null, null, null, null]);
		expect(chatwootCsat([answered(2), answered(5)])).toBe(5);
		expect(chatwootCsat(messages().filter(message => message.content_type !== 'input_csat'))).toBeNull();
	});

	it('reads the rating with the thread, leaving the survey out of the replies', async () => {
		const recorded = recordingHttp(chatwootRoutes(), 'Chatwoot');
		const conversation = await createChatwootProvider({settings, secrets, http: recorded.http, clock: () => testNow}).getConversation('42');
		expect(conversation.ratings).toEqual({csat: 4, nps: null, ces: null});
		expect(conversation.messages.map(message => message.id)).not.toContain('906');
	});
});

describe('deskterm stats on a Chatwoot profile', () => {
	it('gives CSAT resting on the one rated conversation, with no extra read, and no time worked', async () => {
		const list = {data: {meta: {mine_count: 0, unassigned_count: 0, assigned_count: 1, all_count: 1}, payload: [chatwootFixture('conversation-42.json')]}};
		const recorded = recordingHttp([route('POST', '/api/v1/accounts/1/conversations/filter', ok(list)), ...chatwootRoutes()], 'Chatwoot');
		const chatwoot = createChatwootProvider({settings, secrets, http: recorded.http, clock: () => testNow});
		const report = await statsJson(chatwoot, ['--since', '2026-11-26'], testNow);
		expect(report.conversations).toBe(1);
		expect(report.figure('csat')).toMatchObject({conversations: 1, value: {kind: 'rate', value: 100}, unavailable: null});
		expect(report.figure('csat.human_only')).toMatchObject({conversations: 0, value: null});
		expect(report.figure('aht').unavailable).toBe('the back end records no time worked');
		expect(recorded.requests.filter(request => request.path.includes('csat') || request.path.includes('report'))).toEqual([]);
	});
});
