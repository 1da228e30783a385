#!/usr/bin/env node
// npm run bench: runs every bench/*.bench.mjs in turn, each in its own process, and sums up.
// A bench exits 0 when it ran, 3 when it could not run here (say, ../shared is absent; it prints why),
// anything else when it failed. Usage: node bench/run.mjs [name-filter]
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
const benches = readdirSync(here)
	.filter(name => name.endsWith('.bench.mjs') && name.includes(filter))
	.sort();
const outcome = {ran: [], notRun: [], failed: []};
for (const name of benches) {
	console.log(`\n== ${name}`);
	const started = Date.now();
	const result = spawnSync(process.execPath, [join(here, name)], {stdio: 'inherit'});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status === 0) outcome.ran.push(name);
	else if (result.status === 3) outcome.notRun.push(name);
	else outcome.failed.push(name);
	console.log(`== ${name}: ${result.status === 0 ? 'ran' : result.status === 3 ? 'not run' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds} s`);
}
console.log(`\n${benches.length} benchmarks: ${outcome.ran.length} ran, ${outcome.notRun.length} not run${outcome.notRun.length ? ` (${outcome.notRun.join(', ')})` : ''}, ${outcome.failed.length} failed${outcome.failed.length ? ` (${outcome.failed.join(', ')})` : ''}`);
process.exit(outcome.failed.length > 0 ? 1 : 0);
