// A home for the completion tests: `deskterm` on PATH (the built binary), a local desk, and helpers to drive each shell.
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
export const zshHarness = join(import.meta.dirname, 'zsh-complete.zsh');
export const zshSetup = join(import.meta.dirname, 'zsh-setup.zsh');

export function hasProgram(name: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).status === 0;
}

export type Sandbox = {
	home: string;
	env: NodeJS.ProcessEnv;
	/** Runs the built deskterm in the sandbox. */
	deskterm(args: string[], extraEnv?: NodeJS.ProcessEnv): {status: number | null; stdout: string; stderr: string};
	/** Ids the queue command lists (not closed) that start with prefix: what completion should offer. */
	queueIds(prefix: string, args?: string[]): string[];
	/** Writes a file under the home and returns its path. */
	write(name: string, text: string): string;
	cleanup(): void;
};

export function createSandbox(): Sandbox {
	const home = mkdtempSync(join(tmpdir(), 'deskterm-completion-'));
	const bin = join(home, 'bin');
	mkdirSync(bin);
	const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
	writeFileSync(join(bin, 'deskterm'), `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(cli)} "$@"\n`);
	chmodSync(join(bin, 'deskterm'), 0o755);
	// Nothing of the developer's own desk, profiles or shell set-up leaks in.
	const env: NodeJS.ProcessEnv = {PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: home, LANG: 'C.UTF-8', TERM: 'dumb'};
	const deskterm: Sandbox['deskterm'] = (args, extraEnv = {}) => {
		const result = spawnSync(process.execPath, [cli, ...args], {env: {...env, ...extraEnv}, encoding: 'utf8', timeout: 60_000});
		return {status: result.status, stdout: result.stdout, stderr: result.stderr};
	};
	return {
		home,
		env,
		deskterm,
		queueIds(prefix, args = []) {
			const result = deskterm(['queue', '--json', '--fields', 'id', ...args]);
			if (result.status !== 0) throw new Error(`queue failed: ${result.stderr}`);
			return (JSON.parse(result.stdout) as Array<{id: string}>).map(row => row.id).filter(id => id.startsWith(prefix));
		},
		write(name, text) {
			const path = join(home, name);
			mkdirSync(dirname(path), {recursive: true});
			writeFileSync(path, text);
			return path;
		},
		cleanup: () => rmSync(home, {recursive: true, force: true}),
	};
}

export const sorted = (words: readonly string[]) => [...words].sort();
