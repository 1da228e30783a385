// The Help Scout adapter through the real HTTP client against a spec-conformant server on 127.0.0.1:
// token refresh before expiry and once on a 401, paging, and Help Scout's rate-limit headers.
import {describe, expect, it} from 'vitest';
import {createHelpscoutProvider} from '../../../source/providers/helpscout/helpscout-provider.js';
import {parseHelpscoutSettings} from '../../../source/providers/helpscout/helpscout-settings.js';
import {tokenMarginMs} from '../../../source/providers/helpscout/helpscout-session.js';
import {contractProblems, openApiContract, readOpenApi} from '../../helpers/openapi-contract.js';
import {rejection} from '../../helpers/rejection.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {specHttp} from '../../helpers/spec-http.js';
import {appId, helpscoutFixture, helpscoutRoutes, helpscoutSpecPath, secrets, testNow} from './helpscout-routes.js';

const openHttp = specHttp({provider: 'Help Scout', token: secrets.appSecret, startAt: testNow});

async function open(routes: FixtureRoute[]) {
	const opened = await openHttp([...routes, ...helpscoutRoutes()]);
	const settings = parseHelpscoutSettings({appId, url: opened.server.url});
	const helpscout = createHelpscoutProvider({settings, secrets, http: opened.http, clock: opened.clock});
	const hits = (method: string, path: string) => opened.server.requests.filter(request => request.method === method && request.path === path);
	return {...opened, helpscout, hits};
}

const token = (value: string, seconds: number) => ok({token_type: 'bearer', access_token: value, expires_in: seconds});
const unauthorized = {status: 401, body: helpscoutFixture('error-401.json')};
const bearer = (request: {headers?: Record<string, string>}) => request.headers?.['authorization'];

describe('Help Scout access tokens', () => {
	it('trades the app id and secret for a token once, and sends it as a bearer token', async () => {
		const {helpscout, hits} = await open([]);
		await helpscout.whoami();
		await helpscout.listAgents();
		const [exchange] = hits('POST', '/oauth2/token');
		expect(exchange?.json).toEqual({grant_type: 'client_credentials', client_id: appId, client_secret: secrets.appSecret});
		expect(hits('POST', '/oauth2/token')).toHaveLength(1);
		expect(bearer(hits('GET', '/users')[0]!)).toBe('Bearer hs-access-token-1a2b3c');
	});

	it('fetches a new token shortly before the old one expires (the clock moved by Retry-After waits)', async () => {
		const wait = {status: 429, headers: {'x-ratelimit-retry-after': '55'}, body: {message: 'Too many requests'}};
		const {helpscout, hits, clock} = await open([
			route('POST', '/oauth2/token', token('first-token', 400), token('second-token', 400)),
			route('GET', '/users', wait, wait, ok(helpscoutFixture('users.json'))),
		]);
		await helpscout.listAgents();
		// 110 s on: past the renewal time of a 400 s token (it is renewed tokenMarginMs before it expires).
		expect(clock() - testNow).toBe(110_000);
		expect(clock() - testNow).toBeGreaterThan(400_000 - tokenMarginMs);
		await helpscout.getConversation('1201');
		expect(hits('POST', '/oauth2/token')).toHaveLength(2);
		expect(hits('GET', '/users').map(bearer)).toEqual(['Bearer first-token', 'Bearer first-token', 'Bearer first-token']);
		expect(hits('GET', '/conversations/1201').map(bearer)).toEqual(['Bearer second-token']);
	});

	it('fetches a new token once after a 401, and the retried request succeeds', async () => {
		const {helpscout, hits} = await open([
			route('POST', '/oauth2/token', token('revoked-token', 172800), token('fresh-token', 172800)),
			route('GET', '/users/me', unauthorized, ok(helpscoutFixture('me.json'))),
		]);
		expect((await helpscout.whoami()).name).toBe('Maya Okafor');
		expect(hits('POST', '/oauth2/token')).toHaveLength(2);
		expect(hits('GET', '/users/me').map(bearer)).toEqual(['Bearer revoked-token', 'Bearer fresh-token']);
	});

	it('fails a second 401 with one clear line, without asking again', async () => {
		const {helpscout, hits} = await open([route('POST', '/oauth2/token', token('a-token', 172800), token('b-token', 172800)), route('GET', '/users/me', unauthorized)]);
		const error = await rejection(helpscout.whoami());
		expect(error.code).toBe('auth');
		expect(error.message).toBe("Help Scout rejected a new access token too (HTTP 401): check that the app's user is active, then run `deskterm login helpscout`");
		expect(hits('POST', '/oauth2/token')).toHaveLength(2);
		expect(hits('GET', '/users/me')).toHaveLength(2);
	});

	it('names the login command when the app secret is wrong, and never shows the secret', async () => {
		const {helpscout, hits} = await open([route('POST', '/oauth2/token', {status: 401, body: helpscoutFixture('token-refused.json')})]);
		const error = await rejection(helpscout.listQueue({}));
		expect(error.code).toBe('auth');
		expect(error.message).toBe('Help Scout refused the app id and secret (HTTP 401): run `deskterm login helpscout`');
		expect(error.message).not.toContain(secrets.appSecret);
		expect(hits('POST', '/oauth2/token')).toHaveLength(1);
	});
});

describe('Help Scout over HTTP', () => {
	it('lists a queue over its pages, each request following the schema set', async () => {
		const {helpscout, server} = await open([]);
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await helpscout.listQueue(cursor === undefined ? {} : {cursor});
			ids.push(...page.conversations.map(row => row.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		expect(ids).toEqual(['1201', '1203', '1202']);
		expect(contractProblems(openApiContract(readOpenApi(helpscoutSpecPath)), server.requests)).toEqual([]);
	});

	it('waits out a 429 for X-RateLimit-Retry-After, then reads the conversation', async () => {
		const limited = {status: 429, headers: {'x-ratelimit-limit-minute': '200', 'x-ratelimit-remaining-minute': '0', 'x-ratelimit-retry-after': '7'}, body: {message: 'Too many requests'}};
		const {helpscout, waits} = await open([route('GET', '/conversations/1201', limited, ok(helpscoutFixture('conversation-1201.json')))]);
		const conversation = await helpscout.getConversation('1201');
		expect(conversation.messages).toHaveLength(4);
		expect(waits).toEqual([7000]);
	});

	it('sends a reply once and reads the new thread id from the Resource-ID header of an empty 201', async () => {
		const {helpscout, hits} = await open([]);
		const message = await helpscout.reply('1201', {body: 'Refund issued.'});
		expect(message.id).toBe('7010');
		expect(hits('POST', '/conversations/1201/reply')).toHaveLength(1);
	});
});
