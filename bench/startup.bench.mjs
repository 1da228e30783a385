#!/usr/bin/env node
// Start-up of non-interactive commands as real processes (stdout a pipe) on a fresh demo desk, against a bare
// `node -e ''` in the same interleaved rounds. Wall and CPU (user+sys, from wait4 via python3) medians, because
// wall time on the shared machine includes waiting for other tenants.
// Target: queue --json --limit 5 and show <id> --json within 2.5x bare node, wall and CPU (medians).
// Env: STARTUP_BENCH_ROUNDS (default 40), DESKTERM_BENCH_CLI (another build of dist/cli.js).
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {createInterface} from 'node:readline';
import {builtCli, loadLine, quantile} from './bench-kit.mjs';

const cli = builtCli('startup');
const rounds = Number(process.env.STARTUP_BENCH_ROUNDS ?? 40);
const warmups = 3;
const targetRatio = 2.5;

if (spawnSync('python3', ['-c', 'import os; os.wait4; os.posix_spawn']).status !== 0) {
	console.log('startup: not run, python3 (for the CPU time of each child, from wait4) is not installed');
	process.exit(3);
}

// Spawns one command, drains its stdout and stderr, reaps it with wait4: wall ms, CPU ms, exit status, output.
const timer = String.raw`
import json, os, selectors, sys, time
for line in sys.stdin:
    job = json.loads(line)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    actions = [(os.POSIX_SPAWN_OPEN, 0, '/dev/null', os.O_RDONLY, 0), (os.POSIX_SPAWN_DUP2, out_w, 1), (os.POSIX_SPAWN_DUP2, err_w, 2)]
    started = time.perf_counter()
    pid = os.posix_spawn(job['argv'][0], job['argv'], job['env'], file_actions=actions)
    os.close(out_w)
    os.close(err_w)
    chunks = {out_r: [], err_r: []}
    selector = selectors.DefaultSelector()
    for fd in chunks:
        selector.register(fd, selectors.EVENT_READ)
    open_fds = 2
    while open_fds:
        for key, _ in selector.select():
            data = os.read(key.fd, 65536)
            if data:
                chunks[key.fd].append(data)
            else:
                selector.unregister(key.fd)
                open_fds -= 1
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter() - started) * 1000
    os.close(out_r)
    os.close(err_r)
    print(json.dumps({'wall': wall, 'cpu': (usage.ru_utime + usage.ru_stime) * 1000, 'status': os.waitstatus_to_exitcode(status),
        'stdout': b''.join(chunks[out_r]).decode('utf8', 'replace'), 'stderr': b''.join(chunks[err_r]).decode('utf8', 'replace')}), flush=True)
`;
const helper = spawn('python3', ['-c', timer], {stdio: ['pipe', 'pipe', 'inherit']});
const replies = createInterface({input: helper.stdout})[Symbol.asyncIterator]();

const work = mkdtempSync(join(tmpdir(), 'deskterm-startup-bench-'));
const dataDir = join(work, 'desk');
// A home of its own: no config, a fresh demo desk, and Node's compile cache (if deskterm keeps one) under it.
const env = {PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, HOME: work};

/** Runs node with args once; fails loudly if the command does. */
async function time(args) {
	// deskterm's commands as the bin runs them: through the launcher's sh (scripts/launcher.mjs), then this node.
	const argv = args[0] === cli ? ['/bin/sh', ...args] : [process.execPath, ...args];
	helper.stdin.write(`${JSON.stringify({argv, env})}\n`);
	const {value, done} = await replies.next();
	if (done) throw new Error('the python3 timer stopped');
	const result = JSON.parse(value);
	if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return result;
}

const bareName = "bare `node -e ''`";
const desk = args => [cli, ...args, '--data-dir', dataDir];
const samples = {};
let first;
try {
	// The first call seeds the demo desk (not measured); its first id is the conversation to show.
	first = await time(desk(['queue', '--json', '--fields', 'id', '--limit', '1']));
	const id = JSON.parse(first.stdout)[0].id;
	const commands = {
		[bareName]: ['-e', ''],
		'--version': [cli, '--version'],
		'queue --json --limit 5': desk(['queue', '--json', '--limit', '5']),
		'show <id> --json': desk(['show', id, '--json']),
		'queue (whole queue, piped)': desk(['queue']),
	};
	for (const name of Object.keys(commands)) samples[name] = {wall: [], cpu: []};
	for (let round = 0; round < warmups + rounds; round++) {
		const order = Object.keys(commands).sort(() => Math.random() - 0.5);
		for (const name of order) {
			const {wall, cpu} = await time(commands[name]);
			if (round < warmups) continue;
			samples[name].wall.push(wall);
			samples[name].cpu.push(cpu);
		}
	}
} finally {
	helper.stdin.end();
	rmSync(work, {recursive: true, force: true});
}

const bare = {wall: quantile(samples[bareName].wall, 0.5), cpu: quantile(samples[bareName].cpu, 0.5)};
const ratios = name => ({wall: quantile(samples[name].wall, 0.5) / bare.wall, cpu: quantile(samples[name].cpu, 0.5) / bare.cpu});
console.log(`startup: ${rounds} interleaved rounds (+${warmups} warm-up), fresh demo desk, stdout a pipe, node ${process.version}, ${loadLine()}`);
console.log(`(first run, which seeded the desk: ${first.wall.toFixed(0)} ms wall, ${first.cpu.toFixed(0)} ms CPU)`);
console.log('| command | wall median ms | wall p90 ms | CPU median ms | wall / bare | CPU / bare |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, {wall, cpu}] of Object.entries(samples)) {
	const ratio = ratios(name);
	console.log(
		`| ${name} | ${quantile(wall, 0.5).toFixed(1)} | ${quantile(wall, 0.9).toFixed(1)} | ${quantile(cpu, 0.5).toFixed(1)} | ${ratio.wall.toFixed(2)}x | ${ratio.cpu.toFixed(2)}x |`,
	);
}
const missed = ['queue --json --limit 5', 'show <id> --json'].filter(name => Math.max(ratios(name).wall, ratios(name).cpu) > targetRatio);
console.log(`queue --json --limit 5 and show --json within ${targetRatio}x bare node (wall and CPU): ${missed.length === 0 ? 'met' : `MISSED (${missed.join(', ')})`}`);
if (missed.length > 0) process.exitCode = 1;
