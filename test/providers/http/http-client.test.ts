import {afterEach, describe, expect, it} from 'vitest';
import {createHttpClient, type HttpClientOptions} from '../../../source/providers/http/http-client.js';
import {sendJson, startLoopbackServer, type Handler, type LoopbackServer} from '../../helpers/loopback-server.js';
import {rejection} from '../../helpers/rejection.js';

const token = 'tok-9f8e7d6c5b4a';
let server: LoopbackServer | undefined;
let closeClient: (() => void) | undefined;

afterEach(async () => {
	closeClient?.();
	await server?.close();
	server = undefined;
});

/** A client against a scripted server, with a fake clock that sleep() advances (no real waiting). */
async function setup(handler: Handler, options: Partial<HttpClientOptions> = {}) {
	server = await startLoopbackServer(handler);
	const waits: number[] = [];
	const log: string[] = [];
	let now = Date.UTC(2026, 0, 5, 12, 0, 0);
	const client = createHttpClient({
		baseUrl: `${server.url}/api/v2/`,
		provider: 'Zendesk',
		auth: () => ({Authorization: `Bearer ${token}`}),
		clock: () => now,
		sleep: async ms => {
			waits.push(ms);
			now += ms;
		},
		random: () => 0.5,
		log: line => log.push(line),
		...options,
	});
	closeClient = () => client.close();
	return {client, waits, log, requests: server.requests, advance: (ms: number) => (now += ms), now: () => now};
}

describe('createHttpClient', () => {
	it('sends JSON with auth to base URL + path + query and parses the JSON answer', async () => {
		const {client, requests} = await setup((_request, response) => sendJson(response, 200, {ok: true}));
		const response = await client.request<{ok: boolean}>({
			method: 'POST',
			path: '/tickets',
			query: {status: ['open', 'pending'], page: 2, skip: undefined},
			json: {subject: 'Printer'},
		});
		expect(response.body).toEqual({ok: true});
		expect(requests[0]).toMatchObject({method: 'POST', url: '/api/v2/tickets?status=open&status=pending&page=2', body: '{"subject":"Printer"}'});
		expect(requests[0]!.headers['authorization']).toBe(`Bearer ${token}`);
		expect(requests[0]!.headers['content-type']).toBe('application/json');
		expect(requests[0]!.headers['user-agent']).toMatch(/^deskterm\//);
	});

	it('retries a GET after a 503 and returns the success', async () => {
		const {client, waits, requests} = await setup((_request, response, index) =>
			index === 0 ? sendJson(response, 503, {error: 'maintenance'}) : sendJson(response, 200, {n: 1}),
		);
		const response = await client.request({method: 'GET', path: '/tickets/1'});
		expect(response.body).toEqual({n: 1});
		expect(requests).toHaveLength(2);
		expect(waits).toHaveLength(1);
	});

	it('waits out Retry-After in seconds on a 429, then succeeds', async () => {
		const {client, waits, requests} = await setup((_request, response, index) =>
			index === 0 ? sendJson(response, 429, {}, {'retry-after': '7'}) : sendJson(response, 200, {}),
		);
		await client.request({method: 'GET', path: '/tickets'});
		expect(waits).toEqual([7000]);
		expect(requests).toHaveLength(2);
	});

	it('waits out Retry-After given as an HTTP date', async () => {
		let date = '';
		const {client, waits, now} = await setup((_request, response, index) =>
			index === 0 ? sendJson(response, 429, {}, {'retry-after': date}) : sendJson(response, 200, {}),
		);
		date = new Date(now() + 12_000).toUTCString();
		await client.request({method: 'GET', path: '/tickets'});
		expect(waits).toEqual([12_000]);
	});

	it('retries a POST after a 429 because the server did not process it', async () => {
		const {client, waits, requests} = await setup((_request, response, index) =>
			index === 0
				? sendJson(response, 429, {}, {'x-ratelimit-reset': String(Math.floor(Date.UTC(2026, 0, 5, 12, 0, 30) / 1000))})
				: sendJson(response, 201, {id: 5}),
		);
		const response = await client.request({method: 'POST', path: '/tickets/1/reply', json: {body: 'hi'}});
		expect(response.status).toBe(201);
		expect(waits).toEqual([30_000]);
		expect(requests).toHaveLength(2);
	});

	it('never retries a POST after a 500: a reply must not be sent twice', async () => {
		const {client, requests, waits} = await setup((_request, response) => sendJson(response, 500, {error: 'boom'}));
		const error = await rejection(client.request({method: 'POST', path: '/tickets/1/reply', json: {body: 'hi'}}));
		expect(requests).toHaveLength(1);
		expect(waits).toEqual([]);
		expect(error).toMatchObject({code: 'unavailable', status: 500, retryable: false, provider: 'Zendesk'});
		expect(error.message).toContain('may have been carried out, check before trying again');
		expect(error.message).not.toContain('try again later');
	});

	it('never retries a POST after a timeout, and says it may have been carried out', async () => {
		const {client, requests} = await setup(() => undefined, {timeoutMs: 150});
		const error = await rejection(client.request({method: 'POST', path: '/tickets/1/reply', json: {body: 'hi'}}));
		expect(requests).toHaveLength(1);
		expect(error.code).toBe('unavailable');
		expect(error.retryable).toBe(false);
		expect(error.message).toMatch(/did not answer POST \/api\/v2\/tickets\/1\/reply within 0.15 s .*may have been carried out/);
	});

	it('retries a GET after a timeout up to the retry limit', async () => {
		const {client, requests, waits} = await setup(() => undefined, {timeoutMs: 100, retries: 1});
		const error = await rejection(client.request({method: 'GET', path: '/slow'}));
		expect(requests).toHaveLength(2);
		expect(waits).toHaveLength(1);
		expect(error.retryable).toBe(true);
	});

	it('retries a POST marked idempotent after a 502', async () => {
		const {client, requests} = await setup((_request, response, index) =>
			index === 0 ? sendJson(response, 502, {}) : sendJson(response, 200, {}),
		);
		await client.request({method: 'POST', path: '/search', json: {}, idempotent: true});
		expect(requests).toHaveLength(2);
	});

	it('gives up with rate_limited when Retry-After is longer than it will wait', async () => {
		const {client, waits} = await setup((_request, response) => sendJson(response, 429, {}, {'retry-after': '600'}));
		const error = await rejection(client.request({method: 'GET', path: '/tickets'}));
		expect(waits).toEqual([]);
		expect(error).toMatchObject({code: 'rate_limited', status: 429, retryAfter: 600, retryable: true});
		expect(error.message).toBe('rate limited by Zendesk (HTTP 429): try again in 600 s');
	});

	it('stops after the rate-limit retries are used up', async () => {
		const {client, requests} = await setup((_request, response) => sendJson(response, 429, {}, {'retry-after': '1'}), {rateLimitRetries: 2});
		const error = await rejection(client.request({method: 'GET', path: '/tickets'}));
		expect(requests).toHaveLength(3);
		expect(error.code).toBe('rate_limited');
	});

	it('holds the next request until a used-up rate-limit window reopens', async () => {
		const reset = Math.floor(Date.UTC(2026, 0, 5, 12, 0, 20) / 1000);
		const {client, waits} = await setup((_request, response) =>
			sendJson(response, 200, {}, {'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset)}),
		);
		await client.request({method: 'GET', path: '/a'});
		expect(waits).toEqual([]);
		await client.request({method: 'GET', path: '/b'});
		expect(waits).toEqual([20_000]);
	});

	it.each([
		[401, 'auth', 'token rejected by Zendesk (HTTP 401: Couldn\'t authenticate you): run `deskterm login zendesk`'],
		[403, 'forbidden', 'Zendesk refused GET /api/v2/thing (HTTP 403: Couldn\'t authenticate you): the account lacks the right to do this'],
		[404, 'not_found', 'not found on Zendesk: GET /api/v2/thing (HTTP 404: Couldn\'t authenticate you)'],
		[409, 'conflict', "Zendesk says it changed since you loaded it (HTTP 409: Couldn't authenticate you): reload and try again"],
		[412, 'conflict', "Zendesk says it changed since you loaded it (HTTP 412: Couldn't authenticate you): reload and try again"],
		[422, 'usage', "Zendesk rejected GET /api/v2/thing (HTTP 422: Couldn't authenticate you)"],
	])('maps HTTP %i to %s with a message a person can act on', async (status, code, message) => {
		const {client} = await setup((_request, response) => sendJson(response, status, {error: "Couldn't authenticate you"}));
		const error = await rejection(client.request({method: 'GET', path: '/thing'}));
		expect(error).toMatchObject({code, status, message});
	});

	it('uses the login command it is given in the auth message', async () => {
		const {client} = await setup((_request, response) => sendJson(response, 401, {message: 'Unauthorized'}), {
			provider: 'Request Tracker',
			loginCommand: 'deskterm login rt --profile work',
		});
		const error = await rejection(client.request({method: 'GET', path: '/rt'}));
		expect(error.message).toBe('token rejected by Request Tracker (HTTP 401: Unauthorized): run `deskterm login rt --profile work`');
	});

	it('reports a JSON content type with a body that does not parse as invalid_response', async () => {
		const {client} = await setup((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end('<html>login</html>');
		});
		const error = await rejection(client.request({method: 'GET', path: '/tickets'}));
		expect(error.code).toBe('invalid_response');
		expect(error.message).toMatch(/not valid JSON .*is the URL right\?/);
	});

	it('returns text for non-JSON answers and null for an empty JSON body', async () => {
		const {client} = await setup((request, response) => {
			if (request.url.endsWith('/text')) {
				response.writeHead(200, {'content-type': 'text/plain'});
				response.end('plain words');
			} else {
				response.writeHead(204, {'content-type': 'application/json'});
				response.end();
			}
		});
		expect((await client.request({method: 'GET', path: '/text'})).body).toBe('plain words');
		expect((await client.request({method: 'DELETE', path: '/x'})).body).toBeNull();
	});

	it('resolves a relative Location header against the request URL', async () => {
		const {client} = await setup((_request, response) => sendJson(response, 201, ['Correspondence added'], {location: '/REST/2.0/transaction/56'}));
		const response = await client.request({method: 'POST', path: '/ticket/1/correspond', json: {}});
		expect(response.headers['location']).toBe(`${server!.url}/REST/2.0/transaction/56`);
	});

	it('follows an absolute paging link on its own host and refuses one to another host', async () => {
		const {client, requests} = await setup((_request, response) => sendJson(response, 200, {}));
		await client.request({method: 'GET', path: `${server!.url}/api/v2/tickets?page=2`});
		expect(requests[0]!.url).toBe('/api/v2/tickets?page=2');
		const error = await rejection(client.request({method: 'GET', path: 'https://evil.example/steal'}));
		expect(error.code).toBe('invalid_response');
		expect(requests).toHaveLength(1);
	});

	it('redacts the token from error messages and from every debug log line', async () => {
		const {client, log} = await setup((_request, response) => sendJson(response, 401, {message: `token ${token} is revoked`}));
		const error = await rejection(client.request({method: 'GET', path: '/me', query: {token}}));
		expect(error.message).toContain('token *** is revoked');
		expect(error.message).not.toContain(token);
		expect(log.length).toBeGreaterThan(1);
		expect(log.join('\n')).not.toContain(token);
		expect(log[0]).toMatch(/"authorization":"\*\*\*"/);
		expect(log[0]).toContain('token=***');
	});

	it('logs a request id on each line and the server request id', async () => {
		const {client, log} = await setup((_request, response) => sendJson(response, 200, {}, {'x-request-id': 'srv-42'}));
		await client.request({method: 'GET', path: '/a'});
		const ids = log.map(line => /^http ([0-9a-f]{8}) /.exec(line)?.[1]);
		expect(ids[0]).toBeDefined();
		expect(new Set(ids).size).toBe(1);
		expect(log.at(-1)).toMatch(/200 in \d+ ms \(server request id srv-42\)/);
	});

	it('retries a POST when the connection was refused, since nothing was sent', async () => {
		const {client, waits} = await setup(() => undefined, {retries: 2});
		const deadUrl = server!.url;
		await server!.close();
		server = undefined;
		const dead = createHttpClient({baseUrl: deadUrl, provider: 'Chatwoot', sleep: async ms => void waits.push(ms), random: () => 0});
		const error = await rejection(dead.request({method: 'POST', path: '/x', json: {}}));
		dead.close();
		client.close();
		expect(waits).toHaveLength(2);
		expect(error.code).toBe('unavailable');
		expect(error.message).toMatch(/^cannot reach Chatwoot at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
	});
});
