// Composition root of the dashboard's worker thread (started by `deskterm top`): opens the same profile's desk
// with its own connection and answers the screen's reads (operations/dashboard-worker.ts).
import {parentPort, workerData} from 'node:worker_threads';
import {createDashboardSource} from './operations/dashboard-source.js';
import {serveDashboard, type DashboardWorkerData} from './operations/dashboard-worker.js';
import {openProfile} from './context.js';

export function runDashboardWorker(): void {
	const data = workerData as DashboardWorkerData;
	const {paths} = data;
	const source = openProfile({profile: data.profile, paths, env: data.env, clock: Date.now}).then(provider =>
		createDashboardSource({provider, configDir: paths.configDir, clock: Date.now, since: data.since, scoreInBackground: true}),
	);
	// A failed open is answered to each request; it must not also surface as an unhandled rejection.
	source.catch(() => undefined);
	serveDashboard(parentPort!, source);
}
