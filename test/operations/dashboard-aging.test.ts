// The dashboard's triage mix ages as `triage --all` does: the same demo desk, its clock moved past waiting bands
// and targets with nothing written, gives the mix a fresh full scoring gives at that clock.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import {createDashboardSource} from '../../source/operations/dashboard-source.js';
import {openTestDesk, seededAt, type TestDesk} from '../providers/local/local-desk.js';
import {createTestIo} from '../helpers/test-io.js';

type Mix = Record<'complexity' | 'severity' | 'effort', Record<'low' | 'medium' | 'high', number>>;
type ScoredRow = {status: string} & Record<keyof Mix, {level: 'low' | 'medium' | 'high'}>;

let desk: TestDesk;
let configDir: string;
let now = seededAt;

beforeAll(async () => {
	desk = await openTestDesk();
	configDir = mkdtempSync(join(tmpdir(), 'deskterm-aging-config-'));
}, 60_000);
afterAll(async () => {
	await desk.cleanup();
	rmSync(configDir, {recursive: true, force: true});
});

async function cli(argv: string[]): Promise<string> {
	const io = createTestIo();
	const code = await runCli(argv, io, {env: {DESKTERM_DATA_DIR: desk.dataDir, DESKTERM_CONFIG_DIR: configDir, HOME: desk.dataDir}, clock: () => now});
	expect([code, io.stderr()]).toEqual([0, '']);
	return io.stdout();
}

const mixOf = async (argv: string[]) => (JSON.parse(await cli(argv)) as {triageMix: Mix}).triageMix;

/** The mix of `triage --all --json` (every live conversation, no template lookup), counted here. */
async function freshMix(): Promise<Mix> {
	// JSON lines: one scored conversation a line.
	const lines = (await cli(['triage', '--all', '--status', 'open,pending,snoozed', '--no-templates', '--json'])).trim().split('\n');
	const rows = lines.map(line => JSON.parse(line) as ScoredRow);
	const mix: Mix = {complexity: {low: 0, medium: 0, high: 0}, severity: {low: 0, medium: 0, high: 0}, effort: {low: 0, medium: 0, high: 0}};
	for (const row of rows) for (const axis of ['complexity', 'severity', 'effort'] as const) mix[axis][row[axis].level]++;
	return mix;
}

describe('the dashboard’s triage mix as the clock moves', () => {
	it('matches a fresh full scoring at each clock, through the one scorer the dashboard keeps between refreshes', async () => {
		const source = await createDashboardSource({provider: desk.provider, configDir, clock: () => now, since: '7d'});
		const first = await source.overview({});
		expect(first.triageMix).toEqual(await freshMix());
		const risky = first.atRisk.length + first.breached.length;
		// Past every waiting band and past the targets running now; nothing on the desk is written.
		for (const step of [5 * 3_600_000, 20 * 3_600_000]) {
			now += step;
			desk.setNow(now);
			const later = await source.overview({});
			const fresh = await freshMix();
			expect(later.triageMix).toEqual(fresh);
			expect(later.triageMix).toEqual(await mixOf(['summary', '--json']));
			expect(later.triageMix).not.toEqual(first.triageMix);
			expect(later.atRisk.length + later.breached.length).toBeGreaterThan(risky);
		}
		expect(await mixOf(['top', '--json'])).toEqual(await freshMix());
	}, 60_000);
});
