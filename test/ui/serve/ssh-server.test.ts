// `deskterm serve --ssh` against the real OpenSSH client on 127.0.0.1: an authorised key sees the dashboard
// in its own 80x24 terminal (resizes followed, q ends the session); an unknown key, a password and a
// command are refused; nothing on the desk changes; the host key is kept 0600; one log line per connection.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hasTmux, openTerminal, type Terminal} from '../../helpers/tmux-terminal.js';

const root = join(import.meta.dirname, '..', '..', '..');
const cli = process.env['DESKTERM_TEST_CLI'] ?? join(root, 'dist', 'cli.js');
const hasSsh = spawnSync('ssh', ['-V'], {encoding: 'utf8'}).status === 0 && spawnSync('ssh-keygen', ['-?'], {encoding: 'utf8'}).error === undefined;
const runs = hasTmux && hasSsh;
if (!runs) console.log('ssh-server.test.ts: not run, it needs tmux and the OpenSSH client (ssh, ssh-keygen)');

const work = mkdtempSync(join(tmpdir(), 'deskterm-ssh-'));
const env = {PATH: process.env['PATH'] ?? '', HOME: work, DESKTERM_CONFIG_DIR: join(work, 'config'), DESKTERM_DATA_DIR: join(work, 'data')};
let server: ChildProcess | undefined;
let log = '';
let port = 0;
let terminal: Terminal | undefined;

function keygen(name: string): string {
	const path = join(work, name);
	expect(spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `${name}@test`, '-f', path]).status).toBe(0);
	return path;
}

const sshOptions = (key: string | null) => [
	'-p', String(port),
	'-o', 'StrictHostKeyChecking=no',
	'-o', `UserKnownHostsFile=${join(work, 'known_hosts')}`,
	'-o', 'BatchMode=yes',
	'-o', 'ConnectTimeout=10',
	...(key ? ['-i', key, '-o', 'IdentitiesOnly=yes'] : ['-o', 'PubkeyAuthentication=no', '-o', 'PreferredAuthentications=password,keyboard-interactive']),
];

function queueJson(): string {
	const listed = spawnSync(process.execPath, [cli, 'queue', '--status', 'all', '--json', '--fields', 'id,version,messageCount'], {encoding: 'utf8', env});
	expect(listed.status, listed.stderr).toBe(0);
	return listed.stdout;
}

/** What a write would leave besides a conversation's version: activity events (time worked, template uses), an outbox, drafts, learned uses. */
function sideEffects(): {events: number; written: string[]} {
	const db = new DatabaseSync(join(env.DESKTERM_DATA_DIR, 'desk.sqlite'), {readOnly: true});
	const events = Number(db.prepare('SELECT count(*) AS n FROM activity_events').get()!['n']);
	db.close();
	return {events, written: ['outbox.db', 'drafts', 'ranking'].filter(name => existsSync(join(env.DESKTERM_DATA_DIR, name)))};
}

async function logShows(pattern: RegExp): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (!pattern.test(log)) {
		if (Date.now() > deadline) throw new Error(`the server log never showed ${pattern}; it shows:\n${log}`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

let lead = '';
let stranger = '';

beforeAll(async () => {
	if (!runs) return;
	lead = keygen('lead');
	stranger = keygen('stranger');
	mkdirSync(env.DESKTERM_CONFIG_DIR, {recursive: true});
	writeFileSync(join(env.DESKTERM_CONFIG_DIR, 'authorized_keys'), `# the leads\n${readFileSync(`${lead}.pub`, 'utf8')}`);
	queueJson();
	server = spawn(process.execPath, [cli, 'serve', '--ssh', '--port', '0', '--interval', '1'], {env, stdio: ['ignore', 'pipe', 'pipe']});
	server.stdout!.on('data', chunk => (log += String(chunk)));
	server.stderr!.on('data', chunk => (log += String(chunk)));
	await logShows(/ssh:\/\/127\.0\.0\.1:(\d+)/);
	port = Number(/ssh:\/\/127\.0\.0\.1:(\d+)/.exec(log)![1]);
}, 60_000);

afterAll(async () => {
	terminal?.close();
	if (server && server.exitCode === null) {
		const stopped = new Promise(resolve => server!.once('exit', resolve));
		server.kill('SIGTERM');
		await stopped;
	}
	rmSync(work, {recursive: true, force: true});
});

describe.runIf(runs)('deskterm serve --ssh with the OpenSSH client', () => {
	it('keeps its host key 0600 in the data directory and names its fingerprint', () => {
		const hostKey = join(env.DESKTERM_DATA_DIR, 'ssh_host_ed25519_key');
		expect(existsSync(hostKey)).toBe(true);
		expect(statSync(hostKey).mode & 0o777).toBe(0o600);
		expect(log).toMatch(/host key SHA256:[A-Za-z0-9+/]{43} \(new\)/);
	});

	it('shows an authorised key the dashboard in its own terminal, follows a resize, and ends on q', async () => {
		const before = queueJson();
		terminal = openTerminal({command: ['ssh', '-tt', ...sshOptions(lead), 'lead@127.0.0.1'], env, columns: 80, rows: 24});
		const pane = terminal;
		await pane.waitFor(/^BREACHED \d+, most overdue first/m);
		expect(pane.screen().split('\n').every(line => [...line].length <= 80)).toBe(true);
		const fingerprint = spawnSync('ssh-keygen', ['-l', '-f', `${lead}.pub`], {encoding: 'utf8'}).stdout.split(' ')[1]!;
		await logShows(new RegExp(`user=lead key=${fingerprint.replace(/[+/]/g, '\\$&')} \\(lead@test\\) connected`));
		pane.resize(100, 30);
		await pane.waitFor(/keys: t team · a agent · b breached · c clear · j\/k move · Enter open · r refresh · q quit/);
		pane.press('j');
		// Wait for the move before Enter: sent together, "j\r" can reach the app as one read and be neither key.
		await pane.waitFor(/^BREACHED [^\n]*\n {2}#[^\n]*\n› #/m);
		pane.press('Enter');
		await pane.waitFor(/read-only · j\/k scroll/);
		// The console's write keys (reply, note, assign, status, priority, tags, send a suggestion, send) and typed
		// text, in the opened conversation: nothing a lead types reaches the desk.
		const sessionStart = sideEffects();
		for (const key of ['r', 'i', 'a', 's', 'p', 't', '1', '2', '3', 'C-s']) pane.press(key);
		pane.type('Refund approved');
		pane.press('Enter', 'C-s');
		await pane.waitFor(/read-only · j\/k scroll/);
		pane.press('Escape');
		await pane.waitFor(/^BREACHED /m);
		pane.press('q');
		expect(await pane.exitCode()).toBe(0);
		await logShows(/user=lead disconnected/);
		expect(queueJson()).toBe(before);
		expect(sideEffects()).toEqual(sessionStart);
	}, 60_000);

	it('refuses a key that is not authorised, and says so in the log', async () => {
		const result = spawnSync('ssh', [...sshOptions(stranger), 'lead@127.0.0.1', 'true'], {encoding: 'utf8', env});
		expect(result.status).toBe(255);
		expect(result.stderr).toContain('Permission denied (publickey)');
		const fingerprint = spawnSync('ssh-keygen', ['-l', '-f', `${stranger}.pub`], {encoding: 'utf8'}).stdout.split(' ')[1]!;
		await logShows(new RegExp(`refused: key ${fingerprint.replace(/[+/]/g, '\\$&')} is not authorised`));
	});

	it('offers no password login', () => {
		const result = spawnSync('ssh', [...sshOptions(null), 'lead@127.0.0.1', 'true'], {encoding: 'utf8', env});
		expect(result.status).toBe(255);
		expect(result.stderr).toContain('Permission denied (publickey)');
	});

	it('runs no command, even for an authorised key: the desk is unchanged', async () => {
		const before = queueJson();
		const result = spawnSync('ssh', [...sshOptions(lead), 'lead@127.0.0.1', 'deskterm', 'demo', 'reset', '--yes'], {encoding: 'utf8', env});
		expect(result.status).not.toBe(0);
		await logShows(/refused a command: this server only shows the dashboard/);
		expect(queueJson()).toBe(before);
	});
});
