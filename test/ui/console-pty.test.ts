// The built console in a real terminal (a tmux pane at 80x24), driven with keys like a person would.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {hasTmux, openTerminal, type Terminal} from '../helpers/tmux-terminal.js';

const root = join(import.meta.dirname, '..', '..');
const cli = process.env['DESKTERM_TEST_CLI'] ?? join(root, 'dist', 'cli.js');
if (!hasTmux) console.log('console-pty.test.ts: not run, tmux is not installed');

const work = mkdtempSync(join(tmpdir(), 'deskterm-pty-'));
// The console and the check after it see the same small environment, never the developer's own profiles.
const env = {PATH: process.env['PATH'] ?? '', HOME: work, DESKTERM_REFRESH_SECONDS: '0'};
let terminal: Terminal | undefined;
afterAll(() => {
	terminal?.close();
	rmSync(work, {recursive: true, force: true});
});

describe.runIf(hasTmux)('the console in a real terminal', () => {
	it('opens on the demo desk at 80x24, answers a conversation from the keyboard, and gives the shell back', async () => {
		expect(existsSync(cli), `${cli} is built by npm test (npm run build)`).toBe(true);
		const dataDir = join(work, 'desk');
		terminal = openTerminal({command: [process.execPath, cli, '--data-dir', dataDir], env, columns: 80, rows: 24});
		const pane = terminal;

		await pane.waitFor(/^› \d+ /m);
		// Triage badges arrive in the background; the rows make room for them (channel and assignee give way).
		await pane.waitFor(/^› \d+ .* S:[LMH]/m);
		const queue = pane.screen();
		expect(queue).toMatch(/CUSTOMER +SUBJECT +WAIT +STATUS +PRIO/);
		expect(queue.split('\n').every(line => [...line].length <= 80)).toBe(true);
		pane.press('Enter');
		const [, id] = await pane.waitFor(/^#(\d+) /m);
		pane.press('r');
		await pane.waitFor(/▶ Reply to /);
		pane.type('Thanks for waiting, this is sorted now.');
		pane.press('C-s');
		await pane.waitFor(new RegExp(`Reply sent to #${id}`));
		await pane.waitFor(/│ Thanks for waiting, this is sorted now\./);
		pane.press('Escape');
		await pane.waitFor(/^› /m);
		pane.press('q');
		expect(await pane.exitCode()).toBe(0);
		expect(pane.screen()).not.toContain('CUSTOMER');

		const shown = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'show', id!, '--json'], {encoding: 'utf8', env});
		expect(shown.status, shown.stderr).toBe(0);
		const messages = (JSON.parse(shown.stdout) as {messages: Array<{kind: string; body: string}>}).messages;
		expect(messages.at(-1)).toMatchObject({kind: 'agent', body: 'Thanks for waiting, this is sorted now.'});
	}, 60_000);
});
