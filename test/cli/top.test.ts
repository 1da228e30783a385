// deskterm top's non-interactive twins: one frame as text in a pipe (80x24), the overview as JSON (the
// same as summary's), and clear usage errors.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import {createTestIo} from '../helpers/test-io.js';

const now = Date.parse('2026-03-02T10:00:00Z');
let dataDir: string;

async function run(argv: string[], env: Record<string, string> = {}) {
	const io = createTestIo();
	const code = await runCli(argv, io, {env: {DESKTERM_DATA_DIR: dataDir, HOME: dataDir, ...env}, clock: () => now});
	return {code, stdout: io.stdout(), stderr: io.stderr()};
}

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'deskterm-top-'));
	expect((await run(['demo', 'reset', '--conversations', '150', '--seed', 'top', '--yes'])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dataDir, {recursive: true, force: true}));

describe('deskterm top without a terminal', () => {
	it('prints one frame that fits 80x24, with the numbers summary --json gives', async () => {
		const frame = await run(['top']);
		expect(frame.stderr).toBe('');
		expect(frame.code).toBe(0);
		const lines = frame.stdout.trimEnd().split('\n');
		expect(lines.length).toBeLessThanOrEqual(23);
		expect(lines.every(line => [...line].length <= 80)).toBe(true);
		const summary = JSON.parse((await run(['summary', '--json'])).stdout) as {live: number; breached: Array<{id: string}>; unassigned: number};
		expect(frame.stdout).toContain(`Live ${summary.live}: `);
		expect(frame.stdout).toContain(`unassigned ${summary.unassigned}`);
		expect(frame.stdout).toContain(`${summary.breached.length} breached`);
		expect(frame.stdout).toMatch(new RegExp(`^› #${summary.breached[0]!.id} `, 'm'));
		expect(frame.stdout).toMatch(/^last 7d: FRT people \S+ median \(n \d+\)/m);
	});

	it('prints ASCII sparklines on TERM=dumb', async () => {
		const frame = await run(['top', '--once'], {TERM: 'dumb'});
		expect(frame.stdout).toMatch(/^Opened 24h [_.\-=+*#@]{24} \d+ · 14d [_.\-=+*#@]{14} \d+/m);
	});

	it('--json is the overview summary --json prints', async () => {
		const top = JSON.parse((await run(['top', '--json'])).stdout) as Record<string, unknown>;
		const summary = JSON.parse((await run(['summary', '--json'])).stdout) as Record<string, unknown>;
		expect(top).toEqual(summary);
	});

	it('shows replies each agent wrote today, counted here from the desk file, and one more after a reply', async () => {
		const today = Date.parse('2026-03-02T00:00:00Z');
		const counted = () => {
			const db = new DatabaseSync(join(dataDir, 'desk.sqlite'), {readOnly: true});
			const rows = db.prepare("SELECT author_id AS id, count(*) AS n FROM messages WHERE created_at >= ? AND kind IN ('agent', 'bot') GROUP BY author_id").all(today);
			db.close();
			return new Map(rows.map(row => [String(row['id']), Number(row['n'])]));
		};
		const load = async () => (JSON.parse((await run(['summary', '--json'])).stdout) as {load: Array<{agentId: string; repliedToday: number | null}>}).load;
		const before = counted();
		expect([...before.values()].some(count => count > 0)).toBe(true);
		for (const row of await load()) expect(row.repliedToday).toBe(before.get(row.agentId) ?? 0);
		const [open] = JSON.parse((await run(['queue', '--json', '--limit', '1'])).stdout) as Array<{id: string}>;
		expect((await run(['reply', open!.id, '--body', 'Looking into it now.'])).code).toBe(0);
		const after = await load();
		const grew = after.filter(row => row.repliedToday !== (before.get(row.agentId) ?? 0));
		expect(grew).toHaveLength(1);
		expect(grew[0]!.repliedToday).toBe((before.get(grew[0]!.agentId) ?? 0) + 1);
		expect(counted().get(grew[0]!.agentId)).toBe(grew[0]!.repliedToday);
		const frame = (await run(['top'])).stdout;
		expect(frame).toMatch(/REPLIED TODAY/);
		expect(frame).not.toMatch(/ n\/a$/m);
	});

	it('refuses a bad interval or period with exit 2', async () => {
		const interval = await run(['top', '--interval', '0']);
		expect(interval.code).toBe(2);
		expect(interval.stderr).toBe('deskterm: top: --interval takes a number of seconds from 1 to 3600, not "0"\n');
		const since = await run(['top', '--since', 'yesterday']);
		expect(since.code).toBe(2);
		expect(since.stderr).toContain('top: --since takes a span before now');
	});
});
