// The built deskterm binary on a Freshdesk profile, against the spec server on 127.0.0.1.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildDeskterm, route, runDeskterm, startSpecServer, type FixtureRoute, type SpecServer} from '../../helpers/spec-server.js';
import {freshdeskFixture, freshdeskRoutes, token} from './freshdesk-routes.js';

const home = mkdtempSync(join(tmpdir(), 'deskterm-freshdesk-'));
const routes: FixtureRoute[] = freshdeskRoutes();
let server: SpecServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	await buildDeskterm();
	server = await startSpecServer(routes, '/api/v2');
	env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data')};
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

const basic = `Basic ${Buffer.from(`${token}:X`).toString('base64')}`;

describe('deskterm on a Freshdesk profile', () => {
	it('logs in with the helpdesk address and the API key on stdin, checking both with a real call', async () => {
		const login = await runDeskterm(['login', 'freshdesk', '--url', server.url, '--token-stdin', '--json'], env, `${token}\n`);
		expect(login.stderr).toBe('');
		expect(login.status).toBe(0);
		expect(JSON.parse(login.stdout)).toMatchObject({profile: 'freshdesk', provider: 'freshdesk', agent: {id: '19000001001', name: 'Maya Okafor'}});
		expect(server.requests.find(request => request.path === '/agents/me')?.headers?.['authorization']).toBe(basic);
	});

	it('says in info what a Freshdesk profile can do', async () => {
		const info = await runDeskterm(['--profile', 'freshdesk', 'info', '--json'], env);
		expect(info.status).toBe(0);
		const text = JSON.stringify(JSON.parse(info.stdout));
		expect(text).toMatch(/"assignTeam":true/);
		expect(text).toMatch(/"snoozeUntil":false/);
	});

	it('lists the queue as JSON: open and pending tickets, the closed one left out', async () => {
		const queue = await runDeskterm(['--profile', 'freshdesk', 'queue', '--json'], env);
		expect(queue.stderr).toBe('');
		expect(queue.status).toBe(0);
		const rows = JSON.parse(queue.stdout) as Array<{id: string; status: string; priority: string}>;
		expect(rows.map(row => [row.id, row.status, row.priority])).toEqual([['20', 'open', 'high'], ['19', 'pending', 'normal'], ['17', 'pending', 'urgent']]);
		const list = server.requests.find(request => request.path === '/tickets');
		expect(list?.query).toMatchObject({updated_since: '1970-01-01T00:00:00Z', order_by: 'updated_at', order_type: 'desc', page: '1'});
	});

	it('shows a ticket with its description and conversations, and replies to it once', async () => {
		const shown = await runDeskterm(['--profile', 'freshdesk', 'show', '20', '--json'], env);
		expect(shown.status).toBe(0);
		const conversation = JSON.parse(shown.stdout) as {messages: Array<{kind: string}>};
		expect(conversation.messages.map(message => message.kind)).toEqual(['customer', 'agent', 'note', 'customer']);
		const replied = await runDeskterm(['--profile', 'freshdesk', 'reply', '20', '--body', 'Refund issued.'], env);
		expect(replied.stderr).toBe('');
		expect(replied.status).toBe(0);
		const posts = server.requests.filter(request => request.method === 'POST');
		expect(posts.map(request => [request.path, request.json])).toEqual([['/tickets/20/reply', {body: 'Refund issued.'}]]);
	});

	it('gives stats with CSAT from the survey answers and handling time from the time entries', async () => {
		const stats = await runDeskterm(['--profile', 'freshdesk', 'stats', '--since', '2026-11-20', '--json'], env);
		expect(stats.stderr).toBe('');
		expect(stats.status).toBe(0);
		const figures = (JSON.parse(stats.stdout) as {figures: Array<{id: string; conversations: number; value: {value: unknown} | null}>}).figures;
		expect(figures.find(figure => figure.id === 'csat')).toMatchObject({conversations: 3, value: {value: 33.3}});
		expect(figures.find(figure => figure.id === 'aht')).toMatchObject({conversations: 2});
		expect(server.requests.filter(request => request.path === '/time_entries')).toHaveLength(1);
	});

	it('refuses a snooze in one line, and says a rejected API key needs a new login', async () => {
		const snooze = await runDeskterm(['--profile', 'freshdesk', 'status', '20', 'snoozed', '--until', '2h'], env);
		expect(snooze.status).not.toBe(0);
		expect(snooze.stderr.trim().split('\n')).toHaveLength(1);
		routes.unshift(route('GET', '/tickets', {status: 401, body: freshdeskFixture('error-401.json')}));
		const result = await runDeskterm(['--profile', 'freshdesk', 'queue'], env);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('rejected by Freshdesk (HTTP 401: You have to be logged in to perform this action.)');
		expect(result.stderr).toContain('deskterm login freshdesk');
		expect(result.stderr).not.toContain(token);
	});
});
