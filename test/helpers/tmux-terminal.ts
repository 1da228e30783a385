// A real terminal for end-to-end tests: a detached tmux session on its own socket, read like a person
// reads the screen (capture-pane) and typed at with real keys (send-keys); killed when closed.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export type TerminalOptions = {
	/** The program and its arguments, run in the pane (no shell expansion of the arguments). */
	command: readonly string[];
	/** The whole environment of the pane (nothing else leaks in from the test process). */
	env: Record<string, string>;
	columns?: number;
	rows?: number;
	/** Record every byte the program writes (tmux pipe-pane); the program starts once recording has. */
	record?: boolean;
};

export type Terminal = {
	screen(): string;
	/** Waits until the screen shows the pattern, or fails showing the screen as it was. */
	waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
	/** Waits until check(screen) finds nothing wrong (returns null), or fails with what it last found. */
	waitUntil(check: (screen: string) => string | null, timeoutMs?: number): Promise<string>;
	/** Resizes the window, as a person dragging the terminal's corner does (the program gets SIGWINCH). */
	resize(columns: number, rows: number): void;
	/** With record: everything the program has written so far, escape sequences included. */
	output(): string;
	/** tmux's paste buffers: what an OSC 52 clipboard write would have filled (set-clipboard is on). */
	clipboard(): string[];
	/** Presses keys by tmux name: 'Enter', 'Escape', 'C-s', '/', 'r' ... */
	press(...keyNames: string[]): void;
	/** Types text literally, character by character as a keyboard would. */
	type(text: string): void;
	/** Waits for the program to end and returns its exit code. */
	exitCode(timeoutMs?: number): Promise<number>;
	close(): void;
};

const shellQuote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
const exitMarker = /deskterm-test-exit=(\d+)/;

export function openTerminal(options: TerminalOptions): Terminal {
	// A socket of our own in a directory of our own: no clash with other tests, nothing left behind.
	const socketDir = mkdtempSync(join(tmpdir(), 'deskterm-tmux-'));
	const socket = join(socketDir, 'socket');
	const env = {SHELL: '/bin/sh', LANG: 'C.UTF-8', ...options.env};
	const tmux = (...args: string[]) => {
		const result = spawnSync('tmux', ['-S', socket, ...args], {encoding: 'utf8', env});
		if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr.trim()}`);
		return result.stdout;
	};
	// The pane outlives the program so the test can read its exit code and last screen.
	const start = options.record ? 'read deskterm_go; ' : '';
	const command = `${start}${options.command.map(shellQuote).join(' ')}; echo "deskterm-test-exit=$?"; sleep 120`;
	tmux('new-session', '-d', '-s', 'main', '-x', String(options.columns ?? 80), '-y', String(options.rows ?? 24), command);
	// A window sized by the test, not by a client; OSC 52 from the program lands in tmux's buffers.
	tmux('set-option', '-g', 'window-size', 'manual');
	tmux('set-option', '-g', 'set-clipboard', 'on');
	const recording = join(socketDir, 'output');
	if (options.record) {
		tmux('pipe-pane', '-o', '-t', 'main', `cat >> ${shellQuote(recording)}`);
		tmux('send-keys', '-t', 'main', 'Enter');
	}
	const screen = () => tmux('capture-pane', '-p', '-t', 'main');

	async function waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const shown = screen();
			const found = pattern.exec(shown);
			if (found) return found;
			if (Date.now() > deadline) throw new Error(`the screen never showed ${String(pattern)}; it shows:\n${shown}`);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
	}

	async function waitUntil(check: (shown: string) => string | null, timeoutMs = 20_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const shown = screen();
			const problem = check(shown);
			if (problem === null) return shown;
			if (Date.now() > deadline) throw new Error(`${problem}; the screen shows:\n${shown}`);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
	}

	return {
		screen,
		waitFor,
		waitUntil,
		resize: (columns, rows) => void tmux('resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows)),
		output: () => (existsSync(recording) ? readFileSync(recording, 'utf8') : ''),
		clipboard: () => tmux('list-buffers', '-F', '#{buffer_sample}').split('\n').filter(line => line !== ''),
		press: (...keyNames) => void tmux('send-keys', '-t', 'main', ...keyNames),
		type: text => void tmux('send-keys', '-t', 'main', '-l', text),
		exitCode: async (timeoutMs = 20_000) => Number((await waitFor(exitMarker, timeoutMs))[1]),
		close: () => {
			spawnSync('tmux', ['-S', socket, 'kill-server'], {env});
			rmSync(socketDir, {recursive: true, force: true});
		},
	};
}
