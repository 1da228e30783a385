// The dashboard keeps the local desk's rows between refreshes and reads only what its change log says moved:
// after each write and each move of the clock, its overview equals one built on a fresh read of the whole desk.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {OverviewFilter} from '../../source/domain/metrics/live-overview.js';
import {createDashboardSource} from '../../source/operations/dashboard-source.js';
import type {HelpdeskProvider} from '../../source/providers/provider.js';
import {openTestDesk, seededAt, type TestDesk} from '../providers/local/local-desk.js';

let desk: TestDesk;
let configDir: string;
let now = seededAt;

beforeAll(async () => {
	desk = await openTestDesk();
	configDir = mkdtempSync(join(tmpdir(), 'deskterm-incremental-config-'));
}, 60_000);
afterAll(async () => {
	await desk.cleanup();
	rmSync(configDir, {recursive: true, force: true});
});

/** The desk's provider, counting its whole-desk reads of summaries. */
function counted(provider: HelpdeskProvider): {provider: HelpdeskProvider; wholeReads(): number} {
	let reads = 0;
	const iterate = provider.iterateSummaries!.bind(provider);
	return {
		provider: {
			...provider,
			iterateSummaries(query) {
				reads++;
				return iterate(query);
			},
		},
		wholeReads: () => reads,
	};
}

const filters: OverviewFilter[] = [{}, {teamId: 'billing'}, {agentId: 'grace'}, {breachedOnly: true}];

describe('the dashboard’s overview read incrementally', () => {
	it('equals a fresh full read, figure by figure, after each write and each clock move', async () => {
		const kept = counted(desk.provider);
		const source = await createDashboardSource({provider: kept.provider, configDir, clock: () => now, since: '7d'});
		const expectSame = async (step: string) => {
			// A new source has no rows and no scores kept: it reads and scores the whole desk.
			const fresh = await createDashboardSource({provider: await desk.reopen(), configDir, clock: () => now, since: '7d'});
			for (const filter of filters) expect({step, filter, overview: await source.overview(filter)}).toEqual({step, filter, overview: await fresh.overview(filter)});
		};
		await expectSame('first read');
		const queue = await desk.provider.listQueue({statuses: ['open'], sort: 'waiting', limit: 6});
		const [first, second, third, fourth] = queue.conversations.map(row => row.id);
		const steps: Array<[string, () => Promise<unknown>]> = [
			['reply', () => desk.provider.reply(first!, {body: 'On it, thanks for waiting.'})],
			['status change', () => desk.provider.setStatus(second!, {status: 'pending'})],
			['assign', () => desk.provider.assign(third!, {agentId: 'grace', teamId: 'billing'})],
			['new incoming', () => desk.provider.receiveIncoming({customerName: 'Nora Quill', email: 'nora@example.com', subject: 'Card declined twice', body: 'My card was declined twice today.'})],
			['close', () => desk.provider.setStatus(fourth!, {status: 'closed'})],
			['clock +3 h', async () => desk.setNow((now += 3 * 3_600_000))],
			['snooze, then the clock past its wake time', async () => {
				await desk.provider.setStatus(first!, {status: 'snoozed', until: now + 3_600_000});
				desk.setNow((now += 2 * 3_600_000));
			}],
			['clock +20 h', async () => desk.setNow((now += 20 * 3_600_000))],
		];
		for (const [step, write] of steps) {
			now += 60_000;
			desk.setNow(now);
			await write();
			await expectSame(step);
		}
		// Everything after the first refresh came from the change log, not from reading the whole desk again.
		expect(kept.wholeReads()).toBe(1);
	}, 120_000);
});
