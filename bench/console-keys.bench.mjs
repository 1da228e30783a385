#!/usr/bin/env node
// Key press to frame in the console, with 100 and with 100,000 conversations in the queue: windowed
// rendering should make both the same. Bundles the console from source with esbuild (production React),
// renders it with Ink into a 120x40 terminal stand-in, presses j/k and times stdin write → frame write.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {quantile} from './bench-kit.mjs';
import {bundleConsole, Keyboard, nextFrame, pressKeys, Terminal} from './console-kit.mjs';

const presses = Number(process.env.CONSOLE_KEYS_PRESSES ?? 150);
const work = mkdtempSync(join(tmpdir(), 'deskterm-keys-bench-'));
const {App, createContext, plainTheme, noCapabilities, render, createElement} = await bundleConsole(work);

const now = Date.parse('2026-03-02T10:00:00Z');
const agent = {id: 'a1', name: 'Dana Whitfield', email: 'dana@desk.test', teamIds: [], role: 'agent'};

/** A desk of `count` queue rows, paged like a real back end; nothing is written. */
function desk(count) {
	const rows = Array.from({length: count}, (_, index) => ({
		id: String(index + 1), subject: `Question number ${index + 1} about an invoice`, customerId: `c${index}`, customerName: `Customer ${index + 1}`,
		channel: 'email', status: 'open', priority: index % 7 === 0 ? 'urgent' : 'normal', assigneeId: null, assigneeName: null, teamId: null,
		teamName: null, tags: [], createdAt: now - index * 60_000, updatedAt: now, waitingSince: now - index * 60_000, firstResponseAt: null,
		closedAt: null, snoozedUntil: null, messageCount: 1, preview: '', version: '1',
	}));
	return {
		kind: 'bench', label: 'bench desk', capabilities: noCapabilities,
		whoami: async () => agent, listAgents: async () => [agent], listTeams: async () => [],
		listQueue: async query => {
			const start = Number(query.cursor ?? 0);
			const end = Math.min(rows.length, start + (query.limit ?? 50));
			return {conversations: rows.slice(start, end), nextCursor: end < rows.length ? String(end) : null, total: rows.length};
		},
		getConversation: async id => { throw new Error(`not in this bench: ${id}`); },
		changesSince: async () => ({changed: [], removed: [], cursor: '0'}),
		close: async () => {},
	};
}

async function measure(count) {
	const terminal = new Terminal();
	const keyboard = new Keyboard();
	const context = await createContext({env: {}, dataDir: work, provider: desk(count), clock: () => now});
	const ready = nextFrame(terminal, frame => frame.includes(`1/${count.toLocaleString('en')}`) && !frame.includes('loading'));
	const loadStarted = performance.now();
	const instance = render(createElement(App, {context, theme: plainTheme, refreshEveryMs: 0}), {
		stdout: terminal, stdin: keyboard, stderr: new Terminal(), exitOnCtrlC: false, patchConsole: false, incrementalRendering: true, interactive: true,
	});
	await ready;
	const loadMs = performance.now() - loadStarted;
	const samples = await pressKeys(terminal, keyboard, presses);
	instance.unmount();
	const at = q => quantile(samples, q).toFixed(1);
	return `| ${count.toLocaleString('en')} | ${loadMs.toFixed(0)} | ${at(0.5)} | ${at(0.9)} | ${at(0.99)} | ${presses} |`;
}

try {
	// A first, discarded run warms up the JIT, so neither size is measured cold.
	await measure(100);
	const rows = [];
	for (const count of [100, 100_000]) rows.push(await measure(count));
	console.log(`console-keys: j/k in a 120x40 terminal stand-in, production React, node ${process.version}`);
	console.log('| conversations | queue loaded ms | key→frame p50 ms | p90 | p99 | presses |');
	console.log('|---:|---:|---:|---:|---:|---:|');
	for (const row of rows) console.log(row);
} finally {
	rmSync(work, {recursive: true, force: true});
}
