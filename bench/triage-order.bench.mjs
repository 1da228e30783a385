#!/usr/bin/env node
// Triage ordering on whole conversations: the demo desk's labelled bands (critical, high, normal, low: how
// urgent a lead would call each topic, deskterm demo labels) against the priority order, beside the previous
// weights (0.45 severity, 0.35 target risk, 0.20 value, recomputed from the same parts) in the same run.
// Figures: pairwise agreement (of two conversations in different bands, how often the more pressing band
// ranks higher), and how many critical conversations the top of the queue holds. Target: the new order agrees
// more than the old one and at least 90% of the critical conversations are in the top quarter (exit 1
// when missed; the critical ones left out are listed: the labels are per topic, and a topic holds milder threads).
// Switches: TRIAGE_ORDER_SIZE (default 480 conversations), TRIAGE_ORDER_SEED (default northwind).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundleSource, loadLine} from './bench-kit.mjs';

const size = Number(process.env.TRIAGE_ORDER_SIZE ?? 480);
const seed = process.env.TRIAGE_ORDER_SEED ?? 'northwind';
const now = Date.parse('2026-03-02T10:00:00Z');
const bandRank = {critical: 0, high: 1, normal: 2, low: 3};
const work = mkdtempSync(join(tmpdir(), 'deskterm-triage-order-bench-'));
const lib = await bundleSource(work, 'triage-order', {
	'source/providers/local/demo/demo-labels.ts': 'demoLabels',
	'source/providers/local/demo/seed-desk.ts': 'resetDesk',
	'source/providers/local/local-provider.ts': 'openLocalProvider',
	'source/paths.ts': 'resolvePaths',
	'source/triage/score-conversation.ts': 'scoreConversation',
	'source/triage/triage-config.ts': 'defaultTriageConfig',
});

let missed = 0;
try {
	const dataDir = join(work, 'data');
	const paths = lib.resolvePaths({}, {dataDir, configDir: join(work, 'config')});
	lib.resetDesk(join(dataDir, 'desk.sqlite'), {now, conversations: size, seed});
	const provider = await lib.openLocalProvider({profile: {name: 'local', provider: 'local', settings: {}}, paths, env: {}, clock: () => now});
	const live = [];
	for await (const conversation of provider.iterateConversations({statuses: ['open', 'pending', 'snoozed']})) live.push(conversation);
	await provider.close();
	const labels = new Map(lib.demoLabels({now, conversations: size, seed}).map(label => [label.conversationId, label]));
	const config = lib.defaultTriageConfig();
	const rows = live.map(conversation => {
		const {parts, score} = lib.scoreConversation(conversation, {now, config}).priority;
		const value = id => parts.find(part => part.id === id).value;
		const previous = Math.round(0.45 * value('severity') + 0.35 * value('targetRisk') + 0.2 * value('customerValue'));
		return {band: bandRank[labels.get(conversation.id).triageBand], subject: conversation.subject, now: score, previous};
	});
	console.log(`demo desk (seed "${seed}"): ${rows.length} live conversations of ${size}; ${loadLine()}`);
	const results = {};
	for (const [key, label] of [['previous', 'baseline: previous weights (severity, risk, value)'], ['now', 'deskterm: stakes first']]) {
		const agreement = pairwiseAgreement(rows, key);
		const ordered = [...rows].sort((a, b) => b[key] - a[key]);
		const quarter = ordered.slice(0, Math.ceil(rows.length / 4));
		const critical = rows.filter(row => row.band === 0).length;
		const criticalOnTop = quarter.filter(row => row.band === 0).length;
		const lastCritical = ordered.findLastIndex(row => row.band === 0) + 1;
		results[key] = {agreement, criticalOnTop, critical, left: ordered.slice(quarter.length).filter(row => row.band === 0)};
		console.log(`  ${label.padEnd(52)} agreement ${pct(agreement).padStart(7)}  critical in top quarter ${criticalOnTop}/${critical}  last critical at rank ${lastCritical}`);
	}
	verdict('agreement with the labelled bands', `${pct(results.now.agreement)} vs ${pct(results.previous.agreement)}`, '> previous weights', results.now.agreement > results.previous.agreement);
	for (const row of results.now.left) console.log(`    critical below the top quarter: "${row.subject}" (priority ${row.now})`);
	verdict('critical conversations in the top quarter', `${results.now.criticalOnTop}/${results.now.critical}`, '>= 90%', results.now.criticalOnTop >= 0.9 * results.now.critical);
} finally {
	rmSync(work, {recursive: true, force: true});
}
process.exitCode = missed > 0 ? 1 : 0;

/** Of the pairs in different bands, the share ordered as the bands are (a tie counts half). */
function pairwiseAgreement(rows, key) {
	let agree = 0;
	let pairs = 0;
	for (let i = 0; i < rows.length; i++) {
		for (let j = i + 1; j < rows.length; j++) {
			const [a, b] = [rows[i], rows[j]];
			if (a.band === b.band) continue;
			const [higher, lower] = a.band < b.band ? [a, b] : [b, a];
			pairs++;
			if (higher[key] > lower[key]) agree++;
			else if (higher[key] === lower[key]) agree += 0.5;
		}
	}
	return pairs === 0 ? 0 : agree / pairs;
}

function verdict(name, value, target, met) {
	if (!met) missed++;
	console.log(`  target ${name}: ${value} (${target}) ${met ? 'met' : 'MISSED'}`);
}

function pct(value) {
	return `${(100 * value).toFixed(2)}%`;
}
