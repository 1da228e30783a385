// deskterm demo reset through runCli: asks on a terminal, insists on --yes in a script, rebuilds the desk.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import {createTestIo, type TestIo} from '../helpers/test-io.js';

const now = Date.parse('2026-03-02T10:00:00Z');
let dataDir: string;

beforeEach(() => {
	dataDir = mkdtempSync(join(tmpdir(), 'deskterm-demo-reset-'));
});
afterEach(() => rmSync(dataDir, {recursive: true, force: true}));

async function run(argv: string[], io: TestIo = createTestIo()): Promise<{code: number; io: TestIo}> {
	const code = await runCli(argv, io, {env: {DESKTERM_DATA_DIR: dataDir, HOME: dataDir}, clock: () => now});
	return {code, io};
}

async function total(statuses = 'open,pending,snoozed,closed'): Promise<number> {
	const {io} = await run(['queue', '--status', statuses, '--json', '--fields', 'id', '--limit', '1000']);
	return (JSON.parse(io.stdout()) as unknown[]).length;
}

describe('deskterm demo reset', () => {
	it('rebuilds the desk with --yes and prints a one-line summary', async () => {
		const {code, io} = await run(['demo', 'reset', '--conversations', '60', '--seed', 'small', '--yes']);
		expect(io.stderr()).toBe('');
		expect(code).toBe(0);
		expect(io.stdout()).toMatch(/^Reset the local desk at .*desk\.sqlite: 60 conversations \(\d+ not closed\), \d+ customers, \d+ messages, seed "small", [\d.]+ MB in [\d.]+ s\.\n$/);
		expect(await total()).toBe(60);
	});

	it('reports progress on stderr for a large desk', async () => {
		const {code, io} = await run(['demo', 'reset', '--conversations', '20000', '--yes']);
		expect(code).toBe(0);
		expect(io.stderr()).toBe(
			[2, 4, 6, 8, 10, 12, 14, 16, 18].map(thousands => `demo reset: ${thousands},000 of 20,000 conversations\n`).join('') + 'demo reset: indexing for search\n',
		);
		expect(io.stdout()).toMatch(/: 20,000 conversations/);
	});

	it('refuses without --yes when it cannot ask, and leaves the desk alone', async () => {
		await run(['demo', 'reset', '--conversations', '40', '--yes']);
		const {code, io} = await run(['demo', 'reset', '--conversations', '80']);
		expect(code).toBe(2);
		expect(io.stderr()).toMatch(/^deskterm: demo reset destroys the local desk at .*; add --yes to confirm/);
		expect(io.stderr().trimEnd().split('\n')).toHaveLength(1);
		expect(await total()).toBe(40);
	});

	it('asks on a terminal, and No is the default', async () => {
		await run(['demo', 'reset', '--conversations', '40', '--yes']);
		const declined = await run(['demo', 'reset', '--conversations', '80'], createTestIo({isStdoutTty: true, isStdinTty: true, stdin: '\n'}));
		expect(declined.io.stderr()).toMatch(/\[y\/N\] Cancelled: the local desk is unchanged\.\n$/);
		expect(declined.code).toBe(1);
		expect(await total()).toBe(40);
		const accepted = await run(['demo', 'reset', '--conversations', '80'], createTestIo({isStdoutTty: true, isStdinTty: true, stdin: 'y\n'}));
		expect(accepted.code).toBe(0);
		expect(await total()).toBe(80);
	});

	it('checks its flags', async () => {
		for (const bad of ['12', 'many', '2000000', '-5']) {
			const {code, io} = await run(['demo', 'reset', '--conversations', bad, '--yes']);
			expect(code, bad).toBe(2);
			expect(io.stderr(), bad).toMatch(/^deskterm: demo reset: --conversations must be a whole number from 20 to 1,000,000\n$|unknown option|argument/);
		}
		expect((await run(['demo', 'reset', '--seed', ' ', '--yes'])).code).toBe(2);
	});

	it('gives the same desk for the same seed', async () => {
		const subjects = async () => {
			const {io} = await run(['queue', '--status', 'open,pending,snoozed,closed', '--sort', 'created', '--json', '--fields', 'subject,customerName,status', '--limit', '1000']);
			return io.stdout();
		};
		await run(['demo', 'reset', '--conversations', '50', '--seed', 'alpha', '--yes']);
		const first = await subjects();
		await run(['demo', 'reset', '--conversations', '50', '--seed', 'beta', '--yes']);
		const other = await subjects();
		await run(['demo', 'reset', '--conversations', '50', '--seed', 'alpha', '--yes']);
		expect(await subjects()).toBe(first);
		expect(other).not.toBe(first);
	});

	it('works only on the local desk, and never in read-only mode', async () => {
		const io = createTestIo();
		const code = await runCli(['demo', 'reset', '--profile', 'work', '--yes'], io, {
			env: {DESKTERM_DATA_DIR: dataDir, HOME: dataDir},
			loadProfile: async name => ({name: name ?? 'work', provider: 'rt', settings: {}}),
		});
		expect(code).toBe(2);
		expect(io.stderr()).toBe('deskterm: demo reset works on the local desk only; profile "work" uses the rt back end\n');
		const readOnly = await run(['demo', 'reset', '--read-only', '--yes']);
		expect(readOnly.code).toBe(1);
		expect(readOnly.io.stderr()).toMatch(/read-only mode/);
		expect(existsSync(join(dataDir, 'desk.sqlite'))).toBe(false);
	});
});
