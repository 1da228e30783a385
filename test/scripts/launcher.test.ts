// The bin's launcher (scripts/launcher.mjs): dist/cli.js run by sh sets glibc's arena limit, unless the user set one,
// and runs itself with node, its arguments as given; run by node it is the same program.
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types.
import {launcherHead, launchEnv, withLauncher} from '../../scripts/launcher.mjs';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'deskterm-launcher-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

// A program behind the launcher that prints what it was started with.
const script = join(work, 'show-env.mjs');
writeFileSync(script, withLauncher('#!/usr/bin/env node\nprocess.stdout.write(JSON.stringify({arena: process.env.MALLOC_ARENA_MAX ?? null, args: process.argv.slice(2)}));\n'));
chmodSync(script, 0o755);

/** Runs a file as the shell runs a bin: by its #! line, with this test's node first on PATH. */
function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
	const result = spawnSync(file, args, {env: {PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, ...env}, encoding: 'utf8'});
	expect(result.stderr).toBe('');
	return JSON.parse(result.stdout) as {arena: string | null; args: string[]};
}

describe('the launcher', () => {
	it('sets MALLOC_ARENA_MAX to 2 and passes every argument as it was given', () => {
		expect(launchEnv).toEqual({MALLOC_ARENA_MAX: '2'});
		expect(run(script, ['queue', 'two words', '--json', "it's", ''])).toEqual({arena: '2', args: ['queue', 'two words', '--json', "it's", '']});
	});

	it('keeps a value the user set', () => {
		expect(run(script, [], {MALLOC_ARENA_MAX: '8'}).arena).toBe('8');
	});

	it('works through a symlink, as npm links the bin', () => {
		const link = join(work, 'deskterm');
		symlinkSync(script, link);
		expect(run(link, ['--version'])).toEqual({arena: '2', args: ['--version']});
	});

	it('is the same program when node runs the file itself', () => {
		const result = spawnSync(process.execPath, [script, 'x'], {env: {}, encoding: 'utf8'});
		expect(JSON.parse(result.stdout)).toEqual({arena: null, args: ['x']});
	});

	it('heads the built dist/cli.js, which starts through it', () => {
		const cli = join(root, 'dist', 'cli.js');
		expect(existsSync(cli), `${cli} is built by npm test (npm run build)`).toBe(true);
		expect(readFileSync(cli, 'utf8').startsWith(launcherHead)).toBe(true);
		const version = spawnSync(cli, ['--version'], {env: {PATH: `${dirname(process.execPath)}:/usr/bin:/bin`}, encoding: 'utf8'});
		expect(version.stdout).toMatch(/^deskterm \d+\.\d+\.\d+/);
	});
});
