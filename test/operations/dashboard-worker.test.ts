// The dashboard's reads in a worker thread (the built cli.js, as `deskterm top` starts it): the same numbers as
// the reads on this thread, the lists cut to what a screen pages through with exact totals, errors as messages.
import {existsSync, readdirSync, readFileSync, readlinkSync} from 'node:fs';
import {getPriority} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createDashboardSource, type DashboardSource} from '../../source/operations/dashboard-source.js';
import {listedRows, startDashboardWorker} from '../../source/operations/dashboard-worker.js';
import {resetDesk} from '../../source/providers/local/demo/seed-desk.js';
import {resolvePaths} from '../../source/paths.js';
import {openTestDesk, scratchDir, type TestDesk} from '../providers/local/local-desk.js';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const profile = {name: 'local', provider: 'local', settings: {}};
let desk: TestDesk;
let dataDir: string;
const started: DashboardSource[] = [];

beforeAll(async () => {
	dataDir = scratchDir();
	resetDesk(join(dataDir, 'desk.sqlite'), {now: Date.now(), conversations: 3_000, seed: 'worker'});
	desk = await openTestDesk({dataDir});
}, 60_000);
afterAll(async () => {
	for (const source of started) await source.close?.();
	await desk.cleanup();
});

function worker(profileToOpen: typeof profile = profile): DashboardSource {
	const paths = resolvePaths({}, {dataDir, configDir: join(dataDir, 'config')});
	const source = startDashboardWorker(pathToFileURL(cli), {profile: profileToOpen, paths, env: {}, since: '7d'}, {label: 'test', conversation: id => desk.provider.getConversation(id)});
	started.push(source);
	return source;
}

describe('the dashboard in a worker thread', () => {
	it('gives the overview this thread reads, its lists cut to the first rows with the totals kept', async () => {
		expect(existsSync(cli), `${cli} is built by npm test (npm run build)`).toBe(true);
		desk.setNow(Date.now());
		const here = await (await createDashboardSource({provider: desk.provider, configDir: join(dataDir, 'config'), clock: Date.now, since: '7d'})).overview({});
		const there = await worker().overview({});
		expect(here.breached.length).toBeGreaterThan(listedRows);
		expect(there.live).toBe(here.live);
		expect(there.byStatus).toEqual(here.byStatus);
		expect(there.breached).toHaveLength(listedRows);
		// Read a moment apart by the real clock: a conversation or two may breach in between.
		expect(Math.abs(there.totals!.breached - here.breached.length)).toBeLessThanOrEqual(2);
		expect(there.breached.slice(0, 20).map(alert => alert.id)).toEqual(here.breached.slice(0, 20).map(alert => alert.id));
		// The first pass scores beside the refreshes: the screen is told, not shown an empty mix.
		expect(there.triageMix === null ? there.triageScoring : true).toBe(true);
	});

	it('reads the figures there too, and answers a desk it cannot open with the reason', async () => {
		const figures = await worker().figures({});
		expect(figures.find(figure => figure.id === 'frt.human')?.value).not.toBeNull();
		const broken = worker({name: 'nowhere', provider: 'no-such-desk', settings: {}});
		await expect(broken.overview({})).rejects.toThrow(/no-such-desk/);
	});

	it('reads at a lower priority than the screen: on Linux its thread alone 10 nicer, the process unchanged', async () => {
		const before = getPriority();
		await worker().overview({});
		expect(getPriority()).toBe(before);
		if (process.platform !== 'linux') return;
		// The kernel's nice per thread: field 19 of /proc/<pid>/task/<tid>/stat, counted after the name's ")".
		const nice = (thread: string) => Number(readFileSync(`/proc/${process.pid}/task/${thread}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
		const threads = readdirSync(`/proc/${process.pid}/task`);
		expect(threads.some(thread => nice(thread) === Math.min(19, before + 10))).toBe(true);
		expect(nice(readlinkSync('/proc/thread-self').split('/').at(-1)!)).toBe(before);
	});
});
