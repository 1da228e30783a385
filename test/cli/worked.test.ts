// `--worked DURATION` on reply, note, status and close: parsed with one clear error, checked before the write,
// recorded as a 'worked' event once the write stands, refused in read-only mode, and counted by `stats`.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import type {Figure} from '../../source/domain/metrics/figure.js';
import {testNow} from '../helpers/conversations.js';
import {createMemoryProvider, outboxKey} from '../helpers/memory-provider.js';
import {createTestIo} from '../helpers/test-io.js';
import {deskConversations, run} from './cli-fixtures.js';

const keeping = () => createMemoryProvider(deskConversations(), {recordsActivity: true});
const worked = (id: string, seconds: number) => ({method: 'recordActivity', id, input: {kind: 'worked', conversationId: id, at: testNow, agentId: 'a1', seconds}});

describe('--worked', () => {
	it.each([
		[['reply', '1043', '--body', 'On it.', '--worked', '5m'], {method: 'reply', id: '1043', input: {body: 'On it.', idempotencyKey: outboxKey}}, 300],
		[['note', '1043', '--body', 'Checked.', '--worked', '90s'], {method: 'addNote', id: '1043', input: {body: 'Checked.', idempotencyKey: outboxKey}}, 90],
		[['close', '1043', '--worked', '1h30m'], {method: 'setStatus', id: '1043', input: {status: 'closed'}}, 5400],
		[['status', '1043', 'pending', '--worked', '2m'], {method: 'setStatus', id: '1043', input: {status: 'pending'}}, 120],
	])('%j: the write, then one worked event', async (argv, write, seconds) => {
		const result = await run(argv, {provider: keeping()});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.provider.writes).toEqual([write, worked('1043', seconds)]);
	});

	it('close alone sets the status to closed and records nothing else', async () => {
		const result = await run(['close', '1043'], {provider: keeping()});
		expect(result.stdout).toBe('Set #1043 (Ben Okafor: Webhook returns 500) to closed.\n');
		expect(result.provider.writes).toEqual([{method: 'setStatus', id: '1043', input: {status: 'closed'}}]);
	});

	it.each(['5', 'abc', '0m', '', '5 minutes', '1.5'])('refuses --worked "%s" with exit 2 before anything is written', async given => {
		const result = await run(['reply', '1043', '--body', 'On it.', '--worked', given], {provider: keeping()});
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('deskterm: --worked: expected a duration like 90s, 5m or 1h30m\n');
		expect(result.provider.writes).toEqual([]);
	});

	it('refuses more than a day in one go', async () => {
		const result = await run(['close', '1043', '--worked', '25h'], {provider: keeping()});
		expect([result.code, result.stderr]).toEqual([2, 'deskterm: --worked: 1d1h is more than a day in one go (give at most 24h)\n']);
		expect(result.provider.writes).toEqual([]);
	});

	it('refuses in read-only mode like any write, and writes nothing', async () => {
		const result = await run(['reply', '1043', '--body', 'On it.', '--worked', '5m', '--read-only'], {provider: keeping()});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: read-only mode: cannot record time worked (started with --read-only or a read-only profile)\n');
		expect(result.provider.writes).toEqual([]);
	});

	it('says so, and sends nothing, when the back end keeps no time worked', async () => {
		const result = await run(['reply', '1043', '--body', 'On it.', '--worked', '5m']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: test desk does not keep time worked (--worked)\n');
		expect(result.provider.writes).toEqual([]);
	});

	it('records nothing when the write itself is refused', async () => {
		const result = await run(['status', '1043', 'bogus', '--worked', '5m'], {provider: keeping()});
		expect(result.code).toBe(2);
		expect(result.provider.writes).toEqual([]);
	});

	it('is counted by stats: AHT takes the new conversation with its time worked', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-worked-stats-'));
		const env = {DESKTERM_DATA_DIR: dataDir, HOME: dataDir};
		const cli = async (argv: string[], at = testNow) => {
			const io = createTestIo();
			const code = await runCli(argv, io, {env, clock: () => at});
			expect(code, io.stderr()).toBe(0);
			return io.stdout();
		};
		const aht = async () => ((JSON.parse(await cli(['stats', '--since', '3650d', '--json'], testNow + 60_000)) as {figures: Figure[]}).figures.find(figure => figure.id === 'aht'))!;
		try {
			await cli(['demo', 'reset', '--conversations', '20', '--seed', 'worked', '--yes']);
			const before = await aht();
			const id = (JSON.parse(await cli(['demo', 'incoming', '--customer', 'Ada Lovelace', '--subject', 'Refund?', '--body', 'Where is it?', '--json'])) as {conversationId: string}).conversationId;
			await cli(['reply', id, '--body', 'On its way.', '--worked', '10m']);
			const after = await aht();
			const mean = (figure: Figure) => (figure.value?.kind === 'duration' ? figure.value.value.mean : Number.NaN);
			expect(after.conversations).toBe(before.conversations + 1);
			expect(mean(after)).toBeCloseTo((mean(before) * before.conversations + 600_000) / after.conversations, 3);
		} finally {
			rmSync(dataDir, {recursive: true, force: true});
		}
	});
});
