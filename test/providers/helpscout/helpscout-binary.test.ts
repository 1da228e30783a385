// The built deskterm binary on a Help Scout profile, against the spec server on 127.0.0.1.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {appId, helpscoutFixture, helpscoutRoutes, secrets} from './helpscout-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-helpscout-'));
const routes: FixtureRoute[] = helpscoutRoutes();
let server: SpecServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes);
	env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data'), DESKTERM_HELPSCOUT_URL: server.url};
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

describe('deskterm on a Help Scout profile', () => {
	it('logs in with the app id and the secret on stdin, checking both with a real call', async () => {
		const login = await runDeskterm(['login', 'helpscout', '--app-id', appId, '--token-stdin', '--json'], env, `${secrets.appSecret}\n`);
		expect(login.stderr).toBe('');
		expect(login.status).toBe(0);
		expect(JSON.parse(login.stdout)).toMatchObject({profile: 'helpscout', provider: 'helpscout', agent: {id: '901', name: 'Maya Okafor'}});
	});

	it('says in info that there is no priority and no snooze', async () => {
		const info = await runDeskterm(['--profile', 'helpscout', 'info', '--json'], env);
		expect(info.status).toBe(0);
		const text = JSON.stringify(JSON.parse(info.stdout));
		expect(text).toMatch(/"priority":false/);
		expect(text).toMatch(/"snoozeUntil":false/);
	});

	it('lists the queue as JSON over both pages', async () => {
		const queue = await runDeskterm(['--profile', 'helpscout', 'queue', '--json'], env);
		expect(queue.stderr).toBe('');
		expect(queue.status).toBe(0);
		const rows = JSON.parse(queue.stdout) as Array<{id: string; customerName: string; status: string}>;
		expect(rows.map(row => [row.id, row.customerName, row.status])).toEqual(
			expect.arrayContaining([
				['1201', 'Priya Raman', 'open'],
				['1203', 'Jonas Berg', 'open'],
			]),
		);
	});

	it('shows a conversation with its threads, and replies to it once', async () => {
		const shown = await runDeskterm(['--profile', 'helpscout', 'show', '1201', '--json'], env);
		expect(shown.status).toBe(0);
		expect((JSON.parse(shown.stdout) as {messages: unknown[]}).messages).toHaveLength(4);
		const replied = await runDeskterm(['--profile', 'helpscout', 'reply', '1201', '--body', 'Refund issued.'], env);
		expect(replied.stderr).toBe('');
		expect(replied.status).toBe(0);
		const posts = server.requests.filter(request => request.method === 'POST' && request.path === '/conversations/1201/reply');
		expect(posts).toHaveLength(1);
		expect(posts[0]?.json).toEqual({customer: {id: 501}, text: 'Refund issued.', user: 901});
	});

	it('refuses a priority in one line, and says a refused secret needs a new login without showing it', async () => {
		const priority = await runDeskterm(['--profile', 'helpscout', 'priority', '1201', 'high'], env);
		expect(priority.status).not.toBe(0);
		expect(priority.stderr.trim().split('\n')).toHaveLength(1);
		routes.unshift(route('POST', '/oauth2/token', {status: 401, body: helpscoutFixture('token-refused.json')}));
		const result = await runDeskterm(['--profile', 'helpscout', 'queue'], env);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('Help Scout refused the app id and secret (HTTP 401): run `deskterm login helpscout`');
		expect(result.stderr).not.toContain(secrets.appSecret);
	});
});
