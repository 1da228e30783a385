// The built deskterm binary on a Zammad profile, against the spec server on 127.0.0.1.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {token, zammadFixture, zammadRoutes} from './zammad-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-zammad-'));
const routes: FixtureRoute[] = zammadRoutes();
let server: SpecServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes, '/api/v1');
	env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data')};
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

describe('deskterm on a Zammad profile', () => {
	it('logs in with the instance address and a token on stdin, checking both with a real call', async () => {
		const login = await runDeskterm(['login', 'zammad', '--url', server.url, '--token-stdin', '--json'], env, `${token}\n`);
		expect(login.stderr).toBe('');
		expect(login.status).toBe(0);
		expect(JSON.parse(login.stdout)).toMatchObject({profile: 'zammad', provider: 'zammad', agent: {id: '5', name: 'Maya Okafor'}});
	});

	it('says in info what a Zammad profile can do', async () => {
		const info = await runDeskterm(['--profile', 'zammad', 'info', '--json'], env);
		expect(info.status).toBe(0);
		expect(JSON.stringify(JSON.parse(info.stdout))).toMatch(/"assignTeam":true/);
	});

	it('lists the queue as JSON', async () => {
		const queue = await runDeskterm(['--profile', 'zammad', 'queue', '--json'], env);
		expect(queue.stderr).toBe('');
		expect(queue.status).toBe(0);
		const rows = JSON.parse(queue.stdout) as Array<{id: string; status: string; priority: string}>;
		expect(rows.map(row => [row.id, row.status, row.priority])).toEqual(expect.arrayContaining([['42', 'open', 'high'], ['43', 'open', 'normal'], ['44', 'snoozed', 'low']]));
	});

	it('shows a ticket with its articles, and replies to it once by email', async () => {
		const shown = await runDeskterm(['--profile', 'zammad', 'show', '42', '--json'], env);
		expect(shown.status).toBe(0);
		expect((JSON.parse(shown.stdout) as {messages: unknown[]}).messages).toHaveLength(4);
		const replied = await runDeskterm(['--profile', 'zammad', 'reply', '42', '--body', 'Refund issued.'], env);
		expect(replied.stderr).toBe('');
		expect(replied.status).toBe(0);
		const posts = server.requests.filter(request => request.method === 'POST' && request.path === '/ticket_articles');
		expect(posts).toHaveLength(1);
		expect(posts[0]?.json).toMatchObject({ticket_id: 42, type: 'email', internal: false, to: 'lena.fischer@example.com', body: 'Refund issued.'});
	});

	it('refuses urgent in one line, and says a rejected token needs a new login', async () => {
		const priority = await runDeskterm(['--profile', 'zammad', 'priority', '42', 'urgent'], env);
		expect(priority.status).not.toBe(0);
		expect(priority.stderr.trim().split('\n')).toHaveLength(1);
		routes.unshift(route('GET', '/tickets/search', {status: 401, body: zammadFixture('error-401.json')}));
		const result = await runDeskterm(['--profile', 'zammad', 'queue'], env);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('token rejected by Zammad (HTTP 401: Invalid token!): run `deskterm login zammad`');
		expect(result.stderr).not.toContain(token);
	});
});
