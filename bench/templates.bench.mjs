#!/usr/bin/env node
// Template loading: 10,000 generated template files (deterministic, in a temp folder) must load in well
// under a second. Bundles source/templates with esbuild first, so it measures the code the CLI runs;
// also times `deskterm templates list --json` end to end when dist/cli.js is built.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundleSource, cpuMsSince, prng, requireBanner, root} from './bench-kit.mjs';

const count = Number(process.env.TEMPLATES_BENCH_COUNT ?? 10_000);
const budgetMs = 1_000;

const work = mkdtempSync(join(tmpdir(), 'deskterm-templates-bench-'));
// yaml is CommonJS and requires node built-ins.
const {loadTemplates, fillTemplate} = await bundleSource(
	work,
	'templates',
	{'source/templates/load-templates.ts': 'loadTemplates', 'source/templates/placeholders.ts': 'fillTemplate'},
	{banner: requireBanner},
);

const topics = ['refund', 'invoice', 'password reset', 'shipping delay', 'damaged item', 'cancel subscription', 'webhook', 'rate limit', '2fa', 'data export'];
const folders = ['billing', 'account', 'orders', 'technical', 'general'];
const sentences = [
	'Thanks for getting in touch about this.',
	'I have looked into your account and here is what happens next.',
	'The team checks the details and writes back within one working day.',
	'You can follow every step under Settings in the app.',
	'If anything still looks wrong, reply here and I will take care of it.',
	'Your reference is {{conversation.id}}.',
	'Order {{order_number}} is on its way: {{tracking_link}}',
];

function generate(directory, total) {
	const random = prng(7);
	const pick = list => list[Math.floor(random() * list.length)];
	for (const folder of folders) mkdirSync(join(directory, folder), {recursive: true});
	for (let index = 0; index < total; index++) {
		const topic = pick(topics);
		const language = index % 10 === 0 ? 'de' : 'en';
		// One in five files uses a nested actions block, which takes the full YAML parser.
		const actions = index % 5 === 0 ? 'actions:\n  status: closed\n  add_tags: [handled]\n' : '';
		const body = Array.from({length: 3 + Math.floor(random() * 4)}, () => pick(sentences)).join(' ');
		const text = `---\nid: t-${index}\ntitle: ${topic} answer ${index}\ntags: [${topic}, group-${index % 50}]\nshortcut: s${index}\nlanguage: ${language}\n${actions}---\nHi {{customer.first_name | there}},\n\n${body}\n\nBest,\n{{agent.first_name}}\n`;
		writeFileSync(join(directory, pick(folders), `t-${index}.md`), text);
	}
}

const library = join(work, 'library');
let started = performance.now();
generate(library, count);
console.log(`generated ${count} template files in ${(performance.now() - started).toFixed(0)} ms (node ${process.version})`);

const runs = [];
const cpu = [];
let loaded;
for (let run = 0; run < 5; run++) {
	started = performance.now();
	const cpuBefore = process.cpuUsage();
	loaded = await loadTemplates([library]);
	const cpuMs = cpuMsSince(cpuBefore);
	runs.push(performance.now() - started);
	cpu.push(cpuMs);
}
if (loaded.templates.length !== count || loaded.problems.length !== 0) {
	console.log(`FAIL: loaded ${loaded.templates.length} templates with ${loaded.problems.length} problems, expected ${count} and 0`);
	process.exit(1);
}
const first = runs[0];
const sorted = [...runs].sort((a, b) => a - b);
const median = sorted[2];
console.log(`loadTemplates: ${count} files, first run ${first.toFixed(0)} ms, median of 5 ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted[4].toFixed(0)}), ${((median * 1000) / count).toFixed(1)} µs per file`);
// Wall time suffers when other processes share the cores; CPU time shows the loader's own cost.
const cpuMedian = [...cpu].sort((a, b) => a - b)[2];
console.log(`  CPU time per load: median ${cpuMedian.toFixed(0)} ms; load average during the run ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`);

const values = {'customer.first_name': 'Ada', 'agent.first_name': 'Sam', 'conversation.id': '1042'};
started = performance.now();
let unfilled = 0;
for (const template of loaded.templates) unfilled += fillTemplate(template.body, values).unfilled.length;
console.log(`fillTemplate: ${count} bodies in ${(performance.now() - started).toFixed(0)} ms (${unfilled} fields left for agents)`);

const cli = join(root, 'dist', 'cli.js');
if (existsSync(cli)) {
	started = performance.now();
	const result = spawnSync(process.execPath, [cli, 'templates', 'list', '--templates', library, '--json'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	const wall = performance.now() - started;
	const rows = result.status === 0 ? JSON.parse(result.stdout).length : 0;
	console.log(`deskterm templates list --json: ${rows} rows, ${wall.toFixed(0)} ms wall (process start included)`);
} else {
	console.log('deskterm templates list: not run, dist/cli.js is not built (npm run build)');
}

rmSync(work, {recursive: true, force: true});
const ok = median < budgetMs * (count / 10_000);
console.log(`${ok ? 'PASS' : 'FAIL'}: budget ${budgetMs} ms per 10,000 templates`);
process.exitCode = ok ? 0 : 1;
