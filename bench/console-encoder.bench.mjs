#!/usr/bin/env node
// The console with the sentence encoder on (the default) beside the same console with DESKTERM_SENTENCE_ENCODER=off,
// in a real pseudo-terminal (util-linux `script`, 80x24) on the demo desk: RSS of the console's own process and of
// the encoder's child process, separately, once the queue is drawn and at rest, and once a conversation is open with
// its suggestions; and the time from Enter to the suggestions shown. Targets: the console's own process within
// 200 MB (the console's target, docs/performance.md) with the encoder on, and never TensorFlow.js in it.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {builtCli, loadLine} from './bench-kit.mjs';

if (spawnSync('script', ['--version']).status !== 0) {
	console.log('console-encoder: not run, util-linux `script` (a pseudo-terminal) is not installed');
	process.exit(0);
}
const cli = builtCli('console-encoder');
const work = mkdtempSync(join(tmpdir(), 'deskterm-console-encoder-bench-'));
const quote = text => `'${text.replaceAll("'", "'\\''")}'`;
const mb = kb => (kb / 1024).toFixed(0);

const childrenOf = pid => spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], {encoding: 'utf8'}).stdout.split('\n').map(Number).filter(each => each > 0);
const commandOf = pid => (existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') : '');
const rssOf = pid => Number(/VmRSS:\s+(\d+)/.exec(existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '')?.[1] ?? 0);
const mapsMention = (pid, text) => existsSync(`/proc/${pid}/maps`) && readFileSync(`/proc/${pid}/maps`, 'utf8').includes(text);

/** One console run: RSS when the queue is drawn and settled, then after Enter with the suggestions shown. */
function run(encoder, dataDir) {
	return new Promise((resolve, reject) => {
		const env = {...process.env, TERM: 'xterm-256color', DESKTERM_REFRESH_SECONDS: '0', DESKTERM_SENTENCE_ENCODER: encoder ? 'on' : 'off'};
		const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${quote(process.execPath)} ${quote(cli)} --data-dir ${quote(dataDir)}`, '/dev/null'], {env});
		let output = '';
		let phase = 'queue';
		const result = {};
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`no result within 120 s; output so far:\n${stripVTControlCharacters(output).slice(-800)}`));
		}, 120_000);
		const consolePid = () => childrenOf(child.pid).find(pid => commandOf(pid).includes(cli));
		const encoderPid = own => (own ? childrenOf(own).find(pid => commandOf(pid).includes('encoder-process.js')) : undefined);
		// At rest: both processes' RSS within 2 MB for 3 s in a row (the encoder's model loads after the queue shows).
		const settle = async () => {
			const own = consolePid();
			let last = [0, 0];
			let steady = 0;
			for (let tick = 0; tick < 300 && steady < 30; tick++) {
				await new Promise(done => setTimeout(done, 100));
				const now = [rssOf(own), rssOf(encoderPid(own) ?? 0)];
				steady = Math.abs(now[0] - last[0]) < 2048 && Math.abs(now[1] - last[1]) < 2048 && (!encoder || now[1] > 0) ? steady + 1 : 0;
				last = now;
			}
			return {console: last[0], encoder: last[1], tfInConsole: mapsMention(own, 'energetic-ai') || mapsMention(own, 'tfjs'), encoderPid: encoderPid(own)};
		};
		child.stdout.on('data', chunk => {
			output += chunk.toString('utf8');
			const plain = stripVTControlCharacters(output);
			if (phase === 'queue' && /› \d+ /.test(plain)) {
				phase = 'settling';
				settle().then(figures => {
					result.queue = figures;
					output = '';
					phase = 'open';
					result.pressedAt = performance.now();
					child.stdin.write('\r');
				}, reject);
			} else if (phase === 'open' && /Suggested: 1 /.test(plain) && (!encoder || !plain.includes('by words;'))) {
				result.shownMs = performance.now() - result.pressedAt;
				phase = 'opened';
				settle().then(figures => {
					result.open = figures;
					phase = 'quit';
					child.stdin.write('\u001B');
					setTimeout(() => child.stdin.write('q'), 300);
				}, reject);
			}
		});
		child.on('exit', async () => {
			clearTimeout(timer);
			if (!result.open) return reject(new Error(`the console exited early:\n${stripVTControlCharacters(output).slice(-800)}`));
			// No orphan: the encoder's process goes with the console (signalled on exit; given 5 s to be gone).
			const left = () => result.open.encoderPid !== undefined && existsSync(`/proc/${result.open.encoderPid}`) && !/State:\s+Z/.test(readFileSync(`/proc/${result.open.encoderPid}/status`, 'utf8'));
			for (let tick = 0; tick < 50 && left(); tick++) await new Promise(done => setTimeout(done, 100));
			result.encoderLeft = left();
			resolve(result);
		});
	});
}

let missed = 0;
try {
	console.log(`console-encoder: ${loadLine()}`);
	const dataDir = join(work, 'desk');
	// A first run seeds the demo desk and the encoder's caches (the templates' vectors, the pieces' classifier).
	await run(true, dataDir);
	for (const encoder of [false, true]) {
		const figures = await run(encoder, dataDir);
		const label = encoder ? 'encoder on (default)' : 'encoder off (DESKTERM_SENTENCE_ENCODER=off)';
		console.log(`| ${label} | queue at rest: console ${mb(figures.queue.console)} MB, encoder child ${mb(figures.queue.encoder)} MB | conversation open: console ${mb(figures.open.console)} MB, encoder child ${mb(figures.open.encoder)} MB | Enter -> suggestions ${figures.shownMs.toFixed(0)} ms |`);
		if (encoder) {
			const own = Math.max(figures.queue.console, figures.open.console) / 1024;
			const met = own <= 200 && !figures.queue.tfInConsole && !figures.open.tfInConsole;
			if (!met) missed++;
			console.log(`  target console's own process with the encoder on: ${own.toFixed(0)} MB, TensorFlow.js in it: ${figures.open.tfInConsole ? 'yes' : 'no'} (<= 200 MB, no) ${met ? 'met' : 'MISSED'}`);
			if (figures.encoderLeft) missed++;
			console.log(`  target no encoder process left after q: ${figures.encoderLeft ? 'one was left: MISSED' : 'none left: met'}`);
		}
	}
} finally {
	rmSync(work, {recursive: true, force: true});
}
process.exitCode = missed > 0 ? 1 : 0;
