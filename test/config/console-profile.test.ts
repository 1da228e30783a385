// The console opens the profile the person chose, like every command: checked through a real terminal.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const hasScript = existsSync('/usr/bin/script');
if (!hasScript) console.warn('console profile test not run: /usr/bin/script (util-linux) is missing');

describe.runIf(hasScript)('the console on a profile', () => {
	let configDir: string;

	beforeAll(() => {
		execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], {stdio: 'ignore'});
		configDir = mkdtempSync(join(tmpdir(), 'deskterm-console-profile-'));
	});
	afterAll(() => rmSync(configDir, {recursive: true, force: true}));

	it('resolves --profile before drawing anything: an unknown one is exit 2 with one line', () => {
		// script(1) gives the binary a terminal on both ends, so it starts the console, not a command.
		const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'dist', 'cli.js'))} --profile ghost`;
		const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], {
			encoding: 'utf8',
			env: {PATH: process.env['PATH'] ?? '', HOME: configDir, DESKTERM_CONFIG_DIR: configDir, DESKTERM_DATA_DIR: join(configDir, 'data'), TERM: 'xterm'},
			timeout: 20_000,
		});
		expect(result.stdout.trim()).toBe('deskterm: no profile named "ghost" (known: local): create it with deskterm login <provider> --profile ghost');
		expect(result.status).toBe(2);
	});
});
