#!/usr/bin/env node
// `deskterm top` on a large local desk (default 100,000 conversations): the time of one refresh (the live
// overview with the triage mix, and the period's figures), then key press to frame (j/k in the breached list)
// in an 80x24 terminal stand-in, three ways in the same run: refresh off (the baseline), refreshing every
// second with the reads on the UI thread, and refreshing every second with the reads in the worker thread
// `top` uses. Target: while refreshes run, key→frame p99 within one frame at 60 Hz (16 ms) of the baseline.
// TOP_BENCH_CONVERSATIONS and TOP_BENCH_PRESSES shrink it.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {monitorEventLoopDelay} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {builtCli, bundleSource, loadLine, quantile, requireBanner, root} from './bench-kit.mjs';
import {Keyboard, nextFrame, Terminal} from './console-kit.mjs';

const conversations = Number(process.env.TOP_BENCH_CONVERSATIONS ?? 100_000);
const presses = Number(process.env.TOP_BENCH_PRESSES ?? 100);
const frameMs = 16;

const cli = builtCli('top');
const work = mkdtempSync(join(tmpdir(), 'deskterm-top-bench-'));
const dataDir = join(work, 'desk');
const configDir = join(work, 'config');
const seeded = spawnSync(process.execPath, [cli, 'demo', 'reset', '--conversations', String(conversations), '--yes', '--data-dir', dataDir], {env: {PATH: process.env.PATH, HOME: work}, encoding: 'utf8'});
if (seeded.status !== 0) throw new Error(`demo reset failed: ${seeded.stderr}`);

const m = await bundleSource(
	work,
	'top',
	{
		'source/ui/top/top-screen.tsx': 'TopScreen',
		'source/operations/dashboard-source.ts': 'createDashboardSource',
		'source/operations/dashboard-worker.ts': 'startDashboardWorker',
		'source/providers/local/local-provider.ts': 'openLocalProvider',
		'source/paths.ts': 'resolvePaths',
		ink: 'render',
		react: 'createElement',
	},
	{jsx: 'automatic', define: {'process.env.NODE_ENV': '"production"'}, alias: {'react-devtools-core': join(root, 'scripts/empty-module.mjs')}, banner: requireBanner},
);

const profile = {name: 'local', provider: 'local', settings: {}};
const paths = m.resolvePaths({}, {dataDir, configDir});
const provider = await m.openLocalProvider({profile, paths, env: {}, clock: Date.now});
const since = '7d';
const timed = async read => {
	const started = performance.now();
	await read();
	return performance.now() - started;
};

/** A source that counts its refreshes (the worker's or the UI thread's). */
function counting(source) {
	const counted = {...source, refreshes: 0, overview: async filter => { counted.refreshes++; return source.overview(filter); }};
	return counted;
}

const markerId = frame => /› #(\d+)/.exec(frame ?? '')?.[1];

async function keyLatency(name, source, intervalMs) {
	const terminal = new Terminal();
	terminal.columns = 80;
	terminal.rows = 24;
	const keyboard = new Keyboard();
	const ready = nextFrame(terminal, frame => markerId(frame) !== undefined && !frame.includes('Figures: loading'));
	const instance = m.render(m.createElement(m.TopScreen, {source, intervalMs, figuresEveryMs: 60_000, ascii: false, size: {columns: 80, rows: 24}}), {
		stdout: terminal, stdin: keyboard, stderr: new Terminal(), exitOnCtrlC: false, patchConsole: false, incrementalRendering: false, interactive: true,
	});
	await ready;
	const refreshesBefore = source.refreshes;
	const delay = monitorEventLoopDelay({resolution: 1});
	delay.enable();
	const samples = [];
	for (let index = 0; index < presses; index++) {
		// Spaced past Ink's 33 ms render throttle, as a person's key presses are.
		await new Promise(resolve => setTimeout(resolve, 40));
		const before = markerId(terminal.last);
		// The key's frame is the one whose selected row moved; a refresh alone redraws the same selection.
		const drawn = nextFrame(terminal, frame => markerId(frame) !== undefined && markerId(frame) !== before);
		const started = performance.now();
		keyboard.write(index % 20 < 10 ? 'j' : 'k');
		await drawn;
		samples.push(performance.now() - started);
	}
	delay.disable();
	instance.unmount();
	await source.close?.();
	const at = q => quantile(samples, q).toFixed(1);
	return {name, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), row: `| ${name} | ${at(0.5)} | ${at(0.9)} | ${at(0.99)} | ${Math.max(...samples).toFixed(1)} | ${(delay.max / 1e6).toFixed(0)} | ${source.refreshes - refreshesBefore} | ${presses} |`};
}

let failed = false;
try {
	const inThread = await m.createDashboardSource({provider, configDir, clock: Date.now, since});
	const first = await timed(() => inThread.overview({}));
	const again = [];
	for (let round = 0; round < 3; round++) again.push(await timed(() => inThread.overview({})));
	const figures = await timed(() => inThread.figures({}));
	const live = await inThread.overview({});
	const newSource = async () => counting(await m.createDashboardSource({provider, configDir, clock: Date.now, since}));
	const results = [
		await keyLatency('refresh off (baseline)', await newSource(), 3_600_000),
		await keyLatency('refresh every 1 s, reads on the UI thread (before)', await newSource(), 1_000),
		await keyLatency('refresh every 1 s, reads in the worker (top)', counting(m.startDashboardWorker(pathToFileURL(cli), {profile, paths, env: {}, since}, inThread)), 1_000),
	];
	console.log(`top: local desk of ${conversations.toLocaleString('en')} conversations (${live.live.toLocaleString('en')} live, ${live.breached.length.toLocaleString('en')} breached), 80x24 stand-in, production React, node ${process.version}, ${loadLine()}`);
	console.log('| one refresh | ms |');
	console.log('|---|---:|');
	console.log(`| overview, first (scores every live conversation for the triage mix) | ${first.toFixed(0)} |`);
	console.log(`| overview, again (scores only what changed), median of 3 | ${quantile(again, 0.5).toFixed(0)} |`);
	console.log(`| figures for ${since} (read once a minute) | ${figures.toFixed(0)} |`);
	console.log('');
	console.log('| key→frame | p50 ms | p90 | p99 | max | longest event-loop block ms | refreshes during | presses |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
	for (const result of results) console.log(result.row);
	const [base, , worker] = results;
	failed = worker.p99 > base.p99 + frameMs;
	console.log(`worker key→frame p99 ${worker.p99.toFixed(1)} ms vs ${base.p99.toFixed(1)} ms with refresh off, target within ${frameMs} ms: ${failed ? 'MISSED' : 'met'}`);
} finally {
	await provider.close();
	rmSync(work, {recursive: true, force: true});
}
if (failed) process.exitCode = 1;
