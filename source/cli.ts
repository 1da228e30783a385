#!/usr/bin/env node
// Entry: a command runs without Ink; with no command in a terminal, the console is loaded lazily.
import * as nodeModule from 'node:module';
import {isMainThread, workerData} from 'node:worker_threads';
import {compileCacheDir} from './paths.js';

// An older Node would fail later with a SyntaxError or a missing built-in: say what to do instead.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 3)) {
	process.stderr.write(`deskterm: needs Node.js 22.3 or newer, this is ${process.version}: install a current Node (24 LTS)\n`);
	process.exit(1);
}

// First, before the rest loads: V8 then takes every later chunk's compiled code from the user's cache.
nodeModule.enableCompileCache?.(compileCacheDir(process.env));

const thread = isMainThread ? undefined : (workerData as {deskterm?: string} | null)?.deskterm;
if (thread === 'dashboard') {
	// The same file runs the dashboard's reader thread (deskterm top): no command, no terminal.
	(await import('./dashboard-worker.js')).runDashboardWorker();
} else {
	const {main} = await import('./cli/run-cli.js');
	const code = await main(process.argv.slice(2), process.env, async () => (await import('./ui/run-console.js')).runConsole, {
		top: async () => (await import('./ui/top/start-top.js')).startTop,
		sshDashboard: async () => (await import('./ui/serve/serve-ssh.js')).serveSsh,
		dashboardWorker: new URL(import.meta.url),
		encoderProcess: new URL('./encoder-process.js', import.meta.url),
	});
	// The shells' completion helper answers and goes: a remote desk still talking must not hold the prompt.
	if (process.argv[2] === '__complete') process.stdout.write('', () => process.exit(code));
	else process.exitCode = code;
}
