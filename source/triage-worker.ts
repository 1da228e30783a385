// Composition root of the console's scoring thread (one per big scoring pass of the local desk): opens the same
// profile's desk with its own connection and the same triage config, and scores (operations/queue-triage/triage-worker.ts).
import {parentPort, workerData} from 'node:worker_threads';
import {loadTriageConfig} from './config/triage-config.js';
import {serveTriage, type TriageWorkerData} from './operations/queue-triage/triage-worker.js';
import {openProfile} from './context.js';

export function runTriageWorker(): void {
	const data = workerData as TriageWorkerData;
	const {paths} = data;
	const opened = Promise.all([openProfile({profile: data.profile, paths, env: data.env, clock: Date.now}), loadTriageConfig(paths.configDir)]).then(
		([provider, config]) => ({provider, config}),
	);
	// A failed open is answered to the pass; it must not also surface as an unhandled rejection.
	opened.catch(() => undefined);
	serveTriage(parentPort!, opened);
}
