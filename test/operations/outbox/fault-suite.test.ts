// Thousands of replies and notes against a desk that fails half its writes (before or after applying them) and a
// tenth of its reads, seeded: every message ends up in the conversation exactly once, or visibly in the outbox.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runCli} from '../../../source/cli/run-cli.js';
import {createContext, type Context} from '../../../source/context.js';
import {listOutbox, retryOutbox} from '../../../source/operations/outbox/outbox-actions.js';
import {sendMessage} from '../../../source/operations/outbox/send-message.js';
import {makeConversation, testNow} from '../../helpers/conversations.js';
import {faultyProvider, seededPlan, seededRandom} from '../../helpers/faulty-provider.js';
import {createMemoryProvider, type MemoryProvider} from '../../helpers/memory-provider.js';
import {createTestIo} from '../../helpers/test-io.js';

const seed = Number(process.env['DESKTERM_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const directories: string[] = [];
afterAll(() => {
	for (const directory of directories) rmSync(directory, {recursive: true, force: true});
});

function desk(faults: boolean) {
	const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-faults-'));
	directories.push(dataDir);
	let now = testNow;
	const random = seededRandom(seed);
	const conversations = Array.from({length: 12}, (_, index) => makeConversation({id: String(100 + index)}));
	const memory = createMemoryProvider(conversations, {clock: () => now});
	const plan = seededPlan(random);
	let failing = faults;
	const provider = faultyProvider(memory, {writes: () => (failing ? plan.writes() : 'none'), reads: () => failing && plan.reads()});
	const sleep = async (ms: number) => {
		now += ms;
	};
	return {memory, provider, dataDir, random, sleep, clock: () => now, heal: () => (failing = false)};
}

/** How often each text is in the desk: the one number that must be 1 (delivered) or 0 (kept, or refused). */
function copies(memory: MemoryProvider): Map<string, number> {
	const counts = new Map<string, number>();
	for (const conversation of memory.conversations.values()) {
		for (const message of conversation.messages) if (message.kind !== 'customer') counts.set(message.body, (counts.get(message.body) ?? 0) + 1);
	}
	return counts;
}

async function drain(context: Context) {
	await retryOutbox(context, 'all');
	return (await listOutbox(context)).items;
}

describe(`the outbox under a failing network (seed ${seed}, DESKTERM_FAULT_SEED=${seed} replays it)`, () => {
	it('delivers each of 1500 sends (the console path) exactly once, or keeps it in the outbox', async () => {
		const {memory, provider, dataDir, random, sleep, clock, heal} = desk(true);
		const context = await createContext({env: {}, dataDir, provider, clock, sleep});
		const sent: Array<{body: string; status: string}> = [];
		for (let index = 0; index < 1500; index++) {
			const body = `Message ${index} (seed ${seed})`;
			const outcome = await sendMessage(
				context,
				{conversationId: String(100 + Math.floor(random() * 12)), kind: random() < 0.7 ? 'reply' : 'note', body},
				{forgetFailed: true, maxAttempts: 2},
			);
			sent.push({body, status: outcome.status});
		}
		const counts = copies(memory);
		for (const {body, status} of sent) {
			const count = counts.get(body) ?? 0;
			if (status === 'delivered') expect(count, `${body} delivered`).toBe(1);
			else expect(count, `${body} ${status}`).toBeLessThanOrEqual(1);
		}
		expect(sent.some(each => each.status === 'queued')).toBe(true);
		heal();
		expect(await drain(context)).toEqual([]);
		const healed = copies(memory);
		for (const {body} of sent) expect(healed.get(body) ?? 0, body).toBe(1);
	}, 180_000);

	it('gives a script exit 0 (delivered once), 3 (kept) or 1 (not applied): a retry loop on exit 1 sends no duplicate', async () => {
		const {memory, provider, dataDir, sleep, clock, heal} = desk(true);
		const codes = new Map<number, number>();
		for (let index = 0; index < 400; index++) {
			const body = `Script reply ${index} (seed ${seed})`;
			for (let tries = 0; tries < 5; tries++) {
				const io = createTestIo();
				const argv = index % 4 === 0 ? ['reply', String(100 + (index % 12)), '--body', body, '--json'] : ['reply', String(100 + (index % 12)), '--body', body];
				const code = await runCli(argv, io, {env: {HOME: dataDir, DESKTERM_DATA_DIR: dataDir}, provider, clock, sleep});
				codes.set(code, (codes.get(code) ?? 0) + 1);
				const count = copies(memory).get(body) ?? 0;
				expect(io.stderr().split('\n').filter(Boolean).length, io.stderr()).toBeLessThanOrEqual(1);
				expect(io.stderr()).not.toMatch(/\n\s+at /);
				if (code === 0) expect(count, body).toBe(1);
				else if (code === 3) expect(io.stderr()).toMatch(/kept in the outbox as ob-[0-9a-f]{8}|already in the outbox as ob-/);
				else if (code === 1) expect(count, `${body}: exit 1 must mean not applied`).toBe(0);
				else throw new Error(`unexpected exit ${code}: ${io.stderr()}`);
				if (code !== 1) break;
			}
		}
		expect([...codes.keys()].every(code => [0, 1, 3].includes(code))).toBe(true);
		heal();
		const context = await createContext({env: {}, dataDir, provider, clock, sleep});
		expect(await drain(context)).toEqual([]);
		for (const [body, count] of copies(memory)) if (body.startsWith('Script reply')) expect(count, body).toBe(1);
	});
});
