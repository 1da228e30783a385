// The built binary as a real process on a real local desk: what a script or a person at a shell sees.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const home = mkdtempSync(join(tmpdir(), 'deskterm-binary-'));
const dataDir = join(home, 'desk');

/** A clean environment: nothing from the developer's own desk, profile or colour settings leaks in. */
function environment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {PATH: process.env['PATH'], HOME: home, LANG: 'C.UTF-8'};
	return {...env, ...extra};
}

type Ran = {status: number | null; stdout: string; stderr: string};

function deskterm(args: string[], options: {input?: string; env?: NodeJS.ProcessEnv} = {}): Ran {
	const result = spawnSync(process.execPath, [cli, ...args, '--data-dir', dataDir], {
		env: environment(options.env),
		input: options.input ?? '',
		encoding: 'utf8',
		timeout: 60_000,
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function shell(command: string, env: NodeJS.ProcessEnv = {}): Ran {
	const result = spawnSync('sh', ['-c', command], {env: environment(env), encoding: 'utf8', timeout: 60_000});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const base = `${quote(process.execPath)} ${quote(cli)}`;
const noStackTrace = /^\s+at .+\(.+:\d+:\d+\)$/m;

beforeAll(() => {
	// npm test builds first (pretest); a direct vitest run rebuilds here only when the sources are newer.
	const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], {encoding: 'utf8'});
	if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
});

afterAll(() => rmSync(home, {recursive: true, force: true}));

describe('the built deskterm binary on the local demo desk', () => {
	let ids: string[] = [];
	let replied = {id: '', body: ''};

	it('lists at least 300 conversations with their customers as JSON', () => {
		const result = deskterm(['queue', '--json']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
		expect(rows.length).toBeGreaterThanOrEqual(300);
		for (const row of rows) {
			expect(typeof row['customerName']).toBe('string');
			expect((row['customerName'] as string).length).toBeGreaterThan(0);
			expect(row['status']).not.toBe('closed');
		}
		expect(new Set(rows.map(row => row['customerName'])).size).toBeGreaterThan(50);
		ids = rows.map(row => String(row['id']));
	});

	it('shows one conversation with its customer and thread as JSON', () => {
		const queue = JSON.parse(deskterm(['queue', '--json', '--fields', 'id,customerName', '--limit', '1']).stdout) as Array<{id: string; customerName: string}>;
		const result = deskterm(['show', queue[0]!.id, '--json']);
		expect(result.status).toBe(0);
		const conversation = JSON.parse(result.stdout) as {id: string; customer: {name: string; email: string}; messages: Array<{kind: string; body: string}>};
		expect(conversation.id).toBe(queue[0]!.id);
		expect(conversation.customer.name).toBe(queue[0]!.customerName);
		expect(conversation.customer.email).toContain('@');
		expect(conversation.messages.length).toBeGreaterThan(0);
		expect(conversation.messages.some(message => message.kind === 'customer')).toBe(true);
	});

	it('keeps a reply: a second process shows it in the thread', () => {
		const id = ids[1] ?? ids[0]!;
		const body = `Thanks for waiting, this is fixed now (${Date.now()}).`;
		const sent = deskterm(['reply', id, '--body-file', '-', '--json'], {input: `${body}\n`});
		expect(sent.stderr).toBe('');
		expect(sent.status).toBe(0);
		expect(JSON.parse(sent.stdout)).toMatchObject({conversationId: id, kind: 'agent', body});
		const shown = JSON.parse(deskterm(['show', id, '--json']).stdout) as {messages: Array<{kind: string; body: string}>};
		expect(shown.messages.at(-1)).toMatchObject({kind: 'agent', body});
		replied = {id, body};
		const note = deskterm(['note', id, '--body', 'Internal: refund approved']);
		expect(note.status).toBe(0);
		expect(note.stdout).toMatch(/^Added an internal note to #/);
		const again = JSON.parse(deskterm(['show', id, '--json', '--fields', 'messages']).stdout) as {messages: Array<{kind: string; body: string}>};
		expect(again.messages.slice(-2).map(message => message.kind)).toEqual(['agent', 'note']);
	});

	it('answers a bad flag with exit 2 and one clear line on stderr, no stack trace', () => {
		const result = deskterm(['queue', '--bogus']);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe("deskterm: queue: unknown option '--bogus'\n");
		const unknownCommand = deskterm(['frobnicate']);
		expect(unknownCommand.status).toBe(2);
		expect(unknownCommand.stderr).toBe('deskterm: unknown command "frobnicate" (run deskterm --help for the list)\n');
		const missing = deskterm(['show', 'no-such-conversation']);
		expect(missing.status).toBe(1);
		expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(missing.stderr).not.toMatch(noStackTrace);
	});

	it('prints plain tab-separated rows into a pipe, and stops quietly when head closes it', () => {
		const result = shell(`${base} queue --data-dir ${quote(dataDir)} | head -n 5`);
		expect(result.stderr).toBe('');
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(5);
		for (const line of lines) {
			const cells = line.split('\t');
			expect(cells).toHaveLength(8);
			expect(cells[3]).toMatch(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)?$/);
		}
		expect(result.stdout).not.toContain('\u001B');
		expect(lines[0]).not.toMatch(/^ID\t/);
	});

	it('refuses a reply in read-only mode with exit 1 and leaves the thread as it was', () => {
		const id = ids[2] ?? ids[0]!;
		const before = JSON.parse(deskterm(['show', id, '--json', '--fields', 'messageCount']).stdout) as {messageCount: number};
		const result = deskterm(['reply', id, '--body', 'should not be sent', '--read-only']);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('deskterm: read-only mode: cannot send replies (started with --read-only or a read-only profile)\n');
		const after = JSON.parse(deskterm(['show', id, '--json', '--fields', 'messageCount']).stdout) as {messageCount: number};
		expect(after.messageCount).toBe(before.messageCount);
	});

	it('reads the data directory from DESKTERM_DATA_DIR too', () => {
		const result = spawnSync(process.execPath, [cli, 'show', replied.id, '--json', '--fields', 'messages'], {env: environment({DESKTERM_DATA_DIR: dataDir}), encoding: 'utf8'});
		expect(result.status).toBe(0);
		const messages = (JSON.parse(result.stdout) as {messages: Array<{body: string}>}).messages;
		expect(messages.some(message => message.body === replied.body)).toBe(true);
	});
});

// Colour needs a terminal: util-linux `script` gives the process a real PTY.
const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0;
if (!hasScript) console.log('binary colour tests not run: util-linux `script` (for a PTY) is not installed');

describe.runIf(hasScript)('colour on a terminal, and NO_COLOR / --no-color', () => {
	const onTerminal = (args: string, env: NodeJS.ProcessEnv = {}) =>
		shell(`script -qec ${quote(`${base} ${args} --data-dir ${quote(dataDir)}`)} /dev/null`, {TERM: 'xterm-256color', COLUMNS: '100', ...env});

	it('colours the table on a terminal', () => {
		const result = onTerminal('queue --limit 20');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/\u001B\[\d+m/);
		expect(result.stdout.replace(/\u001B\[\d+m/g, '')).toMatch(/^ID +CUSTOMER +SUBJECT/m);
	});

	it('prints no colour with --no-color or NO_COLOR, and still a table with a header', () => {
		for (const result of [onTerminal('queue --limit 20 --no-color'), onTerminal('queue --limit 20', {NO_COLOR: '1'})]) {
			expect(result.status).toBe(0);
			expect(result.stdout).not.toMatch(/\u001B\[\d+m/);
			expect(result.stdout).toMatch(/^ID +CUSTOMER +SUBJECT/m);
		}
	});
});
