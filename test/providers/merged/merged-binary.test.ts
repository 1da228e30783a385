// The built binary on a merged queue of the local demo desk and a Zendesk profile (the spec server on
// 127.0.0.1): one list with both desks' ids, a reply that lands on the desk its id names, and a desk
// that goes down leaving the other listed with one line on stderr.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {token, zendeskFixture, zendeskRoutes} from '../zendesk/zendesk-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-merged-'));
const env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data')};
const routes: FixtureRoute[] = zendeskRoutes();
let server: SpecServer;

type Row = {id: string; desk: string | null; customerName: string};

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes, '/api/v2');
	const url = server.url.replace(/\/api\/v2$/, '');
	const login = await runDeskterm(['login', 'zendesk', '--url', url, '--email', 'dana@example.com', '--token-stdin', '--json'], env, `${token}\n`);
	expect(login.status).toBe(0);
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

async function rows(args: string[]): Promise<Row[]> {
	const result = await runDeskterm(args, env);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as Row[];
}

describe('deskterm on a merged queue (local + zendesk)', () => {
	it('lists both desks in one queue, each id carrying its desk, each desk in its own order', async () => {
		const merged = await rows(['--profile', 'local,zendesk', 'queue', '--json', '--fields', 'id,desk,customerName']);
		const local = await rows(['queue', '--json', '--fields', 'id']);
		const zendesk = await rows(['--profile', 'zendesk', 'queue', '--json', '--fields', 'id']);
		expect(merged).toHaveLength(local.length + zendesk.length);
		expect(merged.filter(row => row.desk === 'local').map(row => row.id)).toEqual(local.map(row => `local:${row.id}`));
		expect(merged.filter(row => row.desk === 'zendesk').map(row => row.id)).toEqual(zendesk.map(row => `zendesk:${row.id}`));
		expect(merged.find(row => row.id === 'zendesk:35436')).toMatchObject({desk: 'zendesk', customerName: 'Priya Raman'});
	});

	it('reads the group from the config file the same way', async () => {
		const config = JSON.parse((await runDeskterm(['profiles', '--json'], env)).stdout) as Array<{name: string; provider: string; settings: Record<string, unknown>}>;
		const zendesk = config.find(profile => profile.name === 'zendesk')!;
		writeFileSync(
			join(env.DESKTERM_CONFIG_DIR, 'config.json'),
			JSON.stringify({profiles: {zendesk: {provider: 'zendesk', settings: zendesk.settings}, both: {profiles: ['zendesk', 'local']}}}),
		);
		const merged = await rows(['--profile', 'both', 'queue', '--json', '--fields', 'id,desk']);
		expect(merged.map(row => row.desk)).toEqual(expect.arrayContaining(['local', 'zendesk']));
		const listed = JSON.parse((await runDeskterm(['profiles', '--json'], env)).stdout) as Array<{name: string; provider: string}>;
		expect(listed.find(profile => profile.name === 'both')).toMatchObject({provider: 'merged'});
	});

	it('sends a reply to the desk its id names, and only there', async () => {
		const putsBefore = server.requests.filter(request => request.method === 'PUT').length;
		const [first] = await rows(['queue', '--json', '--fields', 'id', '--limit', '1']);
		const local = `local:${first!.id}`;
		const replied = await runDeskterm(['--profile', 'local,zendesk', 'reply', local, '--body', 'Answered from the merged queue.'], env);
		expect(replied.stderr).toBe('');
		expect(replied.status).toBe(0);
		expect(server.requests.filter(request => request.method === 'PUT')).toHaveLength(putsBefore);
		const shown = JSON.parse((await runDeskterm(['show', first!.id, '--json'], env)).stdout) as {messages: Array<{body: string}>};
		expect(shown.messages.at(-1)!.body).toBe('Answered from the merged queue.');

		const remote = await runDeskterm(['--profile', 'local,zendesk', 'reply', 'zendesk:35436', '--body', 'And this one to Zendesk.'], env);
		expect(remote.status).toBe(0);
		const puts = server.requests.filter(request => request.method === 'PUT');
		expect(puts).toHaveLength(putsBefore + 1);
		expect(puts.at(-1)!.json).toMatchObject({ticket: {comment: {body: 'And this one to Zendesk.'}}});
	});

	it('gives the summary over both desks, and stats names a desk whose threads it could not read', async () => {
		const live = (text: string) => (JSON.parse(text) as {live: number}).live;
		// --no-triage: the triage mix reads every live thread, which this spec server has for one ticket only.
		const summary = await runDeskterm(['--profile', 'local,zendesk', 'summary', '--json', '--no-triage'], env);
		expect(summary.stderr).toBe('');
		expect(summary.status).toBe(0);
		const alone = await runDeskterm(['summary', '--json', '--no-triage'], env);
		expect(live(summary.stdout)).toBe(live(alone.stdout) + 3);
		// Replied today: the local desk counts it per agent, Zendesk cannot; its agents are unknown, never 0.
		type Load = {repliedTodayCounted: string; load: Array<{agentId: string; repliedToday: number | null}>};
		const mixed = JSON.parse(summary.stdout) as Load;
		const own = JSON.parse(alone.stdout) as Load;
		expect([mixed.repliedTodayCounted, own.repliedTodayCounted]).toEqual(['some', 'all']);
		const zendeskRows = mixed.load.filter(row => row.agentId.startsWith('zendesk:'));
		expect(zendeskRows.length).toBeGreaterThan(0);
		expect(zendeskRows.every(row => row.repliedToday === null)).toBe(true);
		const counts = new Map(own.load.map(row => [`local:${row.agentId}`, row.repliedToday]));
		expect(own.load.some(row => (row.repliedToday ?? 0) > 0)).toBe(true);
		for (const row of mixed.load.filter(each => each.agentId.startsWith('local:'))) expect(row.repliedToday).toBe(counts.get(row.agentId));
		const text = await runDeskterm(['--profile', 'local,zendesk', 'summary', '--no-triage'], {...env, NO_COLOR: '1', TERM: 'dumb'});
		expect(text.stdout).toMatch(/^Load \(open\/waiting on them\/replied today, partial\): /m);
		const frame = await runDeskterm(['--profile', 'local,zendesk', 'top', '--once'], {...env, NO_COLOR: '1', TERM: 'dumb'});
		expect(frame.status).toBe(0);
		expect(frame.stdout).toMatch(/^AGENT +OPEN +WAITING +REPLIED TODAY \(partial\)$/m);
		// The spec server has the thread of one ticket only: stats reads every thread, so Zendesk is left out, in one line.
		const stats = await runDeskterm(['--profile', 'local,zendesk', 'stats', '--since', '3650d', '--json'], env);
		expect(stats.status).toBe(0);
		expect(stats.stderr).toMatch(/^deskterm: left out a desk that did not answer: zendesk: not found on Zendesk: GET \/api\/v2\/tickets\/\d+ .*\n$/);
		expect((JSON.parse(stats.stdout) as {conversations: number}).conversations).toBeGreaterThan(0);
	});

	it('refuses an id that names no desk, with exit 2', async () => {
		const result = await runDeskterm(['--profile', 'local,zendesk', 'show', '35436'], env);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('desks: local, zendesk');
	});

	it('lists the local desk when Zendesk is down, saying so in one line', async () => {
		routes.unshift(route('GET', '/search/export', {status: 503, body: zendeskFixture('error-401.json'), headers: {'Retry-After': '0'}}));
		const result = await runDeskterm(['--profile', 'local,zendesk', 'queue', '--json', '--fields', 'id,desk'], env);
		expect(result.status).toBe(0);
		const listed = JSON.parse(result.stdout) as Row[];
		expect(listed.length).toBeGreaterThan(0);
		expect(new Set(listed.map(row => row.desk))).toEqual(new Set(['local']));
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^deskterm: left out a desk that did not answer: zendesk: /);
	});
});
