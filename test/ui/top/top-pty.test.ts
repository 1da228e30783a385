// `deskterm top` in a real terminal (tmux, 80x24, TERM=dumb and NO_COLOR): the dashboard, its keys, and
// a breached conversation opened read-only; the desk is the same before and after (nothing written).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {hasTmux, openTerminal, type Terminal} from '../../helpers/tmux-terminal.js';

const root = join(import.meta.dirname, '..', '..', '..');
const cli = process.env['DESKTERM_TEST_CLI'] ?? join(root, 'dist', 'cli.js');
if (!hasTmux) console.log('top-pty.test.ts: not run, tmux is not installed');

const work = mkdtempSync(join(tmpdir(), 'deskterm-top-pty-'));
const env = {PATH: process.env['PATH'] ?? '', HOME: work, TERM: 'dumb', NO_COLOR: '1'};
let terminal: Terminal | undefined;
afterAll(() => {
	terminal?.close();
	rmSync(work, {recursive: true, force: true});
});

function queueJson(dataDir: string): string {
	const listed = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'queue', '--status', 'all', '--json', '--fields', 'id,version,messageCount,assigneeId'], {encoding: 'utf8', env});
	expect(listed.status, listed.stderr).toBe(0);
	return listed.stdout;
}

describe.runIf(hasTmux)('deskterm top in a real terminal', () => {
	it('shows the dashboard at 80x24 under TERM=dumb, drills down, opens a breached conversation read-only, and quits', async () => {
		expect(existsSync(cli), `${cli} is built by npm test (npm run build)`).toBe(true);
		const dataDir = join(work, 'desk');
		const before = queueJson(dataDir);
		const summary = JSON.parse(spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'summary', '--json'], {encoding: 'utf8', env}).stdout) as {breached: Array<{id: string}>};
		// tmux sets TERM in its pane: the command is started with TERM=dumb, as a dumb terminal would.
		terminal = openTerminal({command: ['env', 'TERM=dumb', process.execPath, cli, '--data-dir', dataDir, 'top', '--interval', '1'], env, columns: 80, rows: 24});
		const pane = terminal;
		await pane.waitFor(/^BREACHED \d+, most overdue first/m);
		const screen = pane.screen();
		expect(screen).toContain(`BREACHED ${summary.breached.length}, most overdue first`);
		await pane.waitFor(/^> #\d+ /m);
		expect(screen).toMatch(/Opened 24h [_.\-=+*#@]{24} \d+/);
		// The triage mix, scored by the dashboard's reader thread beside the refreshes.
		await pane.waitFor(/^Triage (high\/med\/low|% high\/med\/low): severity \d+\/\d+\/\d+ · complexity \d+\/\d+\/\d+ · effort \d+\/\d+\/\d+$/m);
		expect(screen.split('\n').every(line => [...line].length <= 80)).toBe(true);
		expect(screen.split('\n').filter(line => line.trim() !== '').length).toBeGreaterThan(15);
		pane.press('t');
		await pane.waitFor(/· team (?!all)\S/);
		pane.press('c');
		await pane.waitFor(/team all · agent all/);
		pane.press('j');
		await pane.waitFor(new RegExp(`^> #${summary.breached[1]!.id} `, 'm'));
		pane.press('Enter');
		await pane.waitFor(new RegExp(`^#${summary.breached[1]!.id} · `, 'm'));
		await pane.waitFor(/read-only · j\/k scroll/);
		pane.press('r');
		pane.press('Escape');
		await pane.waitFor(/^BREACHED /m);
		pane.press('q');
		expect(await pane.exitCode()).toBe(0);
		expect(queueJson(dataDir)).toBe(before);
	}, 60_000);
});
