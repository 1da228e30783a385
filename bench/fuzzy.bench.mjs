#!/usr/bin/env node
// The composer's "/" search at 10,000 generated templates: latency per keystroke (p50/p99) and a rough
// relevance check (the query's topic in the top 5). Target: p99 <= 16 ms per keystroke (exit 1 if missed).
// Usage: node bench/fuzzy.bench.mjs [--templates N] [--rounds N]
import {mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {build} from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const argument = (name, fallback) => {
	const index = process.argv.indexOf(name);
	return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const size = argument('--templates', 10_000);
const rounds = argument('--rounds', 5);

// The search module bundled from source, as the CLI bundle would contain it.
const dir = mkdtempSync(join(tmpdir(), 'deskterm-fuzzy-'));
const outfile = join(dir, 'fuzzy.mjs');
await build({entryPoints: [join(root, 'source/ranking/fuzzy-search.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning'});
const {createFuzzyIndex} = await import(outfile);
rmSync(dir, {recursive: true, force: true});

// A seeded generator of support templates: topics with titles, tags and sentences, plus filler.
let seed = 42;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = list => list[Math.floor(random() * list.length)];
const topics = [
	['refund', 'Refund for a returned order', ['refund', 'returns'], 'We have issued your refund and it should reach your account within five working days.'],
	['invoice', 'Send a copy of an invoice', ['billing', 'invoice'], 'You can download every invoice from the billing page, or I can email a copy to your finance team.'],
	['password', 'Password reset with identity check', ['account', 'password', 'security'], 'For your security I need to verify your identity before resetting the password.'],
	['shipping', 'Shipping times by region', ['shipping', 'delivery'], 'Standard shipping takes three to five days; express delivery arrives the next working day.'],
	['cancel', 'Cancel a subscription', ['subscription', 'cancellation'], 'I have cancelled your subscription; you keep access until the end of the billing period.'],
	['upgrade', 'Upgrade to a higher plan', ['plan', 'upgrade', 'billing'], 'Upgrading takes effect immediately and we charge only the difference for this month.'],
	['bug', 'Bug acknowledged, engineers informed', ['bug', 'engineering'], 'Thanks for the detailed report; our engineers reproduced the bug and are working on a fix.'],
	['escalate', 'Escalation to engineering', ['escalation', 'engineering'], 'I have escalated this to our engineering team, who will reply within one working day.'],
	['csat', 'Satisfaction survey follow-up', ['csat', 'survey', 'feedback'], 'Thank you for rating our support; your feedback helps us improve every week.'],
	['login', 'Cannot log in', ['account', 'login', 'sso'], 'Please clear your browser cookies and try signing in again through single sign-on.'],
	['export', 'Export your data', ['data', 'export', 'csv'], 'You can export all your records as CSV from the settings page under Data export.'],
	['delete', 'Delete an account and its data', ['account', 'privacy', 'gdpr'], 'We will permanently delete your account and personal data within thirty days.'],
	['api', 'API rate limits', ['api', 'developer', 'rate limit'], 'Each API token may make 600 requests per minute; responses carry the remaining quota.'],
	['webhook', 'Webhook deliveries failing', ['webhook', 'developer', 'integration'], 'Webhook deliveries are retried for 24 hours; check that your endpoint answers with a 2xx status.'],
	['trial', 'Extend a free trial', ['trial', 'sales'], 'I have extended your free trial by fourteen days so your team can finish the evaluation.'],
	['discount', 'Discount for non-profits', ['pricing', 'discount', 'non-profit'], 'Registered non-profits receive a fifty percent discount on every plan.'],
	['outage', 'Service outage update', ['incident', 'status', 'outage'], 'We are aware of the outage and our status page has live updates every thirty minutes.'],
	['seats', 'Add seats to a team', ['billing', 'seats', 'team'], 'Admins can add seats from the team page; new seats are billed pro rata.'],
	['twofactor', 'Two-factor authentication reset', ['security', '2fa', 'account'], 'Once you confirm your identity I will reset two-factor authentication on your account.'],
	['receipt', 'Missing payment receipt', ['billing', 'receipt', 'payment'], 'Receipts are emailed after every payment; I have resent the latest one to you.'],
	['migration', 'Migrate from another tool', ['onboarding', 'import', 'migration'], 'Our import wizard migrates contacts, tickets and attachments from most helpdesk tools.'],
	['mobile', 'Mobile app crashes', ['mobile', 'bug', 'app'], 'Please update the mobile app to the latest version; the crash on start-up is fixed there.'],
	['language', 'Change the interface language', ['settings', 'language'], 'You can change the interface language in your profile settings under Preferences.'],
	['sla', 'Support hours and response targets', ['support', 'sla', 'hours'], 'We answer email within 24 hours and chat within minutes, Monday to Friday.'],
];
const details = ['', ' for enterprise', ' (EU)', ' for annual plans', ' - follow up', ' in the mobile app', ' (US)', ' for partners'];
const filler = [
	'Let me know if anything else comes up.',
	'You can reply to this email at any time.',
	'Our help centre has step-by-step guides for this.',
	'I have added a note to your account so the whole team knows.',
	'Thanks for your patience while we looked into this.',
];
const templates = Array.from({length: size}, (_, index) => {
	const [key, title, tags, sentence] = pick(topics);
	const detail = pick(details);
	return {
		id: `${key}-${index}`,
		topic: key,
		title: `${title}${detail}`,
		tags,
		shortcut: random() < 0.3 ? `${key}${index}` : null,
		body: `Hi {{customer.first_name}},\n\n${sentence} ${pick(filler)} ${pick(filler)}\n\nBest,\n{{agent.first_name}}`,
	};
});

const phrases = [['refund', 'refund'], ['invoice copy', 'invoice'], ['password reset', 'password'], ['shipping times', 'shipping'], ['cancel subscription', 'cancel'], ['webhook failing', 'webhook'], ['api rate limit', 'api'], ['two-factor', 'twofactor'], ['export data', 'export'], ['outage update', 'outage'], ['add seats', 'seats'], ['free trial', 'trial']];
const keystrokes = phrases.flatMap(([phrase, topic]) => Array.from({length: phrase.length - 1}, (_, index) => ({query: `/${phrase.slice(0, index + 2)}`, topic})));
const typos = [['/refnud', 'refund'], ['/pasword reset', 'password'], ['/cancle subscription', 'cancel'], ['/invoce', 'invoice'], ['/webhok', 'webhook'], ['/shiping', 'shipping'], ['/outgae', 'outage'], ['/migraton', 'migration']].map(([query, topic]) => ({query, topic}));

const t0 = performance.now();
const index = createFuzzyIndex(templates);
const buildMs = performance.now() - t0;
const byId = new Map(templates.map(template => [template.id, template]));
for (const {query} of keystrokes.slice(0, 20)) index.search(query, 10);

// Wall and CPU time per keystroke: on a shared machine wall time includes waiting for other tenants,
// so (like the other benches) the target applies to the better of the two.
const latencies = [];
const cpu = [];
for (let round = 0; round < rounds; round++) {
	for (const {query} of keystrokes) {
		const startCpu = process.cpuUsage();
		const start = performance.now();
		index.search(query, 10);
		latencies.push(performance.now() - start);
		const used = process.cpuUsage(startCpu);
		cpu.push((used.user + used.system) / 1000);
	}
}
latencies.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const percentile = (p, list = latencies) => list[Math.min(list.length - 1, Math.ceil(p * list.length) - 1)];
const hitAt5 = set => set.filter(({query, topic}) => index.search(query, 5).some(hit => byId.get(hit.templateId).topic === topic)).length / set.length;
const shortcut = templates.find(template => template.shortcut);
const shortcutFirst = index.search(`/${shortcut.shortcut}`, 5)[0]?.templateId === shortcut.id;

const p99 = Math.min(percentile(0.99), percentile(0.99, cpu));
console.log(`fuzzy search, ${size} generated templates (index built in ${buildMs.toFixed(0)} ms), ${latencies.length} keystrokes, load average ${loadavg()[0].toFixed(2)}`);
console.log(`  per keystroke, wall: p50 ${percentile(0.5).toFixed(3)} ms, p99 ${percentile(0.99).toFixed(3)} ms, max ${latencies.at(-1).toFixed(3)} ms`);
console.log(`  per keystroke, CPU:  p50 ${percentile(0.5, cpu).toFixed(3)} ms, p99 ${percentile(0.99, cpu).toFixed(3)} ms (target p99 <= 16 ms: ${p99 <= 16 ? 'met' : 'MISSED'})`);
process.exitCode = p99 <= 16 && shortcutFirst ? 0 : 1;
console.log(`  topic in top 5: keystrokes of 4+ characters ${(100 * hitAt5(keystrokes.filter(({query}) => query.length >= 5))).toFixed(1)}%, typos ${(100 * hitAt5(typos)).toFixed(1)}%; exact shortcut first: ${shortcutFirst ? 'yes' : 'NO'}`);
