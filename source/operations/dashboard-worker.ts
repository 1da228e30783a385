// The dashboard's reads in a worker thread with its own connection to the desk: a refresh (a full read of the
// queue, scoring, the period's figures) then never holds the UI thread, so key presses are drawn at once.
// startDashboardWorker is the UI thread's side; serveDashboard answers in the worker.
import {Worker, type MessagePort} from 'node:worker_threads';
import {DeskError, toDeskError, type DeskErrorCode} from '../domain/errors.js';
import type {Conversation} from '../domain/conversation.js';
import type {OverviewFilter} from '../domain/metrics/live-overview.js';
import type {Profile} from '../domain/profile.js';
import type {Paths} from '../paths.js';
import {trimSnapshot, type DashboardSource} from './dashboard-source.js';

/** What the worker needs to open the same desk: plain data, cloned into the thread. */
export type DashboardWorkerData = {deskterm: 'dashboard'; profile: Profile; paths: Paths; env: NodeJS.ProcessEnv; since: string};

type Request = {id: number; method: 'overview' | 'figures'; filter: OverviewFilter};
type Reply = {id: number; ok: true; value: unknown} | {id: number; ok: false; code: DeskErrorCode; message: string};

/** Breached and at-risk rows sent to the screen: enough to page through; the totals are kept beside them. */
export const listedRows = 500;

export function startDashboardWorker(entry: URL, data: Omit<DashboardWorkerData, 'deskterm'>, local: {label: string; conversation(id: string): Promise<Conversation>}): DashboardSource {
	const worker = new Worker(entry, {workerData: {...data, deskterm: 'dashboard'} satisfies DashboardWorkerData});
	const pending = new Map<number, {resolve(value: unknown): void; reject(error: Error): void}>();
	let failure: DeskError | null = null;
	let next = 0;
	worker.on('message', (reply: Reply) => {
		const waiting = pending.get(reply.id);
		pending.delete(reply.id);
		if (reply.ok) waiting?.resolve(reply.value);
		else waiting?.reject(new DeskError(reply.code, reply.message));
	});
	const fail = (error: unknown) => {
		failure = new DeskError('internal', `the dashboard's reader stopped: ${toDeskError(error).message}`);
		for (const waiting of pending.values()) waiting.reject(failure);
		pending.clear();
	};
	worker.on('error', fail);
	worker.on('exit', code => fail(new Error(`exit code ${code}`)));
	const ask = <T,>(method: Request['method'], filter: OverviewFilter) =>
		new Promise<T>((resolve, reject) => {
			if (failure) return reject(failure);
			const id = next++;
			pending.set(id, {resolve: resolve as (value: unknown) => void, reject});
			worker.postMessage({id, method, filter} satisfies Request);
		});
	return {
		label: local.label,
		since: data.since,
		overview: filter => ask('overview', filter),
		figures: filter => ask('figures', filter),
		conversation: id => local.conversation(id),
		async close() {
			worker.removeAllListeners('exit');
			await worker.terminate();
		},
	};
}

/** The worker's side: one request at a time, as the screen asks them; errors go back as code and message. */
export function serveDashboard(port: MessagePort, source: Promise<DashboardSource>): void {
	let queue = Promise.resolve();
	port.on('message', (request: Request) => {
		queue = queue.then(async () => {
			try {
				const opened = await source;
				const value = request.method === 'overview' ? trimSnapshot(await opened.overview(request.filter), listedRows) : await opened.figures(request.filter);
				port.postMessage({id: request.id, ok: true, value} satisfies Reply);
			} catch (error) {
				const problem = toDeskError(error);
				port.postMessage({id: request.id, ok: false, code: problem.code, message: problem.message} satisfies Reply);
			}
		});
	});
}
