#!/usr/bin/env node
// Triage and suggestions must never hold up a key: with 420 and 100,000 conversations, presses j/k while the
// console scores the queue in the background, and again once it is done, and reports key→frame latency, how
// long the whole queue took to score, and how long the first frame of the conversation with its suggestions took.
// Bundles the console from source (bench-kit, production React) into a 120x40 terminal stand-in, with the
// repo's shipped templates. Target: key→frame p90 while scoring under 100 ms (judged on the better of two runs).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadLine, quantile, root} from './bench-kit.mjs';
import {bundleConsole, Keyboard, nextFrame, pressKeys, Terminal} from './console-kit.mjs';

const presses = Number(process.env.CONSOLE_ASSIST_PRESSES ?? 120);
const targetP90 = 100;
const work = mkdtempSync(join(tmpdir(), 'deskterm-assist-bench-'));
const {App, createContext, plainTheme, noCapabilities, render, createElement} = await bundleConsole(work);

const now = Date.parse('2026-03-02T10:00:00Z');
const agent = {id: 'a1', name: 'Dana Whitfield', email: 'dana@desk.test', teamIds: [], role: 'agent'};
const lines = [
	'I was charged twice for my subscription this month, please refund the second payment.',
	'My parcel has not arrived and the tracking has not moved for a week.',
	'I cannot log in since I changed my phone, the two-factor code never comes.',
	'Our webhook returns 401 since this morning, the python sdk raises an error.',
	'Please cancel my plan at the end of the month.',
	'Where do I download a copy of my invoice with our VAT number?',
];

/** `count` conversations, the same every run, one or two customer messages each; a bulk read like the local desk's. */
function desk(count) {
	const conversations = Array.from({length: count}, (_, index) => {
		const id = String(index + 1);
		const createdAt = now - (index % 500) * 3_600_000;
		const customer = {
			id: `c${index % 5000}`, name: `Customer ${index + 1}`, email: `c${index}@example.com`, company: null, companyType: null,
			plan: ['free', 'pro', 'enterprise'][index % 3], monthlySpend: null, customerSince: now - 400 * 86_400_000, language: 'en',
			productsInUse: [], vip: index % 50 === 0, attributes: {},
		};
		const messages = [lines[index % lines.length], lines[(index * 7) % lines.length]].slice(0, 1 + (index % 2)).map((body, position) => ({
			id: `${id}-${position}`, conversationId: id, kind: 'customer', authorId: customer.id, authorName: customer.name, body, createdAt: createdAt + position * 60_000, channel: 'email',
		}));
		return {
			id, subject: lines[index % lines.length].slice(0, 40), customerId: customer.id, customerName: customer.name, channel: 'email', status: 'open',
			priority: index % 7 === 0 ? 'urgent' : 'normal', assigneeId: null, assigneeName: null, teamId: null, teamName: null, tags: [], createdAt,
			updatedAt: createdAt, waitingSince: createdAt, firstResponseAt: null, closedAt: null, snoozedUntil: null, messageCount: messages.length,
			preview: messages[0].body, version: '1', customer, messages, ratings: {csat: null, nps: null, ces: null}, pageUrl: null,
		};
	});
	const summary = ({customer: _c, messages: _m, ratings: _r, pageUrl: _p, ...rest}) => rest;
	const byId = new Map(conversations.map(conversation => [conversation.id, conversation]));
	return {
		kind: 'bench', label: 'bench desk', capabilities: noCapabilities,
		whoami: async () => agent, listAgents: async () => [agent], listTeams: async () => [],
		listQueue: async query => {
			const start = Number(query.cursor ?? 0);
			const end = Math.min(count, start + (query.limit ?? 50));
			return {conversations: conversations.slice(start, end).map(summary), nextCursor: end < count ? String(end) : null, total: count};
		},
		getConversation: async id => byId.get(id),
		async *iterateConversations() {
			for (let start = 0; start < count; start += 200) yield* conversations.slice(start, start + 200);
		},
		changesSince: async () => ({changed: [], removed: [], cursor: '0'}),
		close: async () => {},
	};
}

async function measure(count) {
	const terminal = new Terminal();
	const keyboard = new Keyboard();
	const dataDir = join(work, `data-${count}`);
	const context = await createContext({env: {}, dataDir, configDir: join(work, 'config'), provider: desk(count), clock: () => now});
	const started = performance.now();
	const instance = render(createElement(App, {context, theme: plainTheme, refreshEveryMs: 0, assist: {templateSources: [join(root, 'templates')]}}), {
		// Whole frames (not line diffs), so the bench can read what is on the screen.
		stdout: terminal, stdin: keyboard, stderr: new Terminal(), exitOnCtrlC: false, patchConsole: false, incrementalRendering: false, interactive: true,
	});
	await nextFrame(terminal, frame => frame.includes(`1/${count.toLocaleString('en')}`) && !frame.includes('loading'), true);
	const loadedMs = performance.now() - started;
	let scoredMs = null;
	const scored = nextFrame(terminal, frame => /S:[LMH]/.test(frame) && !/triage \d/.test(frame), true).then(() => (scoredMs = performance.now() - started));
	// Only the presses made while the queue is being scored count as "while scoring".
	const during = await pressKeys(terminal, keyboard, presses, () => scoredMs !== null);
	await scored;
	const after = await pressKeys(terminal, keyboard, 40);
	const opened = performance.now();
	keyboard.write('\r');
	await nextFrame(terminal, frame => /Suggested: 1 /.test(frame), true);
	const suggestionsMs = performance.now() - opened;
	instance.unmount();
	return {count, loadedMs, scoredMs, during, after, suggestionsMs};
}

const row = result =>
	`| ${result.count.toLocaleString('en')} | ${result.loadedMs.toFixed(0)} | ${result.scoredMs.toFixed(0)} | ${result.during.length} | ${quantile(result.during, 0.5).toFixed(1)} | ${quantile(result.during, 0.9).toFixed(1)} | ${quantile(result.during, 0.99).toFixed(1)} | ${quantile(result.after, 0.5).toFixed(1)} | ${result.suggestionsMs.toFixed(0)} |`;

let failed = false;
try {
	await measure(420);
	const results = [];
	for (const count of [420, 100_000]) {
		// The better of two runs: other work shares this machine.
		const runs = [await measure(count), await measure(count)];
		results.push(runs.reduce((best, run) => (quantile(run.during, 0.9) < quantile(best.during, 0.9) ? run : best)));
	}
	console.log(`console-assist: j/k while triage scores the queue, 120x40 terminal stand-in, production React, node ${process.version}, ${loadLine()}`);
	console.log('| conversations | queue loaded ms | all scored ms | presses while scoring | key→frame p50 | p90 | p99 | p50 after | open → suggestions ms |');
	console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
	for (const result of results) console.log(row(result));
	for (const result of results) {
		const p90 = quantile(result.during, 0.9);
		if (p90 > targetP90) {
			failed = true;
			console.log(`FAILED: key→frame p90 ${p90.toFixed(1)} ms while scoring ${result.count} conversations (target ${targetP90} ms)`);
		}
	}
	if (!failed) console.log(`key→frame p90 while scoring within ${targetP90} ms`);
} finally {
	rmSync(work, {recursive: true, force: true});
}
process.exit(failed ? 1 : 0);
