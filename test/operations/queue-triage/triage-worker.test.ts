// The queue's scoring pass in a worker thread (the built cli.js, as the console starts it) against the same pass on
// this thread, on a seeded local desk: every entry equal, score by score; then only changed rows scored again, and
// every row once its score has aged.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadTriageConfig} from '../../../source/config/triage-config.js';
import type {ConversationSummary} from '../../../source/domain/conversation.js';
import {queuePages} from '../../../source/operations/queue-pages.js';
import {createTriageRunner, type TriageRunner} from '../../../source/operations/queue-triage/triage-runner.js';
import {createWorkerLane, harvestOffThread, triageWorkerStarter, type OffThreadScorer} from '../../../source/operations/queue-triage/triage-worker.js';
import {learnFromDesk} from '../../../source/operations/learn-from-desk.js';
import {readLearnedExamples} from '../../../source/ranking/history-store.js';
import {resetDesk} from '../../../source/providers/local/demo/seed-desk.js';
import type {QueueQuery} from '../../../source/providers/provider.js';
import {resolvePaths} from '../../../source/paths.js';
import type {TriageConfig} from '../../../source/triage/triage-config.js';
import {openTestDesk, scratchDir, type TestDesk} from '../../providers/local/local-desk.js';

const cli = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');
const query: QueueQuery = {statuses: ['open', 'pending', 'snoozed']};
const maxAgeMs = 5 * 60_000;
let desk: TestDesk;
let dataDir: string;
let config: TriageConfig;
let now = Date.now();

beforeAll(async () => {
	dataDir = scratchDir();
	resetDesk(join(dataDir, 'desk.sqlite'), {now, conversations: 1_500, seed: 'triage-worker'});
	desk = await openTestDesk({dataDir});
	desk.setNow(now);
	config = await loadTriageConfig(join(dataDir, 'config'));
}, 60_000);
afterAll(async () => {
	await desk.cleanup();
});

async function rows(): Promise<ConversationSummary[]> {
	const all: ConversationSummary[] = [];
	for await (const page of queuePages(desk.provider, query, {pageSize: 500})) all.push(...page.conversations);
	return all;
}

/** Counts the passes that went to the worker, so a test knows which path scored. */
const workers = () => ({
	entry: pathToFileURL(cli),
	data: {profile: {name: 'local', provider: 'local', settings: {}}, paths: resolvePaths({}, {dataDir, configDir: join(dataDir, 'config')}), env: {}},
	lane: createWorkerLane(),
});

function counted(): {scorer: OffThreadScorer; passes: number[]} {
	const start = triageWorkerStarter(workers());
	const seen = {passes: [] as number[], scorer: ((request, events) => (seen.passes.push(request.ids.length), start(request, events))) as OffThreadScorer};
	return seen;
}

function runner(offThread?: OffThreadScorer): TriageRunner {
	// lookupLimit 0: no answer lookup on either side (the worker scores only passes without it).
	return createTriageRunner({provider: desk.provider, config, clock: () => now, lookupLimit: 0, maxAgeMs, ...(offThread ? {offThread} : {})});
}

function pass(scorer: TriageRunner, queue: readonly ConversationSummary[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const stop = scorer.subscribe(() => {
			const progress = scorer.progress();
			if (progress.running) return;
			stop();
			if (progress.error) reject(new Error(progress.error));
			else resolve();
		});
		scorer.request(queue, query, queue.slice(0, 5).map(row => row.id));
	});
}

describe('the queue scored in a worker thread', () => {
	it('gives every row the entry this thread gives it, then scores again only what changed or aged', async () => {
		expect(existsSync(cli), `${cli} is built by npm test (npm run build)`).toBe(true);
		const queue = await rows();
		expect(queue.length).toBeGreaterThan(1_000);
		const here = runner();
		const worker = counted();
		const there = runner(worker.scorer);
		await Promise.all([pass(here, queue), pass(there, queue)]);
		expect(worker.passes).toEqual([queue.length]);
		expect(there.progress()).toMatchObject({scored: queue.length, total: queue.length, running: false, error: null});
		for (const row of queue) expect(there.entry(row.id), row.id).toEqual(here.entry(row.id));
		// Some rows must carry what the numbers encode beyond levels: a human-only reason, more than one team.
		expect(queue.some(row => (there.entry(row.id)?.humanOnly.length ?? 0) > 0)).toBe(true);
		expect(new Set(queue.map(row => there.entry(row.id)?.team)).size).toBeGreaterThan(1);

		// A few conversations change: they are scored again, with the few whose wait entered its next band in that
		// minute (scoreAged), the same rows on both sides (on this thread: too few for a worker).
		const changed = queue.slice(100, 103).map(row => row.id);
		for (const id of changed) await desk.provider.setPriority(id, 'urgent');
		now += 60_000;
		desk.setNow(now);
		const moved = await rows();
		const before = new Map(moved.map(row => [row.id, there.entry(row.id)?.scoredAt]));
		await Promise.all([pass(here, moved), pass(there, moved)]);
		expect(worker.passes).toHaveLength(1);
		const rescored = (scorer: TriageRunner) => moved.filter(row => scorer.entry(row.id)?.scoredAt !== before.get(row.id)).map(row => row.id);
		expect(rescored(there)).toEqual(expect.arrayContaining(changed));
		expect(rescored(there).length).toBeLessThan(60);
		expect(rescored(there)).toEqual(rescored(here));
		for (const row of moved) expect(there.entry(row.id), row.id).toEqual(here.entry(row.id));

		// Past the age limit every score is done again, in the worker, and still equal.
		now += maxAgeMs + 1;
		desk.setNow(now);
		const aged = await rows();
		await Promise.all([pass(here, aged), pass(there, aged)]);
		expect(worker.passes).toEqual([queue.length, aged.length]);
		for (const row of aged) expect(there.entry(row.id), row.id).toEqual(here.entry(row.id));
		expect(there.entry(aged[0]!.id)?.scoredAt).toBe(now);
		here.close();
		there.close();
	}, 120_000);

	it('learns from the closed conversations there what this thread learns, and writes the same examples', async () => {
		const templates = [{id: 'bug_report', body: 'Hi {{customer.first_name}},\n\nThanks for the report. Our engineers reproduced the error and are working on a fix.\n\nBest,\n{{agent.first_name}}'}];
		for (const row of (await rows()).slice(0, 3)) {
			await desk.provider.reply(row.id, {body: 'Hi Ada,\n\nThanks for the report. Our engineers reproduced the error and are working on a fix.\n\nBest,\nSam'});
			await desk.provider.setStatus(row.id, {status: 'closed'});
		}
		const [hereDir, thereDir] = [scratchDir(), scratchDir()];
		const here = await learnFromDesk(desk.provider, hereDir, templates);
		const there = await harvestOffThread(workers(), {dataDir: thereDir, templates}, new AbortController().signal);
		expect(here.learned).toBe(3);
		expect(there).toEqual(here);
		expect(await readLearnedExamples(thereDir)).toEqual(await readLearnedExamples(hereDir));
	}, 120_000);

	it('runs one worker at a time: the next job starts when the one before leaves, a job that leaves while waiting never starts', () => {
		const lane = createWorkerLane();
		const started: string[] = [];
		const leaveScoring = lane.enter(() => started.push('scoring'));
		const leaveHarvest = lane.enter(() => started.push('harvest'));
		const leaveStopped = lane.enter(() => started.push('stopped'));
		const leaveRescore = lane.enter(() => started.push('rescore'));
		expect(started).toEqual(['scoring']);
		leaveStopped();
		leaveScoring();
		expect(started).toEqual(['scoring', 'harvest']);
		leaveHarvest();
		expect(started).toEqual(['scoring', 'harvest', 'rescore']);
		leaveRescore();
		lane.enter(() => started.push('later'));
		expect(started.at(-1)).toBe('later');
	});

	it('scores on this thread when the scoring thread cannot start, and says nothing of it', async () => {
		const queue = await rows();
		const broken = triageWorkerStarter({...workers(), entry: pathToFileURL(join(dataDir, 'no-such-entry.js'))});
		const there = runner(broken);
		const here = runner();
		await Promise.all([pass(here, queue), pass(there, queue)]);
		expect(there.progress()).toMatchObject({scored: queue.length, error: null});
		for (const row of queue.slice(0, 50)) expect(there.entry(row.id), row.id).toEqual(here.entry(row.id));
		here.close();
		there.close();
	}, 120_000);
});
