// Composition root of the dashboard's worker thread (started by `deskterm top`): opens the same profile's desk
// with its own connection and answers the screen's reads (operations/dashboard-worker.ts).
import {readlinkSync} from 'node:fs';
import {getPriority, setPriority} from 'node:os';
import {parentPort, workerData} from 'node:worker_threads';
import {createDashboardSource} from './operations/dashboard-source.js';
import {serveDashboard, type DashboardWorkerData} from './operations/dashboard-worker.js';
import {openProfile} from './context.js';

export function runDashboardWorker(): void {
	yieldToTheScreen();
	const data = workerData as DashboardWorkerData;
	const {paths} = data;
	const source = openProfile({profile: data.profile, paths, env: data.env, clock: Date.now}).then(provider =>
		createDashboardSource({provider, configDir: paths.configDir, clock: Date.now, since: data.since, scoreInBackground: true}),
	);
	// A failed open is answered to each request; it must not also surface as an unhandled rejection.
	source.catch(() => undefined);
	serveDashboard(parentPort!, source);
}

/**
 * Linux: this thread alone gets a lower priority (10 nicer than the screen's; a thread id names one thread
 * there), so on a busy machine the screen's thread runs first and the reads take the time left over.
 * Elsewhere, or when refused, nothing changes.
 */
function yieldToTheScreen(): void {
	if (process.platform !== 'linux') return;
	try {
		const thread = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
		if (Number.isInteger(thread) && thread !== process.pid) setPriority(thread, Math.min(19, getPriority() + 10));
	} catch {
		// No /proc or no permission: the reads run at the screen's priority, as before.
	}
}
