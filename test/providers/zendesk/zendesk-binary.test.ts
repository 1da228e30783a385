// The built deskterm binary on a Zendesk profile, against the spec server on 127.0.0.1: login, queue,
// show, reply, and a revoked token, as a person at a shell or a script sees them.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {token, zendeskFixture, zendeskRoutes} from './zendesk-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-zendesk-'));
const env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data')};
const routes: FixtureRoute[] = zendeskRoutes();
let server: SpecServer;

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes, '/api/v2');
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

describe('deskterm on a Zendesk profile', () => {
	it('logs in from flags and a token on stdin, checking it with a real call', async () => {
		const url = server.url.replace(/\/api\/v2$/, '');
		const result = await runDeskterm(['login', 'zendesk', '--url', url, '--email', 'dana@example.com', '--token-stdin', '--json'], env, `${token}\n`);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({profile: 'zendesk', provider: 'zendesk', agent: {id: '361001', name: 'Dana Fischer'}});
		expect(server.requests.map(request => request.path)).toContain('/users/me');
	});

	it('lists the queue as JSON', async () => {
		const result = await runDeskterm(['--profile', 'zendesk', 'queue', '--json'], env);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const rows = JSON.parse(result.stdout) as Array<{id: string; customerName: string; status: string}>;
		expect(rows.map(row => [row.id, row.customerName, row.status])).toEqual(
			expect.arrayContaining([
				['35436', 'Priya Raman', 'open'],
				['35437', 'Tom Okafor', 'open'],
				['35438', 'Ana Lima', 'snoozed'],
			]),
		);
	});

	it('shows a ticket with its thread and replies to it once', async () => {
		const shown = await runDeskterm(['--profile', 'zendesk', 'show', '35436', '--json'], env);
		expect(shown.status).toBe(0);
		expect((JSON.parse(shown.stdout) as {messages: unknown[]}).messages).toHaveLength(5);
		const replied = await runDeskterm(['--profile', 'zendesk', 'reply', '35436', '--body', 'I have refunded the second charge.'], env);
		expect(replied.stderr).toBe('');
		expect(replied.status).toBe(0);
		const puts = server.requests.filter(request => request.method === 'PUT');
		expect(puts).toHaveLength(1);
		expect(puts[0]?.json).toMatchObject({ticket: {comment: {body: 'I have refunded the second charge.', public: true}}});
	});

	it('says in one line that a revoked token needs a new login, and exits 1', async () => {
		routes.unshift(route('GET', '/search/export', {status: 401, body: zendeskFixture('error-401.json')}));
		const result = await runDeskterm(['--profile', 'zendesk', 'queue'], env);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain("token rejected by Zendesk (HTTP 401: Couldn't authenticate you): run `deskterm login zendesk`");
		expect(result.stderr).not.toContain(token);
	});
});
