// The built binary (dist/cli.js) run as a script runs it, with only a home, config and data dir of its own.
import {execFileSync, spawnSync} from 'node:child_process';
import {join} from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const desktermBinary = join(root, 'dist', 'cli.js');

/** Builds dist/ when a source is newer (the integration tests' beforeAll). */
export function buildBinaryIfStale(): void {
	execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], {stdio: 'ignore'});
}

export function runDeskterm(home: string, args: string[], input = '') {
	const result = spawnSync(process.execPath, [desktermBinary, ...args], {
		input,
		encoding: 'utf8',
		env: {PATH: process.env['PATH'] ?? '', HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data'), NO_COLOR: '1'},
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
