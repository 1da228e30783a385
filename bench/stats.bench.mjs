#!/usr/bin/env node
// `stats --json` and `summary --json` over a large local desk (default 100,000 conversations), as real
// processes, beside a plain SQL count(*) over the same desk in a fresh node process (the baseline).
// Target: stats --json within 2 s (median). STATS_BENCH_CONVERSATIONS and STATS_BENCH_ROUNDS shrink it.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {builtCli, quantile} from './bench-kit.mjs';

const conversations = Number(process.env.STATS_BENCH_CONVERSATIONS ?? 100_000);
const rounds = Number(process.env.STATS_BENCH_ROUNDS ?? 5);
const targetMs = 2_000;

const cli = builtCli('stats');
const work = mkdtempSync(join(tmpdir(), 'deskterm-stats-bench-'));
const dataDir = join(work, 'desk');
const env = {PATH: process.env.PATH, HOME: work};

function time(args) {
	const started = performance.now();
	const result = spawnSync(process.execPath, args, {env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
	const wall = performance.now() - started;
	if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return {wall, stdout: result.stdout};
}

const countSql = `const {DatabaseSync} = require('node:sqlite'); const db = new DatabaseSync(${JSON.stringify(join(dataDir, 'desk.sqlite'))}, {readOnly: true}); console.log(db.prepare('SELECT count(*) AS n FROM conversations').get().n);`;
const commands = {
	'baseline: node + SQL count(*)': ['-e', countSql],
	'stats --since 3650d --json': [cli, 'stats', '--since', '3650d', '--json', '--data-dir', dataDir],
	'summary --json': [cli, 'summary', '--json', '--data-dir', dataDir],
};
const samples = Object.fromEntries(Object.keys(commands).map(name => [name, []]));
const loadBefore = loadavg()[0];
let counted = 0;
try {
	time([cli, 'demo', 'reset', '--conversations', String(conversations), '--yes', '--data-dir', dataDir]);
	counted = Number(time(commands['baseline: node + SQL count(*)']).stdout.trim());
	for (let round = 0; round < rounds + 1; round++) {
		for (const name of Object.keys(commands).sort(() => Math.random() - 0.5)) {
			const {wall} = time(commands[name]);
			if (round > 0) samples[name].push(wall);
		}
	}
} finally {
	rmSync(work, {recursive: true, force: true});
}

const base = quantile(samples['baseline: node + SQL count(*)'], 0.5);
console.log(`stats: ${rounds} interleaved rounds, local desk of ${counted} conversations, node ${process.version}, load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
console.log('| command | median ms | p90 ms | median / baseline |');
console.log('|---|---:|---:|---:|');
for (const [name, values] of Object.entries(samples)) {
	console.log(`| ${name} | ${quantile(values, 0.5).toFixed(0)} | ${quantile(values, 0.9).toFixed(0)} | ${(quantile(values, 0.5) / base).toFixed(1)}x |`);
}
const stats = quantile(samples['stats --since 3650d --json'], 0.5);
console.log(`stats --json median ${stats.toFixed(0)} ms, target ${targetMs} ms: ${stats <= targetMs ? 'met' : 'MISSED'}`);
if (stats > targetMs) process.exitCode = 1;
