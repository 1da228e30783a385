// The built deskterm binary on a Front profile, against the spec server on 127.0.0.1.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {frontFixture, frontRoutes, token} from './front-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-front-'));
const routes: FixtureRoute[] = frontRoutes();
let server: SpecServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes);
	env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data'), DESKTERM_FRONT_URL: server.url};
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

describe('deskterm on a Front profile', () => {
	it('logs in with a teammate email and a token on stdin, checking both with a real call', async () => {
		const login = await runDeskterm(['login', 'front', '--teammate', 'maya.okafor@northwind.example', '--token-stdin', '--json'], env, `${token}\n`);
		expect(login.stderr).toBe('');
		expect(login.status).toBe(0);
		expect(JSON.parse(login.stdout)).toMatchObject({profile: 'front', provider: 'front', agent: {id: 'tea_6r55a', name: 'Maya Okafor'}});
	});

	it('says in info what a Front profile can do', async () => {
		const info = await runDeskterm(['--profile', 'front', 'info', '--json'], env);
		expect(info.status).toBe(0);
		expect(info.stdout).toContain('"front"');
		expect(JSON.stringify(JSON.parse(info.stdout))).toMatch(/"priority":false/);
	});

	it('lists the queue as JSON, open then snoozed', async () => {
		const queue = await runDeskterm(['--profile', 'front', 'queue', '--json'], env);
		expect(queue.stderr).toBe('');
		expect(queue.status).toBe(0);
		const rows = JSON.parse(queue.stdout) as Array<{id: string; customerName: string; status: string}>;
		expect(rows.map(row => [row.id, row.customerName, row.status])).toEqual(
			expect.arrayContaining([
				['cnv_yo1kg5q', 'Priya Raman', 'open'],
				['cnv_yo1kg7t', 'Ana Lima', 'open'],
				['cnv_yo1kg9z', '+15555550123', 'snoozed'],
			]),
		);
	});

	it('shows a conversation with its messages and comments, and replies to it once', async () => {
		const shown = await runDeskterm(['--profile', 'front', 'show', 'cnv_yo1kg5q', '--json'], env);
		expect(shown.status).toBe(0);
		expect((JSON.parse(shown.stdout) as {messages: unknown[]}).messages).toHaveLength(4);
		const replied = await runDeskterm(['--profile', 'front', 'reply', 'cnv_yo1kg5q', '--body', 'Refund issued.'], env);
		expect(replied.stderr).toBe('');
		expect(replied.status).toBe(0);
		const posts = server.requests.filter(request => request.method === 'POST' && request.path.endsWith('/messages'));
		expect(posts).toHaveLength(1);
		expect(posts[0]?.json).toEqual({author_id: 'tea_6r55a', body: 'Refund issued.', options: {archive: false}});
	});

	it('refuses a priority in one line, and says a revoked token needs a new login', async () => {
		const priority = await runDeskterm(['--profile', 'front', 'priority', 'cnv_yo1kg5q', 'high'], env);
		expect(priority.status).not.toBe(0);
		expect(priority.stderr.trim().split('\n')).toHaveLength(1);
		routes.unshift(route('GET', /^\/conversations\/search\//, {status: 401, body: frontFixture('error-401.json')}));
		const result = await runDeskterm(['--profile', 'front', 'queue'], env);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('token rejected by Front (HTTP 401: Invalid token): run `deskterm login front`');
		expect(result.stderr).not.toContain(token);
	});
});
