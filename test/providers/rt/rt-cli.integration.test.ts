// The built binary on a live RT 5: login without prompts, the queue as JSON, a reply RT keeps,
// and a revoked token as one clear line with exit 1.
import {execFileSync, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createTicket, rest, rtAvailable, rtSkipMessage, startRtServer, type RtServer} from '../../helpers/rt-server.js';

if (!rtAvailable) console.warn(rtSkipMessage);

const root = join(import.meta.dirname, '..', '..', '..');
const binary = join(root, 'dist', 'cli.js');

describe.runIf(rtAvailable)('deskterm binary on Request Tracker 5 (live server)', () => {
	let server: RtServer;
	let home: string;
	let queueId = '';
	const tickets: string[] = [];
	const run = randomBytes(3).toString('hex');

	function deskterm(args: string[], options: {input?: string; env?: Record<string, string>} = {}) {
		const result = spawnSync(process.execPath, [binary, ...args], {
			input: options.input ?? '',
			encoding: 'utf8',
			env: {
				PATH: process.env['PATH'] ?? '',
				HOME: home,
				DESKTERM_CONFIG_DIR: join(home, 'config'),
				DESKTERM_DATA_DIR: join(home, 'data'),
				NO_COLOR: '1',
				...options.env,
			},
		});
		return {code: result.status, stdout: result.stdout, stderr: result.stderr};
	}

	beforeAll(async () => {
		execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], {stdio: 'ignore'});
		home = mkdtempSync(join(tmpdir(), 'deskterm-rt-cli-'));
		server = startRtServer();
		queueId = String((await rest(server, 'POST', '/queue', {Name: `cli-${run}`})).body.id);
		for (const subject of ['Broken checkout', 'Password reset', 'Double charge']) {
			tickets.push(await createTicket(server, {Queue: queueId, Subject: subject, Requestor: `buyer-${run}@example.com`, Content: `${subject}, please help`}));
		}
	});

	afterAll(() => {
		server?.stop();
		if (home) rmSync(home, {recursive: true, force: true});
	});

	it('logs in without prompts and lists the tickets with --profile rt queue --json', () => {
		const login = deskterm(['login', 'rt', '--url', server.url, '--token-stdin'], {input: `${server.token}\n`});
		expect(login.stderr).toBe('');
		expect(login.code).toBe(0);
		expect(login.stdout).toMatch(/^Logged in to Request Tracker 5 \(REST2\) as Enoch Root <root@localhost>\./);
		expect(login.stdout).not.toContain(server.token);
		const queue = deskterm(['--profile', 'rt', 'queue', '--json', '--team', queueId]);
		expect(queue.stderr).toBe('');
		expect(queue.code).toBe(0);
		const rows = JSON.parse(queue.stdout) as Array<{id: string; subject: string; customerId: string; status: string}>;
		expect(rows.map(row => row.id).sort()).toEqual([...tickets].sort());
		expect(rows.every(row => row.customerId === `buyer-${run}@example.com` && row.status === 'open')).toBe(true);
	});

	it('sends a reply that appears in RT history', async () => {
		const reply = deskterm(['--profile', 'rt', 'reply', tickets[0]!, '--body', `We fixed the checkout ${run}.`]);
		expect(reply.stderr).toBe('');
		expect(reply.code).toBe(0);
		const parts = await rest(server, 'GET', `/ticket/${tickets[0]}/attachments?per_page=100&fields=Content,ContentType`);
		expect(parts.body.items.map((item: {Content: string}) => item.Content)).toContain(`We fixed the checkout ${run}.`);
	});

	it('answers a revoked token with one clear line and exit 1', () => {
		const result = deskterm(['--profile', 'rt', 'queue'], {env: {DESKTERM_RT_TOKEN: '1-14-00000000000000000000000000000000'}});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('deskterm: token rejected by Request Tracker (HTTP 401: Unauthorized): run `deskterm login rt`\n');
	});

	it('reports the profile, where the token comes from and who it is, without the token', () => {
		const info = deskterm(['info', '--profile', 'rt', '--check', '--json']);
		expect(info.code).toBe(0);
		const report = JSON.parse(info.stdout);
		expect(report.profile).toMatchObject({name: 'rt', provider: 'rt', credentials: {token: 'file'}, settings: {url: server.url}});
		expect(report.agent).toMatchObject({id: 'root'});
		expect(report.capabilities).toMatchObject({reply: true, tags: false, snoozeUntil: false});
		expect(info.stdout).not.toContain(server.token);
	});
});
