// The built binary keeps Node's compile cache in the user's cache directory, and runs the same without one.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const home = mkdtempSync(join(tmpdir(), 'deskterm-compile-cache-'));

function deskterm(args: string[], env: NodeJS.ProcessEnv) {
	return spawnSync(process.execPath, [cli, ...args], {env: {PATH: process.env['PATH'], HOME: home, ...env}, encoding: 'utf8', timeout: 60_000});
}

/** Every file under a directory, recursively. */
function filesUnder(directory: string): string[] {
	return readdirSync(directory, {withFileTypes: true, recursive: true}).filter(entry => entry.isFile()).map(entry => entry.name);
}

beforeAll(() => {
	const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], {encoding: 'utf8'});
	if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
});

afterAll(() => rmSync(home, {recursive: true, force: true}));

describe('the compile cache of the built binary', () => {
	it('is written under $XDG_CACHE_HOME/deskterm/compile-cache by a command', () => {
		const cache = join(home, 'xdg-cache');
		const result = deskterm(['queue', '--json', '--limit', '1', '--data-dir', join(home, 'desk')], {XDG_CACHE_HOME: cache});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout)).toHaveLength(1);
		expect(filesUnder(join(cache, 'deskterm', 'compile-cache')).length).toBeGreaterThan(3);
	});

	it('is skipped quietly when the cache directory cannot be made', () => {
		const blocker = join(home, 'not-a-directory');
		writeFileSync(blocker, '');
		const result = deskterm(['--version'], {XDG_CACHE_HOME: blocker});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^deskterm \d+\.\d+\.\d+\n$/);
	});

	it('is not written with NODE_DISABLE_COMPILE_CACHE', () => {
		const cache = join(home, 'disabled-cache');
		const result = deskterm(['--version'], {XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: '1'});
		expect(result.status).toBe(0);
		expect(existsSync(join(cache, 'deskterm'))).toBe(false);
	});
});
