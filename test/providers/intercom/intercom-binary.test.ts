// The built deskterm binary on an Intercom profile, against the spec server on 127.0.0.1.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {intercomFixture, intercomRoutes, token} from './intercom-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-intercom-'));
const routes: FixtureRoute[] = intercomRoutes();
let server: SpecServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes);
	env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data'), DESKTERM_INTERCOM_URL: server.url};
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

describe('deskterm on an Intercom profile', () => {
	it('logs in, lists the queue and refuses a priority it cannot set', async () => {
		const login = await runDeskterm(['login', 'intercom', '--region', 'eu', '--token-stdin', '--json'], env, `${token}\n`);
		expect(login.stderr).toBe('');
		expect(JSON.parse(login.stdout)).toMatchObject({profile: 'intercom', agent: {id: '814860'}});
		const queue = await runDeskterm(['--profile', 'intercom', 'queue', '--json'], env);
		expect(queue.status).toBe(0);
		expect((JSON.parse(queue.stdout) as Array<{id: string; customerName: string}>).map(row => [row.id, row.customerName])).toEqual([
			['1001', 'Priya Raman'],
			['1002', 'Ana Lima'],
		]);
		expect(server.requests.every(request => request.headers?.['intercom-version'] === '2.16')).toBe(true);
		const priority = await runDeskterm(['--profile', 'intercom', 'priority', '1001', 'high'], env);
		expect(priority.status).not.toBe(0);
		expect(priority.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('says in one line that a revoked token needs a new login, and exits 1', async () => {
		routes.unshift(route('POST', '/conversations/search', {status: 401, body: intercomFixture('error-401.json')}));
		const result = await runDeskterm(['--profile', 'intercom', 'queue'], env);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('token rejected by Intercom (HTTP 401: Access Token Invalid): run `deskterm login intercom`');
	});
});
