#!/usr/bin/env node
// npm run bench: runs every bench/*.bench.mjs in turn, each in its own process, and sums up.
// A bench ran when it exits 0; it was not run when it exits 3, or exits 0 with a last line saying
// "not run" (say, ../shared or a tool is absent; it prints why); any other exit means it failed,
// a missed target included. Usage: node bench/run.mjs [name-filter]
import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
const benches = readdirSync(here)
	.filter(name => name.endsWith('.bench.mjs') && name.includes(filter))
	.sort();

/** Runs one bench with its output shown live; resolves to its exit code and last line of output. */
function runBench(name) {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [join(here, name)], {stdio: ['ignore', 'pipe', 'inherit']});
		let tail = '';
		child.stdout.on('data', chunk => {
			process.stdout.write(chunk);
			tail = (tail + chunk.toString()).slice(-2000);
		});
		child.on('close', (code, signal) => resolve({code, signal, lastLine: tail.trim().split('\n').at(-1) ?? ''}));
	});
}

const outcome = {ran: [], notRun: [], failed: []};
for (const name of benches) {
	console.log(`\n== ${name}`);
	const started = Date.now();
	const {code, signal, lastLine} = await runBench(name);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const notRun = code === 3 || (code === 0 && /\bnot run\b/.test(lastLine));
	const verdict = notRun ? 'not run' : code === 0 ? 'ran' : `FAILED (exit ${code ?? signal})`;
	(notRun ? outcome.notRun : code === 0 ? outcome.ran : outcome.failed).push(name);
	console.log(`== ${name}: ${verdict} in ${seconds} s`);
}
const list = names => (names.length > 0 ? ` (${names.join(', ')})` : '');
console.log(
	`\n${benches.length} benchmarks: ${outcome.ran.length} ran, ${outcome.notRun.length} not run${list(outcome.notRun)}, ${outcome.failed.length} failed${list(outcome.failed)}`,
);
process.exit(outcome.failed.length > 0 ? 1 : 0);
