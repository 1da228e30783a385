// The queue's scoring pass in a worker thread with its own connection to the local desk: the full conversations
// are read and scored there, and only the entries' numbers come back (entry-batch.ts), so the console's heap never
// holds the pass. One worker per pass (and one for the harvest of closed conversations on start): terminating it
// frees its heap. triageWorkerStarter and harvestOffThread are the console's side; serveTriage answers in the worker.
import {Worker, type MessagePort} from 'node:worker_threads';
import type {Profile} from '../../domain/profile.js';
import {toDeskError} from '../../domain/errors.js';
import type {Paths} from '../../paths.js';
import type {HelpdeskProvider, QueueQuery} from '../../providers/provider.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import {repeatedContactsFrom} from '../triage-set.js';
import {createBatchWriter, type EntryBatch} from './entry-batch.js';
import {scorePass} from './score-pass.js';
import {returnFreedMemory} from '../free-memory.js';
import {levelsExpireAt} from '../../triage/score-expiry.js';
import {entryOf} from './triage-entry.js';
import {learnFromDesk, type DeskLearning, type HarvestTemplate} from '../learn-from-desk.js';

/** What the worker needs to open the same desk: plain data, cloned into the thread. */
export type TriageWorkerData = {deskterm: 'triage'; profile: Profile; paths: Paths; env: NodeJS.ProcessEnv};

/** A pass as the console asks it: the rows by id (a row's index is its slot in the answers), scored as of `now`. */
export type PassRequest = {query: QueueQuery; ids: string[]; first: string[]; openContacts: Map<string, number>; now: number};

/** Learning from the closed conversations (learn --from-desk), the console's other big read on start. */
export type HarvestRequest = {dataDir: string; templates: HarvestTemplate[]};

type ToWorker = ({type: 'pass'} & PassRequest) | {type: 'add'; ids: string[]; now: number} | {type: 'first'; ids: string[]} | ({type: 'harvest'} & HarvestRequest);
type FromWorker = {type: 'scored'; batch: EntryBatch} | {type: 'done'} | {type: 'harvested'; learning: DeskLearning} | {type: 'failed'; message: string};

export type PassEvents = {
	scored(batch: EntryBatch): void;
	done(): void;
	/** `crashed`: the thread itself stopped (not a desk that could not be read). */
	failed(message: string, crashed: boolean): void;
};

export type OffThreadPass = {
	/** More rows to score first (they take the next slots, in order). */
	add(ids: string[], now: number): void;
	first(ids: string[]): void;
	stop(): void;
};

export type OffThreadScorer = (request: PassRequest, events: PassEvents) => OffThreadPass;

/** Only the local desk is read in a worker: a remote one would get a second client and its own rate limits. */
export function scoresOffThread(profile: Profile): boolean {
	return profile.provider === 'local' && !profile.members;
}

// The worker's young generation: the pass's garbage is short-lived, a small nursery keeps the process's peak low.
const youngGenerationMb = 8;

/** One worker at a time: the start-up harvest and a scoring pass would otherwise hold two heaps at once. */
export type WorkerLane = {enter(start: () => void): () => void};

export function createWorkerLane(): WorkerLane {
	let busy = false;
	const waiting: Array<() => void> = [];
	const next = () => {
		const start = waiting.shift();
		busy = start !== undefined;
		start?.();
	};
	return {
		enter(start) {
			let running = false;
			const run = () => ((running = true), start());
			if (busy) waiting.push(run);
			else ((busy = true), run());
			return () => {
				if (running) return ((running = false), next());
				const index = waiting.indexOf(run);
				if (index >= 0) waiting.splice(index, 1);
			};
		},
	};
}

// The threads running now, for workerHeaps().
const running = new Set<Worker>();

/** The JS heaps of the scoring and harvest threads running now (the memory bench traces them beside the console's). */
export function workerHeaps(): Promise<Array<{used: number; total: number}>> {
	const heaps = [...running].map(worker => worker.getHeapStatistics().then(heap => ({used: heap.used_heap_size, total: heap.total_heap_size}), () => ({used: 0, total: 0})));
	return Promise.all(heaps);
}

type WorkerSettings = {
	entry: URL;
	data: Omit<TriageWorkerData, 'deskterm'>;
	lane: WorkerLane;
	/** A scoring thread starts once this resolves: after the console's release of a big load's pages, so they never add up. */
	ready?: () => Promise<void>;
};

/**
 * The old generation of a pass's worker: its live data is the rows asked for (about 20 MB at 78k rows), the rest is
 * the pass's garbage, which a tight limit collects early (the worker's peak at 78k rows: 65 MB over its start instead
 * of 130). A pass that outgrows it stops the worker, and the pass is scored on the console's thread instead.
 */
export function passHeapMb(rows: number): number {
	return 40 + Math.ceil(rows / 4000);
}

/** A worker for one job, started when the lane is free; messages posted before then wait for it. */
function workerJob(settings: WorkerSettings, job: {oldGenerationMb?: number; ready?: () => Promise<void>}, onMessage: (message: FromWorker) => void, onCrash: (message: string) => void) {
	let worker: Worker | undefined;
	let over = false;
	const pending: ToWorker[] = [];
	const end = () => {
		if (over) return;
		over = true;
		worker?.removeAllListeners();
		if (worker) running.delete(worker);
		void worker?.terminate();
		leave();
	};
	const crash = (message: string) => {
		if (!over) (end(), onCrash(message));
	};
	const startWorker = () => {
		if (over) return;
		worker = new Worker(settings.entry, {
			workerData: {...settings.data, deskterm: 'triage'} satisfies TriageWorkerData,
			resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb, ...(job.oldGenerationMb ? {maxOldGenerationSizeMb: job.oldGenerationMb} : {})},
		});
		running.add(worker);
		worker.on('message', (message: FromWorker) => !over && onMessage(message));
		worker.on('error', error => crash(toDeskError(error).message));
		worker.on('exit', code => crash(`the scoring thread stopped (exit code ${code})`));
		for (const message of pending.splice(0)) worker.postMessage(message);
	};
	const leave = settings.lane.enter(() => (job.ready ? void job.ready().then(startWorker) : startWorker()));
	return {
		post(message: ToWorker) {
			if (over) return;
			if (worker) worker.postMessage(message);
			else pending.push(message);
		},
		end,
	};
}

/** The harvest in a worker, ended when it answers (or when `signal` aborts). */
export function harvestOffThread(settings: WorkerSettings, request: HarvestRequest, signal: AbortSignal): Promise<DeskLearning> {
	return new Promise<DeskLearning>((resolve, reject) => {
		// The harvest keeps what it learns until it writes it: no limit but V8's own.
		const job = workerJob(
			settings,
			{},
			message => {
				job.end();
				if (message.type === 'harvested') resolve(message.learning);
				else reject(new Error(message.type === 'failed' ? message.message : 'the harvest thread answered out of turn'));
			},
			message => reject(new Error(message)),
		);
		signal.addEventListener('abort', () => (job.end(), reject(new Error('the harvest was stopped'))));
		job.post({type: 'harvest', ...request});
	});
}

export function triageWorkerStarter(settings: WorkerSettings): OffThreadScorer {
	return (request, events) => {
		const job = workerJob(
			settings,
			{oldGenerationMb: passHeapMb(request.ids.length), ...(settings.ready ? {ready: settings.ready} : {})},
			message => {
				if (message.type === 'scored') return events.scored(message.batch);
				job.end();
				if (message.type === 'done') events.done();
				else events.failed(message.type === 'failed' ? message.message : 'the scoring thread answered out of turn', false);
			},
			message => events.failed(message, true),
		);
		job.post({type: 'pass', ...request});
		return {add: (ids, now) => job.post({type: 'add', ids, now}), first: ids => job.post({type: 'first', ids}), stop: job.end};
	};
}

// The worker gives the event loop a turn this often (to take added rows); each turn sends what it scored.
const workerSliceMs = 40;

/** The worker's side: one pass, then the console terminates the thread. */
export function serveTriage(port: MessagePort, opened: Promise<{provider: HelpdeskProvider; config: TriageConfig}>): void {
	const wanted = new Map<string, {slot: number; now: number}>();
	const first: string[] = [];
	let slots = 0;
	const writer = createBatchWriter();
	const flush = () => {
		if (writer.size === 0) return;
		const {batch, transfer} = writer.take();
		port.postMessage({type: 'scored', batch} satisfies FromWorker, transfer);
	};
	const run = async (request: PassRequest) => {
		const {provider, config} = await opened;
		await scorePass({
			provider,
			config,
			query: request.query,
			signal: new AbortController().signal,
			wanted,
			first,
			others: repeatedContactsFrom(request.openContacts),
			now: item => item.now,
			sliceMs: workerSliceMs,
			scored: (item, triage, now, conversation) => writer.add(item.slot, entryOf(triage, '', now, levelsExpireAt(conversation.waitingSince, now))),
			sliced: flush,
		});
		flush();
	};
	const answer = (work: Promise<FromWorker>) =>
		work.then(
			reply => {
				// Here, in the worker, not in the console: the pages this pass freed would stay in V8's process-wide pool.
				returnFreedMemory();
				port.postMessage(reply);
			},
			(error: unknown) => port.postMessage({type: 'failed', message: toDeskError(error).message} satisfies FromWorker),
		);
	port.on('message', (message: ToWorker) => {
		if (message.type === 'harvest') {
			answer(opened.then(async ({provider}) => ({type: 'harvested', learning: await learnFromDesk(provider, message.dataDir, message.templates)})));
			return;
		}
		if (message.type === 'first') {
			for (const id of message.ids) if (wanted.has(id) && !first.includes(id)) first.unshift(id);
			return;
		}
		for (const id of message.ids) wanted.set(id, {slot: slots++, now: message.now});
		first.push(...(message.type === 'add' ? message.ids : message.first));
		if (message.type !== 'pass') return;
		answer(run(message).then(() => ({type: 'done'})));
	});
}
