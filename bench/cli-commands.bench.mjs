#!/usr/bin/env node
// Script commands as real processes on the demo desk (pipe output): queue --json, piped queue, show --json,
// agents, and a reply, each against a bare `node -e ''` in the same interleaved rounds (the machine is shared).
// Target: queue --json over the whole demo desk within 6x bare node (median).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {builtCli, quantile} from './bench-kit.mjs';

const rounds = Number(process.env.CLI_BENCH_ROUNDS ?? 15);
const warmups = 2;
const targetRatio = 6;

const cli = builtCli('cli-commands');

const work = mkdtempSync(join(tmpdir(), 'deskterm-cli-bench-'));
const dataDir = join(work, 'desk');
const env = {PATH: process.env.PATH, HOME: work};

/** Wall and CPU milliseconds of one process; fails loudly if the command does. */
function time(args) {
	const started = performance.now();
	const result = spawnSync(process.execPath, args, {env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	const wall = performance.now() - started;
	if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return {wall, stdout: result.stdout};
}

const desk = args => [cli, ...args, '--data-dir', dataDir];
// The first call seeds the desk; its ids pick the conversation to show and reply to.
const ids = JSON.parse(time(desk(['queue', '--json', '--fields', 'id'])).stdout).map(row => row.id);
const id = ids[0];
const commands = {
	"bare `node -e ''`": ['-e', ''],
	[`queue --json (${ids.length} conversations)`]: desk(['queue', '--json']),
	'queue, piped (tab-separated rows)': desk(['queue']),
	'show <id> --json': desk(['show', id, '--json']),
	'agents': desk(['agents']),
	'reply <id> --body ... --json': desk(['reply', id, '--body', 'Benchmark reply, please ignore.', '--json']),
};

const samples = Object.fromEntries(Object.keys(commands).map(name => [name, []]));
const loadBefore = loadavg()[0];
try {
	for (let round = 0; round < warmups + rounds; round++) {
		const order = Object.keys(commands).sort(() => Math.random() - 0.5);
		for (const name of order) {
			const {wall} = time(commands[name]);
			if (round >= warmups) samples[name].push(wall);
		}
	}
} finally {
	rmSync(work, {recursive: true, force: true});
}

const bareMedian = quantile(samples["bare `node -e ''`"], 0.5);
console.log(`cli-commands: ${rounds} interleaved rounds, demo desk, stdout a pipe, node ${process.version}, load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
console.log('| command | median ms | p90 ms | min ms | median / bare node |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, values] of Object.entries(samples)) {
	const median = quantile(values, 0.5);
	console.log(`| ${name} | ${median.toFixed(0)} | ${quantile(values, 0.9).toFixed(0)} | ${quantile(values, 0).toFixed(0)} | ${(median / bareMedian).toFixed(2)}x |`);
}
const ratio = quantile(samples[`queue --json (${ids.length} conversations)`], 0.5) / bareMedian;
console.log(`queue --json ${ratio.toFixed(2)}x bare node: ${ratio <= targetRatio ? 'within' : 'OVER'} the ${targetRatio}x target`);
if (ratio > targetRatio) process.exitCode = 1;
