// What the benches share: bundling source with esbuild (so a bench measures the code the CLI runs), the built
// CLI or a "not run" line, a seeded PRNG, quantiles, CPU time and the machine's load beside the numbers.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import os from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {inkFramePlugin} from '../scripts/ink-frame-plugin.mjs';

export const root = new URL('..', import.meta.url).pathname;

/** CommonJS dependencies (yaml, Ink's) require node built-ins: the ESM bundle gets a require, as scripts/build.mjs does. */
export const requireBanner = {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"};

/**
 * Bundles the named exports of each module ({'source/x.ts': 'a, b', ink: 'render'}; source/ paths are the repo's)
 * into directory/name.mjs and imports it. Options go to esbuild as given (banner, jsx, define, alias ...); Ink gets
 * the console's frame caches as in the CLI's bundle unless `inkFrames: false` (a bench's "before").
 */
export async function bundleSource(directory, name, exports, {inkFrames = true, plugins = [], ...options} = {}) {
	const outfile = join(directory, `${name}.mjs`);
	const contents = Object.entries(exports).map(([module, names]) => `export {${names}} from '${module.startsWith('source/') ? join(root, module) : module}';`);
	await build({
		stdin: {contents: contents.join('\n'), resolveDir: root, loader: 'ts'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node22',
		outfile,
		logLevel: 'warning',
		plugins: inkFrames ? [...plugins, inkFramePlugin] : plugins,
		...options,
	});
	return import(pathToFileURL(outfile).href);
}

/** DESKTERM_BENCH_CLI, else dist/cli.js rebuilt when stale; without one the bench says it was not run and exits. */
export function builtCli(bench) {
	const cli = process.env.DESKTERM_BENCH_CLI ?? join(root, 'dist', 'cli.js');
	if (!process.env.DESKTERM_BENCH_CLI) spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-stale'], {stdio: 'inherit'});
	if (!existsSync(cli)) {
		console.log(`${bench}: not run, ${cli} is missing (npm run build)`);
		process.exit(0);
	}
	return cli;
}

/** Mulberry32: a tiny seeded PRNG, so every run generates the same data. */
export function prng(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The value at share q of the sorted values (0.5 the median, 0.9 the p90), nearest rank rounded down. */
export function quantile(values, q) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** User plus system CPU milliseconds since a process.cpuUsage() reading. */
export function cpuMsSince(before) {
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
}

/** Wall times on a shared machine include other tenants' work: the load tells how much. */
export function loadLine() {
	return `load average ${os.loadavg().map(load => load.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores`;
}
