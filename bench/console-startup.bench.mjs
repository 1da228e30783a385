#!/usr/bin/env node
// Console start-up in a real pseudo-terminal (util-linux `script`, 80x24): time to the first frame, to a
// drawn queue on the demo desk, and to exit after `q`, against a bare `node -e ''` in the same wrapper.
// Rounds are interleaved so machine noise hits both alike. Target: first frame within 4x bare node.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {builtCli, quantile} from './bench-kit.mjs';

const rounds = Number(process.env.CONSOLE_BENCH_ROUNDS ?? 15);
const warmups = 2;
const targetRatio = 4;

if (spawnSync('script', ['--version']).status !== 0) {
	console.log('console-startup: not run, util-linux `script` (a pseudo-terminal) is not installed');
	process.exit(0);
}
const cli = builtCli('console-startup');

const work = mkdtempSync(join(tmpdir(), 'deskterm-startup-bench-'));
const dataDir = join(work, 'desk');
const quote = text => `'${text.replaceAll("'", "'\\''")}'`;

/** Runs a command in an 80x24 pty; marks are the ms (since spawn) at which each check on the output first held. */
function runInTerminal(command, marks, {quitWhen} = {}) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${command}`, '/dev/null'], {
			env: {...process.env, TERM: 'xterm-256color', DESKTERM_REFRESH_SECONDS: '0'},
		});
		const seen = {};
		let output = '';
		child.stdout.on('data', chunk => {
			output += chunk.toString('utf8');
			const plain = stripVTControlCharacters(output);
			for (const [name, check] of Object.entries(marks)) {
				if (seen[name] === undefined && check(output, plain)) seen[name] = performance.now() - started;
			}
			if (quitWhen && seen[quitWhen] !== undefined && seen.quitSent === undefined) {
				seen.quitSent = performance.now() - started;
				child.stdin.write('q');
			}
		});
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`no exit within 30 s; output so far:\n${output.slice(-800)}`));
		}, 30_000);
		child.on('exit', code => {
			clearTimeout(timer);
			if (code !== 0) reject(new Error(`exit code ${code}; output:\n${output.slice(-800)}`));
			else resolve({...seen, exit: performance.now() - started});
		});
	});
}

// After the alternate screen opens, the status bar's separator is the first thing drawn; a row marked › is a drawn queue.
const consoleMarks = {
	firstFrame: (raw, plain) => raw.includes('\u001B[?1049h') && plain.includes('│'),
	queueDrawn: (_raw, plain) => /› \d+ /.test(plain),
};
const bare = () => runInTerminal(`${quote(process.execPath)} -e ''`, {});
// As a person runs the bin: by its #! line, through the launcher (scripts/launcher.mjs), with this node first on PATH.
process.env.PATH = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
const consoleRun = () => runInTerminal(`${quote(cli)} --data-dir ${quote(dataDir)}`, consoleMarks, {quitWhen: 'queueDrawn'});

const samples = {bare: [], firstFrame: [], queueDrawn: [], exit: []};
try {
	// The first run seeds the demo desk; it is a warm-up, like the next ones.
	for (let round = 0; round < warmups + rounds; round++) {
		const order = Math.random() < 0.5 ? ['bare', 'console'] : ['console', 'bare'];
		for (const which of order) {
			if (which === 'bare') {
				const result = await bare();
				if (round >= warmups) samples.bare.push(result.exit);
			} else {
				const result = await consoleRun();
				if (round >= warmups) {
					samples.firstFrame.push(result.firstFrame);
					samples.queueDrawn.push(result.queueDrawn);
					samples.exit.push(result.exit - result.quitSent);
				}
			}
		}
	}
} finally {
	rmSync(work, {recursive: true, force: true});
}

const bareMedian = quantile(samples.bare, 0.5);
const row = (label, values) => {
	const median = quantile(values, 0.5);
	return `| ${label} | ${median.toFixed(0)} | ${quantile(values, 0.9).toFixed(0)} | ${(median / bareMedian).toFixed(2)}x |`;
};
console.log(`console-startup: ${rounds} interleaved rounds in an 80x24 pty (script), demo desk, node ${process.version}`);
console.log('| measure | median ms | p90 ms | median / bare node |');
console.log('|---|---:|---:|---:|');
console.log(row("bare `node -e ''` (spawn to exit)", samples.bare));
console.log(row('console: spawn to first frame', samples.firstFrame));
console.log(row('console: spawn to queue drawn (demo desk)', samples.queueDrawn));
console.log(row('console: q to process exit', samples.exit));
const ratio = quantile(samples.firstFrame, 0.5) / bareMedian;
console.log(`first frame ${ratio.toFixed(2)}x bare node: ${ratio <= targetRatio ? 'within' : 'OVER'} the ${targetRatio}x target`);
if (ratio > targetRatio) process.exitCode = 1;
