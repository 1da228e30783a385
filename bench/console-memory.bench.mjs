#!/usr/bin/env node
// Memory of the console on a big local desk: RSS and heap once every active row is loaded and scored, the start-up
// harvest is over and the console has been at rest a few seconds, after key presses, and the peak while pages arrive
// and triage runs, beside a bare Ink app holding nothing, each in its own fresh process of the same run, both with
// the environment deskterm's launcher sets (scripts/launcher.mjs). The console runs as `deskterm` runs it: the load,
// the scoring pass and the start-up harvest of the closed conversations all on its own thread, one after the other.
// Plus first frame, queue loaded, all scored, key→frame p50/p99.
// Target: the console within 200 MB RSS at 100,000 conversations, at rest, after the keys and at the peak.
// Also the console's own releases (why, and the stall each cost), RSS for 30 s after a typing burst, and what each
// collection V8 offers at run time (minor, major, memory-reducing) costs and returns after a burst of keys.
// Sizes: CONSOLE_MEMORY_CONVERSATIONS, CONSOLE_MEMORY_PRESSES; CONSOLE_MEMORY_TRACE=<file> logs RSS every 100 ms;
// CONSOLE_MEMORY_INK_ALONE=1 adds the console with Ink's own frame building (no frame-output.ts), for before/after;
// CONSOLE_MEMORY_BEFORE=<git ref> (e.g. main) adds the console built from that commit, in the same run;
// CONSOLE_MEMORY_SNAPSHOT=<file> writes a heap snapshot of the console at rest.
import {spawnSync} from 'node:child_process';
import {monitorEventLoopDelay} from 'node:perf_hooks';
import {GCProfiler, getHeapSpaceStatistics, getHeapStatistics} from 'node:v8';
import {appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {bundleSource, builtCli, loadLine, quantile, requireBanner, root} from './bench-kit.mjs';
import {bundleConsole, Keyboard, nextFrame, pressKeys, Terminal} from './console-kit.mjs';
import {launchEnv} from '../scripts/launcher.mjs';

const targetMb = 200;
// The console gives V8's spare pages back once a pass has been quiet 1.5 s (source/ui/session/use-memory-release.ts).
const restMs = 4000;
// The harvest of 22,000 closed conversations takes 3-6 s at 100k.
const harvestWaitMs = 60_000;
const presses = Number(process.env.CONSOLE_MEMORY_PRESSES ?? 100);
const mb = bytes => bytes / 1024 / 1024;

/** Memory after two full collections: what the process holds, not garbage waiting for the collector. */
async function settled() {
	for (let round = 0; round < 2; round++) {
		globalThis.gc();
		await new Promise(resolve => setImmediate(resolve));
	}
	const {rss, heapUsed, heapTotal, external, arrayBuffers} = process.memoryUsage();
	return {rss, heapUsed, heapTotal, external, arrayBuffers, peakRss: process.resourceUsage().maxRSS * 1024};
}

/** Bytes the JS heap allocated from now to stop(): what each collection found used, less what the one before left. */
function allocated() {
	const profiler = new GCProfiler();
	profiler.start();
	const from = getHeapStatistics().used_heap_size;
	return {
		stop() {
			const to = getHeapStatistics().used_heap_size;
			let total = 0;
			let left = from;
			for (const {beforeGC, afterGC} of profiler.stop().statistics) {
				total += beforeGC.heapStatistics.usedHeapSize - left;
				left = afterGC.heapStatistics.usedHeapSize;
			}
			return total + to - left;
		},
	};
}

const options = {stdout: new Terminal(), stdin: new Keyboard(), stderr: new Terminal(), exitOnCtrlC: false, patchConsole: false, interactive: true};

async function bareChild(work) {
	const {render, Text, createElement} = await import(pathToFileURL(join(work, 'bare.mjs')).href);
	const drawn = nextFrame(options.stdout, frame => frame.includes('nothing here'));
	const instance = render(createElement(Text, null, 'nothing here, a bare Ink app for the baseline'), {...options, incrementalRendering: true});
	await drawn;
	const memory = await settled();
	instance.unmount();
	return memory;
}

async function consoleChild(work, dataDir, workerEntry) {
	const bundle = await import(pathToFileURL(join(work, 'console.mjs')).href);
	const {App, createContext, plainTheme, render, createElement, releaseRecord} = bundle;
	// An older build (CONSOLE_MEMORY_BEFORE) may not say what its worker threads hold.
	const workerHeaps = bundle.workerHeaps ?? (async () => []);
	const {stdout: terminal, stdin: keyboard} = options;
	// An older build (CONSOLE_MEMORY_BEFORE) starts its worker threads from the built CLI.
	const context = await createContext({env: {}, dataDir, configDir: join(work, 'config'), ...(workerEntry ? {workerEntry: pathToFileURL(workerEntry)} : {})});
	const started = performance.now();
	// Where the peak falls: RSS, the console's JS heap and the worker threads' heaps sampled every 100 ms until the keys.
	// Between scored and the harvest's release, for the samples' phase.
	let stage = '';
	const peak = {rss: 0, atMs: 0, heapTotal: 0, heapUsed: 0, workers: 0, external: 0, phase: ''};
	let workers = {used: 0, total: 0};
	const trace = process.env.CONSOLE_MEMORY_TRACE;
	if (trace) appendFileSync(trace, `ms rss heapUsed heapTotal workerUsed workerTotal external arrayBuffers rest newSpace oldSpace largeObjects code phase (MB; rest = rss - heapTotal - workerTotal - external; the spaces: the console thread's, committed)\n`);
	const sampler = setInterval(() => {
		void workerHeaps().then(heaps => (workers = heaps.reduce((sum, heap) => ({used: sum.used + heap.used, total: sum.total + heap.total}), {used: 0, total: 0})));
		const {rss, heapTotal, heapUsed, external, arrayBuffers} = process.memoryUsage();
		const phase = terminal.last.match(/triage \d[^ ]*|loading/)?.[0] ?? stage;
		if (rss > peak.rss) Object.assign(peak, {rss, heapTotal, heapUsed, external, workers: workers.total, atMs: performance.now() - started, phase});
		if (trace) {
			const space = Object.fromEntries(getHeapSpaceStatistics().map(each => [each.space_name, each.space_size]));
			const spaces = [space.new_space, space.old_space, space.large_object_space + space.new_large_object_space, space.code_space];
			const figures = [rss, heapUsed, heapTotal, workers.used, workers.total, external, arrayBuffers, rss - heapTotal - workers.total - external, ...spaces].map(bytes => mb(bytes).toFixed(0));
			appendFileSync(trace, `${(performance.now() - started).toFixed(0)} ${figures.join(' ')} ${phase}\n`);
		}
	}, 100);
	const firstFrame = nextFrame(terminal).then(() => performance.now() - started);
	let rows = 0;
	let loadedRss = 0;
	let loadedPeak = 0;
	const loaded = nextFrame(terminal, frame => /\b1\/[\d,]+/.test(frame) && !frame.includes('loading')).then(frame => {
		rows = Number(/\b1\/([\d,]+)/.exec(frame)[1].replaceAll(',', ''));
		loadedRss = process.memoryUsage.rss();
		loadedPeak = process.resourceUsage().maxRSS * 1024;
		return performance.now() - started;
	});
	// Scored: the pass's progress was on screen and is gone (a pass may wait for the load's release before it shows;
	// a small queue's pass may be over before a frame shows it, hence the 5 s after the load).
	const passShown = Promise.race([nextFrame(terminal, frame => /triage \d/.test(frame), true), loaded.then(() => new Promise(resolve => setTimeout(resolve, 5000)))]);
	const scored = passShown.then(() => nextFrame(terminal, frame => /S:[LMH]/.test(frame) && !/triage \d/.test(frame), true));
	const instance = render(createElement(App, {context, theme: plainTheme, refreshEveryMs: 0, assist: {templateSources: [join(root, 'templates')]}}), {
		...options,
		// Whole frames, so the bench reads the triage progress from what is on the screen.
		incrementalRendering: false,
	});
	const result = {firstFrameMs: await firstFrame, loadedMs: await loaded};
	await scored;
	result.scoredMs = performance.now() - started;
	Object.assign(result, {rows, loadedRss, loadedPeak, scoredRss: process.memoryUsage.rss()});
	// The console's own collection at rest (its release of V8's spare pages) holds up the event loop: keys wait that long.
	const delay = monitorEventLoopDelay({resolution: 10});
	delay.enable();
	// The start-up harvest comes after the first pass and ends with a release of its own (an older build, whose
	// harvest ran in a worker thread, records none: it waits the whole harvestWaitMs).
	const harvested = performance.now();
	stage = 'harvest';
	while (!releaseRecord().some(release => release.reason === 'harvest') && performance.now() - harvested < harvestWaitMs) {
		await new Promise(resolve => setTimeout(resolve, 100));
	}
	result.harvestOverMs = performance.now() - started;
	stage = '';
	// At rest: at least restMs, and until RSS has held within 2 MB for 3 s, at most 2 minutes.
	const window = [];
	for (const since = performance.now(); performance.now() - since < 120_000; ) {
		await new Promise(resolve => setTimeout(resolve, 250));
		window.push(process.memoryUsage.rss());
		if (window.length > 12) window.shift();
		if (performance.now() - since >= restMs && window.length === 12 && Math.max(...window) - Math.min(...window) < 2 * 1024 * 1024) break;
	}
	result.restMs = performance.now() - started - result.scoredMs;
	delay.disable();
	result.restStallMs = delay.max / 1e6;
	const memory = await settled();
	// CONSOLE_MEMORY_SNAPSHOT=<file>: a heap snapshot at rest, to see what the console's live heap is made of.
	if (process.env.CONSOLE_MEMORY_SNAPSHOT) (await import('node:v8')).writeHeapSnapshot(process.env.CONSOLE_MEMORY_SNAPSHOT);
	clearInterval(sampler);
	result.peakSample = peak;
	const allocation = allocated();
	const samples = await pressKeys(terminal, keyboard, presses);
	result.pressBytes = allocation.stop() / Math.max(1, samples.length);
	const pressedRss = process.memoryUsage.rss();
	// And what of it is held (two full collections later): live heap, or pages committed for the young generation.
	const pressedHeap = process.memoryUsage();
	result.restReleases = [...releaseRecord()];
	// After the burst, untouched for 30 s: RSS each second (V8's memory reducer, or the console's release when it has
	// not returned the growth 20 s after the last key), and the longest stall meanwhile.
	const typedDelay = monitorEventLoopDelay({resolution: 10});
	typedDelay.enable();
	result.typedSeries = [];
	while (result.typedSeries.length < 30) {
		await new Promise(resolve => setTimeout(resolve, 1000));
		result.typedSeries.push(process.memoryUsage.rss());
	}
	typedDelay.disable();
	Object.assign(result, {typedStallMs: typedDelay.max / 1e6, typedReleases: releaseRecord().slice(result.restReleases.length)});
	const pressedSettled = await settled();
	// What each collection costs on this heap right after a burst of keys, and what RSS it gives back.
	result.collections = [];
	const kinds = {minor: {type: 'minor'}, major: {type: 'major'}, 'memory-reducing': {type: 'major', flavor: 'last-resort'}, 'memory-reducing, again at once': {type: 'major', flavor: 'last-resort'}};
	for (const [kind, options] of Object.entries(kinds)) {
		if (!kind.includes('again')) await pressKeys(terminal, keyboard, presses);
		const rssBefore = process.memoryUsage.rss();
		const collected = performance.now();
		globalThis.gc({...options, execution: 'sync'});
		result.collections.push({kind, ms: performance.now() - collected, rssBefore, rssAfter: process.memoryUsage.rss()});
	}
	instance.unmount();
	await context.close();
	return {...result, ...memory, pressedRss, pressedHeap, pressedSettled, keyP50: quantile(samples, 0.5), keyP99: quantile(samples, 0.99)};
}

if (process.argv[2] === '--child') {
	const [, , , which, work, dataDir, workerEntry] = process.argv;
	const result = which === 'bare' ? await bareChild(work) : await consoleChild(work, dataDir, workerEntry);
	process.stdout.write(`${JSON.stringify(result)}\n`);
	process.exit(0);
}

const conversations = Number(process.env.CONSOLE_MEMORY_CONVERSATIONS ?? 100_000);
const cli = builtCli('console-memory');
const work = mkdtempSync(join(tmpdir(), 'deskterm-memory-bench-'));
const dataDir = join(work, 'desk');
// The console bundled with Ink's own frame building, for CONSOLE_MEMORY_INK_ALONE=1.
const inkWork = join(work, 'ink-alone');
// CONSOLE_MEMORY_BEFORE=<git ref>: that commit's tree (its bench kit bundles its console), built beside this one.
const beforeRef = process.env.CONSOLE_MEMORY_BEFORE;
const beforeTree = join(work, 'before-tree');
const beforeWork = join(work, 'before');

/** The commit's files, this checkout's node_modules, its CLI built and its console bundled; the built CLI's path. */
async function buildBefore() {
	mkdirSync(beforeTree, {recursive: true});
	const archive = spawnSync('sh', ['-c', `git -C "${root}" archive "$0" | tar -x -C "${beforeTree}"`, beforeRef], {encoding: 'utf8'});
	if (archive.status !== 0) throw new Error(`CONSOLE_MEMORY_BEFORE=${beforeRef}: ${archive.stderr.trim()}`);
	symlinkSync(join(root, 'node_modules'), join(beforeTree, 'node_modules'));
	const build = spawnSync(process.execPath, [join(beforeTree, 'scripts/build.mjs')], {encoding: 'utf8'});
	if (build.status !== 0) throw new Error(`CONSOLE_MEMORY_BEFORE=${beforeRef}: its build failed: ${build.stderr.slice(-500)}`);
	const kit = await import(pathToFileURL(join(beforeTree, 'bench/console-kit.mjs')).href);
	await kit.bundleConsole(beforeWork);
	return join(beforeTree, 'dist/cli.js');
}

/** One measurement in a fresh process (so neither side inherits the other's heap). */
function child(which, ...extra) {
	const [kind, directory] = which === 'ink-alone' ? ['console', inkWork] : which === 'before' ? ['console', beforeWork] : [which, work];
	// Each console's harvest learns from the closed conversations afresh, as on the desk's first start.
	if (kind === 'console') rmSync(join(dataDir, 'ranking', 'learned-examples.jsonl'), {force: true});
	const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', kind, directory, dataDir, ...extra], {
		// As the bin starts Node (scripts/launcher.mjs), unless this shell set the same variables.
		encoding: 'utf8', env: {...launchEnv, ...process.env, DESKTERM_REFRESH_SECONDS: '0'}, maxBuffer: 16 * 1024 * 1024,
	});
	if (run.status !== 0) throw new Error(`console-memory ${which} exited ${run.status}: ${run.stderr.slice(-1500)}`);
	return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

try {
	const reset = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'demo', 'reset', '--conversations', String(conversations), '--yes'], {encoding: 'utf8'});
	if (reset.status !== 0) throw new Error(`demo reset failed: ${reset.stderr}`);
	await bundleConsole(work);
	// CONSOLE_MEMORY_INK_ALONE=1: the console once more with Ink drawing each frame from nothing (before frame-output.ts).
	const inkAlone = process.env.CONSOLE_MEMORY_INK_ALONE === '1';
	if (inkAlone) await bundleConsole(inkWork, {inkFrames: false});
	const beforeCli = beforeRef ? await buildBefore() : null;
	await bundleSource(work, 'bare', {ink: 'render, Text', react: 'createElement'}, {
		jsx: 'automatic', define: {'process.env.NODE_ENV': '"production"'}, alias: {'react-devtools-core': join(root, 'scripts/empty-module.mjs')}, banner: requireBanner,
	});
	const bare = child('bare');
	// As `deskterm` runs it.
	const desk = child('console', cli);
	const before = inkAlone ? child('ink-alone', cli) : null;
	const older = beforeCli ? child('before', beforeCli) : null;
	// What RSS holds besides the JS heap and external memory: code, SQLite and malloc's unreturned pages.
	const native = m => mb(m.rss - m.heapTotal - m.external).toFixed(0);
	// The peak over the whole run: the load, the pass, the harvest, the keys and the 30 s after them.
	const peakOf = m => m.pressedSettled?.peakRss ?? m.peakRss;
	const line = (label, m) => `| ${label} | ${mb(m.rss).toFixed(0)} | ${mb(m.pressedRss ?? m.rss).toFixed(0)} | ${mb(peakOf(m)).toFixed(0)} | ${mb(m.heapUsed).toFixed(0)} | ${mb(m.heapTotal).toFixed(0)} | ${mb(m.external).toFixed(0)} | ${native(m)} |`;
	const details = (label, m) => {
		console.log(`${label}: when the queue was loaded, before scoring: RSS ${mb(m.loadedRss).toFixed(0)} MB, peak so far ${mb(m.loadedPeak).toFixed(0)} MB; just scored: RSS ${mb(m.scoredRss).toFixed(0)} MB`);
		console.log(`${label}: longest event-loop stall from scored to at rest ${m.restStallMs.toFixed(0)} ms (the console's collection that returns V8's spare pages)`);
		console.log(`${label}: highest RSS sampled ${mb(m.peakSample.rss).toFixed(0)} MB at ${(m.peakSample.atMs / 1000).toFixed(1)} s (${m.peakSample.phase || 'at rest'}; console's JS heap ${mb(m.peakSample.heapUsed).toFixed(0)} used of ${mb(m.peakSample.heapTotal).toFixed(0)} MB, worker heaps ${mb(m.peakSample.workers).toFixed(0)} MB, external ${mb(m.peakSample.external).toFixed(0)} MB, the rest ${mb(m.peakSample.rss - m.peakSample.heapTotal - m.peakSample.workers - m.peakSample.external).toFixed(0)} MB then; queue loaded at ${(m.loadedMs / 1000).toFixed(1)} s, scored at ${(m.scoredMs / 1000).toFixed(1)} s, harvest over at ${(m.harvestOverMs / 1000).toFixed(1)} s, at rest ${((m.scoredMs + m.restMs) / 1000).toFixed(1)} s)`);
		console.log(`${label}: after the keys RSS ${mb(m.pressedRss).toFixed(0)} MB, JS heap ${mb(m.pressedHeap.heapUsed).toFixed(0)} used of ${mb(m.pressedHeap.heapTotal).toFixed(0)}; 30 s and two full collections later RSS ${mb(m.pressedSettled.rss).toFixed(0)} MB, heap ${mb(m.pressedSettled.heapUsed).toFixed(0)} of ${mb(m.pressedSettled.heapTotal).toFixed(0)}`);
		const releases = list => list.map(each => `${each.reason} ${each.stallMs.toFixed(0)} ms (RSS ${mb(each.rssBefore).toFixed(0)} → ${mb(each.rssAfter).toFixed(0)} MB)`).join(', ') || 'none';
		console.log(`${label}: the console's releases up to the keys: ${releases(m.restReleases)}; after the keys: ${releases(m.typedReleases)}`);
		console.log(`${label}: RSS MB each second for 30 s after the keys: ${m.typedSeries.map(rss => mb(rss).toFixed(0)).join(' ')}; longest event-loop stall then ${m.typedStallMs.toFixed(0)} ms`);
		console.log(`${label}: collections after ${presses} more keys each: ${m.collections.map(each => `${each.kind} ${each.ms.toFixed(0)} ms, RSS ${mb(each.rssBefore).toFixed(0)} → ${mb(each.rssAfter).toFixed(0)} MB`).join('; ')}`);
		console.log(`${label}: first frame ${m.firstFrameMs.toFixed(0)} ms, queue loaded ${m.loadedMs.toFixed(0)} ms, all scored ${m.scoredMs.toFixed(0)} ms; key→frame p50 ${m.keyP50.toFixed(1)} ms, p99 ${m.keyP99.toFixed(1)} ms (${presses} presses)`);
		console.log(`${label}: ${mb(m.pressBytes).toFixed(2)} MB allocated per key press (the JS heap, between its collections)`);
	};
	console.log(`console-memory: local demo desk of ${conversations.toLocaleString('en')} conversations (${desk.rows.toLocaleString('en')} active rows loaded and scored), 120x40 terminal stand-in, node ${process.version}, ${loadLine()}`);
	console.log(`| process | RSS MB at rest | RSS MB after ${presses} keys | peak RSS MB | heap used MB | heap total MB | external MB | rest of RSS MB |`);
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
	console.log(line('bare Ink app, nothing held', bare));
	console.log(line('console as deskterm runs it', desk));
	if (before) console.log(line('console in the worker, Ink drawing each frame from nothing (before)', before));
	if (older) console.log(line(`console as built from ${beforeRef} (before)`, older));
	details('deskterm', desk);
	if (before) details('Ink alone', before);
	if (older) details(beforeRef, older);
	// The issue's target, at rest, while typing and at the peak.
	const figures = {'at rest': mb(desk.rss), 'after the keys': mb(desk.pressedRss), peak: mb(peakOf(desk))};
	const over = Object.entries(figures).filter(([, value]) => value > targetMb);
	const beforeFigures = older ? {'at rest': mb(older.rss), 'after the keys': mb(older.pressedRss), peak: mb(peakOf(older))} : null;
	for (const [name, value] of Object.entries(figures)) {
		const was = beforeFigures ? ` (${beforeRef}: ${beforeFigures[name].toFixed(0)} MB)` : '';
		console.log(`console RSS ${name}: ${value.toFixed(0)} MB${was}, bare Ink ${mb(bare.rss).toFixed(0)} MB, target ${targetMb} MB: ${value > targetMb ? 'MISSED' : 'met'}`);
	}
	if (over.length > 0) process.exitCode = 1;
} finally {
	rmSync(work, {recursive: true, force: true});
}
