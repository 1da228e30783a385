// The built console in a real terminal (a tmux pane at 80x24), driven with keys like a person would.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = process.env['DESKTERM_TEST_CLI'] ?? join(root, 'dist', 'cli.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('console-pty.test.ts: not run, tmux is not installed');

const socket = `deskterm-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', 'console').stdout;

/** Waits until the pane shows the pattern (checking the screen as it changes), or fails showing the screen. */
async function waitForScreen(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const found = pattern.exec(screen());
		if (found) return found;
		if (Date.now() > deadline) throw new Error(`the screen never showed ${String(pattern)}; it shows:\n${screen()}`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

const work = mkdtempSync(join(tmpdir(), 'deskterm-pty-'));
afterAll(() => {
	tmux('kill-server');
	rmSync(work, {recursive: true, force: true});
});

describe.runIf(hasTmux)('the console in a real terminal', () => {
	it('opens on the demo desk at 80x24, answers a conversation from the keyboard, and gives the shell back', async () => {
		expect(existsSync(cli), `${cli} is built by npm test (npm run build)`).toBe(true);
		const dataDir = join(work, 'desk');
		const exitFile = join(work, 'exit-code');
		const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --data-dir ${JSON.stringify(dataDir)}; echo $? > ${JSON.stringify(exitFile)}; echo SHELL-IS-BACK; sleep 60`;
		const started = tmux('new-session', '-d', '-s', 'console', '-x', '80', '-y', '24', '-e', 'DESKTERM_REFRESH_SECONDS=0', command);
		expect(started.status, started.stderr).toBe(0);

		await waitForScreen(/^› \d+ /m);
		const queue = screen();
		expect(queue).toMatch(/CUSTOMER +SUBJECT +WAIT +STATUS +PRIO +ASSIGNEE/);
		expect(queue.split('\n').every(line => [...line].length <= 80)).toBe(true);
		tmux('send-keys', '-t', 'console', 'Enter');
		const [, id] = await waitForScreen(/^#(\d+) /m);
		tmux('send-keys', '-t', 'console', 'r');
		await waitForScreen(/▶ Reply to /);
		tmux('send-keys', '-t', 'console', '-l', 'Thanks for waiting, this is sorted now.');
		tmux('send-keys', '-t', 'console', 'C-s');
		await waitForScreen(new RegExp(`Reply sent to #${id}`));
		await waitForScreen(/│ Thanks for waiting, this is sorted now\./);
		tmux('send-keys', '-t', 'console', 'Escape');
		await waitForScreen(/^› /m);
		tmux('send-keys', '-t', 'console', 'q');
		await waitForScreen(/SHELL-IS-BACK/);
		expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
		expect(screen()).not.toContain('CUSTOMER');

		const shown = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'show', id!, '--json'], {encoding: 'utf8'});
		expect(shown.status, shown.stderr).toBe(0);
		const messages = (JSON.parse(shown.stdout) as {messages: Array<{kind: string; body: string}>}).messages;
		expect(messages.at(-1)).toMatchObject({kind: 'agent', body: 'Thanks for waiting, this is sorted now.'});
	}, 60_000);
});
