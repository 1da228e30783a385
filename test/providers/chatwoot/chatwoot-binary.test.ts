// The built deskterm binary on a Chatwoot profile, against the spec server on 127.0.0.1.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {chatwootRoutes, token} from './chatwoot-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-chatwoot-'));
const routes: FixtureRoute[] = chatwootRoutes();
let server: SpecServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes);
	// A script logs in from the environment alone.
	env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data'), DESKTERM_CHATWOOT_URL: server.url, DESKTERM_CHATWOOT_ACCOUNT_ID: '1'};
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

describe('deskterm on a Chatwoot profile', () => {
	it('logs in from environment variables and lists the queue as JSON', async () => {
		const login = await runDeskterm(['login', 'chatwoot', '--profile', 'support'], {...env, DESKTERM_CHATWOOT_TOKEN: token});
		expect(login.stderr).toBe('');
		expect(login.status).toBe(0);
		expect(login.stdout).toContain('as Dana Fischer');
		const queue = await runDeskterm(['--profile', 'support', 'queue', '--json'], env);
		expect(queue.status).toBe(0);
		expect((JSON.parse(queue.stdout) as Array<{id: string}>).map(row => row.id)).toEqual(['43', '44']);
		expect(server.requests.filter(request => request.path.endsWith('/conversations/filter')).every(request => request.headers?.['api_access_token'] === token)).toBe(true);
	});

	it('says in one line that a revoked token needs a new login for that profile, and exits 1', async () => {
		routes.unshift(route('POST', '/api/v1/accounts/1/conversations/filter', {status: 401, body: {errors: ['Invalid Access Token']}}));
		const result = await runDeskterm(['--profile', 'support', 'queue'], env);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('token rejected by Chatwoot (HTTP 401: Invalid Access Token): run `deskterm login chatwoot --profile support`');
	});
});
