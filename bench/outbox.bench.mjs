#!/usr/bin/env node
// Issue 9's experiment: 200 replies with half the writes failing (a quarter before being applied, a quarter after),
// sent directly to the provider (the baseline: today's behaviour before the outbox) and through the outbox, same run:
// delivered once, duplicated, lost, wrongly reported; a script retrying on failure; and the outbox's cost per reply.
// The same comparison then runs on Request Tracker: the real RT adapter over the real HTTP client against its
// faulty desk on 127.0.0.1 (test/helpers/faulty-rt.ts: the shared fault mix of fault-server.ts, seeded).
// OUTBOX_BENCH_REPLIES sets the count (default 200). Target: no duplicate, nothing lost, nothing wrongly reported.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundleSource, loadLine, prng, quantile, root} from './bench-kit.mjs';

const replies = Number(process.env.OUTBOX_BENCH_REPLIES ?? 200);
const work = mkdtempSync(join(tmpdir(), 'deskterm-outbox-bench-'));
const kit = await bundleSource(work, 'outbox', {
	'source/context.ts': 'createContext',
	'source/operations/outbox/send-message.ts': 'sendMessage',
	'source/domain/errors.ts': 'DeskError',
	[join(root, 'test/helpers/fault-kinds.ts')]: 'faultKinds, openFaultyAdapter',
});
const rtKind = kit.faultKinds.find(kind => kind.name === 'Request Tracker');

/** A desk of one conversation whose writes fail as the fault roll says; errors as the HTTP client raises them. */
function desk(random, failing) {
	let now = Date.UTC(2026, 11, 7, 9);
	const messages = [];
	const me = {id: 'a1', name: 'Dana', email: 'dana@example.com'};
	const conversation = () => ({id: '7', version: String(messages.length), messages: structuredClone(messages)});
	const write = kind => async (id, input) => {
		const roll = failing ? random() : 1;
		if (roll < 0.25) throw new kit.DeskError('unavailable', 'desk is unavailable (HTTP 503)', {status: 503, retryable: true});
		const message = {id: `m${messages.length + 1}`, conversationId: id, kind, authorId: me.id, authorName: me.name, body: input.body, createdAt: now, channel: 'email'};
		messages.push(message);
		if (roll < 0.5) throw new kit.DeskError('unavailable', 'connection reset after POST; it may have been carried out', {retryable: false});
		return message;
	};
	const provider = {
		kind: 'bench',
		label: 'bench desk',
		capabilities: {reply: true, note: true},
		whoami: async () => me,
		getConversation: async () => conversation(),
		reply: write('agent'),
		addNote: write('note'),
		close: async () => undefined,
	};
	const copies = body => messages.filter(message => message.body === body).length;
	return {provider, conversationId: '7', copies, clock: () => now, sleep: async ms => void (now += ms), close: async () => undefined};
}

/** Request Tracker's faulty desk and the real adapter over HTTP; waits asked for pass on a clock of their own. */
async function rtDesk(random, failing) {
	let now = Date.UTC(2026, 11, 7, 9);
	const clock = () => now;
	const adapter = await kit.openFaultyAdapter(rtKind, random, clock);
	if (!failing) adapter.desk.heal();
	const copies = body => adapter.desk.copies(body);
	return {provider: adapter.provider, conversationId: rtKind.conversationId, copies, clock, sleep: async ms => void (now += ms), close: () => adapter.close()};
}

/** Sends each reply once (succeeded: the caller was told it went out), and a script retrying on failure (up to 3 tries). */
async function experiment(name, open, send) {
	const tally = {once: 0, duplicated: 0, lost: 0, wronglyReported: 0, kept: 0};
	const retried = {duplicated: 0};
	const random = prng(77);
	const {provider, conversationId, copies, clock, sleep, close} = await open(random, true);
	const dataDir = mkdtempSync(join(work, `${name}-`));
	const context = await kit.createContext({env: {}, dataDir, provider, clock, sleep});
	for (let index = 0; index < replies; index++) {
		const body = `Reply ${index}`;
		const result = await send(context, provider, conversationId, body);
		const count = copies(body);
		if (count > 1) tally.duplicated++;
		else if (result === 'ok' && count === 1) tally.once++;
		else if (result === 'kept') tally.kept++;
		else if (count === 0) tally.lost++;
		if (result === 'failed' && count === 1) tally.wronglyReported++;
		// The script: a failure is retried (up to 3 tries in all).
		const scripted = `Script reply ${index}`;
		for (let tries = 0; tries < 3 && (await send(context, provider, conversationId, scripted)) === 'failed'; tries++);
		if (copies(scripted) > 1) retried.duplicated++;
	}
	await close();
	return {tally, retried};
}

const direct = async (_context, provider, conversationId, body) => provider.reply(conversationId, {body}).then(() => 'ok', () => 'failed');
const outbox = async (context, _provider, conversationId, body) => {
	const outcome = await kit.sendMessage(context, {conversationId, kind: 'reply', body});
	return outcome.status === 'delivered' ? 'ok' : outcome.status === 'queued' ? 'kept' : 'failed';
};

/** Milliseconds per reply with no faults: the outbox's fsynced item and read-free send against a bare provider call. */
async function cost(open, send) {
	const {provider, conversationId, clock, sleep, close} = await open(prng(1), false);
	const context = await kit.createContext({env: {}, dataDir: mkdtempSync(join(work, 'cost-')), provider, clock, sleep});
	const samples = [];
	for (let index = 0; index < Math.min(replies, 200); index++) {
		const started = performance.now();
		await send(context, provider, conversationId, `Cost ${index}`);
		samples.push(performance.now() - started);
	}
	await close();
	return quantile(samples, 0.5);
}

/** One adapter kind's table and cost line; true when the outbox met the target. */
async function compare(title, open) {
	const rows = [['direct write (baseline)', await experiment(`${title}-direct`, open, direct)], ['outbox', await experiment(`${title}-outbox`, open, outbox)]];
	console.log(title);
	console.log('| path | delivered once | duplicated | lost | wrongly reported failed | kept in outbox (exit 3) | script retrying on failure: duplicated |');
	console.log('|---|---|---|---|---|---|---|');
	for (const [name, {tally, retried}] of rows) {
		console.log(`| ${name} | ${tally.once} | ${tally.duplicated} | ${tally.lost} | ${tally.wronglyReported} | ${tally.kept} | ${retried.duplicated} |`);
	}
	const [base, through] = [await cost(open, direct), await cost(open, outbox)];
	console.log(`cost per reply (median, no faults): direct ${base.toFixed(3)} ms, outbox ${through.toFixed(3)} ms (+${(through - base).toFixed(3)} ms: SQLite with fsync)`);
	const {tally, retried} = rows[1][1];
	return tally.duplicated === 0 && tally.lost === 0 && tally.wronglyReported === 0 && retried.duplicated === 0;
}

try {
	console.log(`${replies} replies per kind, seeded; ${loadLine()}`);
	const bench = await compare('in-process desk, half the writes failing (25% before applied, 25% after), in process', async (random, failing) => desk(random, failing));
	const rt = await compare('Request Tracker over HTTP on 127.0.0.1, the fault mix of fault-server.ts (7 of 11 writes faulted, 8% of reads 503)', rtDesk);
	const met = bench && rt;
	console.log(`target (outbox, both kinds: 0 duplicated, 0 lost, 0 wrongly reported, 0 script duplicates): ${met ? 'met' : 'MISSED'}`);
} finally {
	rmSync(work, {recursive: true, force: true});
}
