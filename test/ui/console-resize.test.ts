// The built console in tmux, resized again and again while it runs: what is on screen afterwards is what
// a fresh start at that size shows (no stale rows, READ-ONLY intact), and hostile customer text is shown
// visibly, never obeyed (no clipboard write, no link, no raw escape in what the program wrote).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {payloads} from '../helpers/hostile-text.js';
import {hasTmux, openTerminal, type Terminal} from '../helpers/tmux-terminal.js';

const root = join(import.meta.dirname, '..', '..');
const cli = process.env['DESKTERM_TEST_CLI'] ?? join(root, 'dist', 'cli.js');
if (!hasTmux) console.log('console-resize.test.ts: not run, tmux is not installed');

const work = mkdtempSync(join(tmpdir(), 'deskterm-resize-'));
const dataDir = join(work, 'desk');
const env = {PATH: process.env['PATH'] ?? '', HOME: work, DESKTERM_REFRESH_SECONDS: '0'};
const opened: Terminal[] = [];
afterAll(() => {
	for (const terminal of opened) terminal.close();
	rmSync(work, {recursive: true, force: true});
});

function deskterm(...argv: string[]): string {
	const result = spawnSync(process.execPath, [cli, '--data-dir', dataDir, ...argv], {encoding: 'utf8', env});
	if (result.status !== 0) throw new Error(`deskterm ${argv.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

function consoleAt(columns: number, rows: number, record = false): Terminal {
	const terminal = openTerminal({command: [process.execPath, cli, '--data-dir', dataDir, '--read-only'], env, columns, rows, record});
	opened.push(terminal);
	return terminal;
}

// Triage badges arrive in the background: the queue is ready to drive once the first of them shows.
const settled = (screen: string) => (/^[› ] \d+ .* S:[LMH] /m.test(screen) ? null : 'no triage badge yet');

// The two consoles started at different moments: under load a wait can read "1m" in one and "2m" in the other.
// Durations are compared as placeholders (and runs of blanks as one, since "59m" and "1h" pad differently), so every
// other character must still match: a stale cell left behind by a resize is never a duration or a blank.
const withoutDurations = (screen: string) => screen.replace(/\b\d+[smhd]\b/g, '#').replace(/ {2,}/g, ' ');

function sameScreen(expected: Terminal) {
	return (shown: string) => {
		const fresh = expected.screen();
		// A screen being redrawn is not yet a screen: both must show their status bar first.
		if (!fresh.startsWith('READ-ONLY')) return `the fresh console has no status bar yet:\n${fresh}\n`;
		return withoutDurations(shown) === withoutDurations(fresh) ? null : `the resized console differs from a fresh one, which shows:\n${fresh}\n`;
	};
}

beforeAll(() => {
	expect(existsSync(cli), `${cli} is built by npm test (npm run build)`).toBe(true);
	deskterm('demo', 'reset', '--conversations', '60', '--seed', 'small', '--yes');
	const body = `Hello ${payloads.clipboard}${payloads.csi} ${payloads.c1} ${payloads.title}`;
	deskterm('demo', 'incoming', '--customer', `Eve ${payloads.bidi}`, '--email', 'eve@hostile.example', '--subject', `Refund ${payloads.link}`, '--body', body);
});

describe.runIf(hasTmux)('console rendering integrity', () => {
	it('after many fast resizes the screen equals a fresh start at the final size, scrolled to the end and to the top', async () => {
		const pane = consoleAt(120, 40);
		await pane.waitUntil(settled);
		pane.press('G');
		await pane.waitUntil(settled);
		for (const [columns, rows] of [[80, 24], [60, 20], [100, 30], [100, 22], [130, 45], [130, 26]] as const) pane.resize(columns, rows);
		const fresh = consoleAt(130, 26);
		// Pressed before the badges arrive, G would land on a row the triage order then moves: wait as for the pane.
		await fresh.waitUntil(settled);
		fresh.press('G');
		const shown = await pane.waitUntil(sameScreen(fresh), 30_000);
		expect(shown.split('\n')[0]).toContain('READ-ONLY');
		expect(shown.split('\n').every(line => [...line].length <= 130)).toBe(true);

		// Back to the top, then grow: the other direction of every layout change.
		pane.press('g');
		fresh.press('g');
		for (const [columns, rows] of [[90, 26], [90, 19], [110, 36], [110, 28]] as const) pane.resize(columns, rows);
		fresh.resize(110, 28);
		const grown = await pane.waitUntil(sameScreen(fresh), 30_000);
		expect(grown.split('\n')[0]).toContain('READ-ONLY');
	}, 90_000);

	it('shows hostile customer text visibly in the queue and the conversation, and obeys none of it', async () => {
		const pane = consoleAt(120, 30, true);
		await pane.waitUntil(settled);
		pane.press('/');
		pane.type('Eve invoice');
		pane.press('Enter');
		await pane.waitFor(/^› \d+ +Eve invoice<U\+/m);
		pane.press('Enter');
		await pane.waitFor(/<U\+001B>\]52;c;cm0gLXJmIH4K<U\+0007>/);
		const screen = pane.screen();
		expect(screen).toContain('<U+001B>]8;;https://evil.example/');
		expect(screen).toContain('csi<U+009B>2Jnel<U+0085>');
		expect(pane.clipboard()).toEqual([]);
		// Only our own drawing reaches the terminal: no OSC, no C1, no bidi control in any byte written.
		const written = pane.output();
		expect(written.length).toBeGreaterThan(0);
		expect(written).not.toMatch(/\u001B\]|\u001BP|\u001B_|\u001B\^|\u001BX|[\u0080-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
	}, 60_000);
});
