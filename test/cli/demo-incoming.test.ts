// deskterm demo incoming through runCli: new conversations, follow-ups that reopen, and its refusals.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {createTestIo, type TestIo} from '../helpers/test-io.js';

const now = Date.parse('2026-03-02T10:00:00Z');
let dataDir: string;

beforeEach(() => {
	dataDir = mkdtempSync(join(tmpdir(), 'deskterm-demo-incoming-'));
});
afterEach(() => rmSync(dataDir, {recursive: true, force: true}));

async function run(argv: string[], io: TestIo = createTestIo()): Promise<{code: number; io: TestIo}> {
	const code = await runCli(argv, io, {env: {DESKTERM_DATA_DIR: dataDir, HOME: dataDir}, clock: () => now});
	return {code, io};
}

async function show(id: string): Promise<{status: string; customerName: string; subject: string; waitingSince: string | null; messages: Array<{kind: string; body: string; channel: string}>}> {
	const {io} = await run(['show', id, '--json']);
	return JSON.parse(io.stdout());
}

const newConversation = ['demo', 'incoming', '--customer', 'Ada Lovelace', '--email', 'ada@analytical.example', '--subject', 'Refund?'];

describe('deskterm demo incoming', () => {
	it('starts a conversation and prints its id', async () => {
		const {code, io} = await run([...newConversation, '--body', 'Where is my refund?', '--channel', 'chat']);
		expect(io.stderr()).toBe('');
		expect(code).toBe(0);
		expect(io.stdout()).toMatch(/^\d+\n$/);
		const conversation = await show(io.stdout().trim());
		expect(conversation).toMatchObject({status: 'open', customerName: 'Ada Lovelace', subject: 'Refund?'});
		expect(conversation.messages).toEqual([expect.objectContaining({kind: 'customer', body: 'Where is my refund?', channel: 'chat'})]);
	});

	it('answers scripts in JSON, and finds the customer again by email', async () => {
		const first = JSON.parse((await run([...newConversation, '--body', 'one', '--json'])).io.stdout());
		expect(Object.keys(first)).toEqual(['conversationId', 'messageId', 'created']);
		expect(first.created).toBe(true);
		const second = JSON.parse((await run(['demo', 'incoming', '--customer', 'A. Lovelace', '--email', 'ADA@analytical.example', '--subject', 'Again', '--body', 'two', '--json'])).io.stdout());
		expect(second.conversationId).not.toBe(first.conversationId);
		expect((await show(second.conversationId)).customerName).toBe('Ada Lovelace');
	});

	it('adds to a closed conversation and reopens it, reading the body from stdin', async () => {
		const id = (await run([...newConversation, '--body', 'first'])).io.stdout().trim();
		expect((await run(['status', id, 'closed'])).code).toBe(0);
		const {code, io} = await run(['demo', 'incoming', '--to', id, '--body-file', '-', '--json'], createTestIo({stdin: 'It broke again.\n'}));
		expect(code).toBe(0);
		expect(JSON.parse(io.stdout())).toMatchObject({conversationId: id, created: false});
		const conversation = await show(id);
		expect(conversation.status).toBe('open');
		expect(conversation.waitingSince).not.toBeNull();
		expect(conversation.messages.at(-1)).toMatchObject({kind: 'customer', body: 'It broke again.'});
	});

	it('reads the body from a file', async () => {
		const file = join(dataDir, 'message.txt');
		writeFileSync(file, 'From a file.\n');
		const {code, io} = await run([...newConversation, '--body-file', file]);
		expect(code).toBe(0);
		expect((await show(io.stdout().trim())).messages[0]!.body).toBe('From a file.');
	});

	it('refuses bad input with exit 2 and one line', async () => {
		const cases: Array<[string[], RegExp]> = [
			[[...newConversation, '--body', 'x', '--channel', 'fax'], /unknown channel "fax"/],
			[[...newConversation], /the text is missing/],
			[[...newConversation, '--body', 'x', '--body-file', '-'], /not both/],
			[['demo', 'incoming', '--subject', 'S', '--body', 'x'], /--customer NAME is required/],
			[['demo', 'incoming', '--customer', 'C', '--body', 'x'], /--subject is required/],
			[[...newConversation, '--email', 'not-an-address', '--body', 'x'], /not an email address/],
		];
		for (const [argv, message] of cases) {
			const {code, io} = await run(argv);
			expect(code, argv.join(' ')).toBe(2);
			expect(io.stderr()).toMatch(message);
			expect(io.stderr().trimEnd().split('\n')).toHaveLength(1);
		}
	});

	it('says when the conversation for --to does not exist', async () => {
		const {code, io} = await run(['demo', 'incoming', '--to', '999999', '--body', 'hello?']);
		expect(code).toBe(1);
		expect(io.stderr()).toBe('deskterm: conversation 999999 not found\n');
	});

	it('works only on the local desk', async () => {
		const io = createTestIo();
		const code = await runCli([...newConversation, '--body', 'x', '--profile', 'work'], io, {
			env: {HOME: dataDir},
			loadProfile: async name => ({name: name ?? 'work', provider: 'memory', settings: {}}),
			provider: createMemoryProvider([]),
		});
		expect(code).toBe(2);
		expect(io.stderr()).toMatch(/^deskterm: demo incoming works on the local desk only; profile "work" is /);
	});
});
