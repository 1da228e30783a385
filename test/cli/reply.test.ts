import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {testNow} from '../helpers/conversations.js';
import {createMemoryProvider, outboxKey} from '../helpers/memory-provider.js';
import {deskConversations, json, run} from './cli-fixtures.js';

const directory = mkdtempSync(join(tmpdir(), 'deskterm-reply-'));
afterAll(() => rmSync(directory, {recursive: true, force: true}));

describe('deskterm reply and note', () => {
	it('sends a reply from --body and prints a confirming line and the new message', async () => {
		const result = await run(['reply', '1043', '--body', 'We are on it, Ben.'], {tty: true, columns: 80});
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('Replied to #1043 (Ben Okafor: Webhook returns 500).');
		expect(result.stdout).toMatch(/── Dana Whitfield · agent · just now · chat ─+\n {2}We are on it, Ben\.\n$/);
		expect(result.provider.writes).toEqual([{method: 'reply', id: '1043', input: {body: 'We are on it, Ben.', idempotencyKey: outboxKey}}]);
		const thread = (await result.provider.getConversation('1043')).messages;
		expect(thread.at(-1)).toMatchObject({kind: 'agent', body: 'We are on it, Ben.'});
	});

	it('prints the new message as JSON with --json', async () => {
		const result = await run(['note', '1043', '--body', 'Checked the logs: TLS error.', '--json']);
		expect(json(result)).toEqual({
			id: '1043-m2',
			conversationId: '1043',
			kind: 'note',
			authorId: 'a1',
			authorName: 'Dana Whitfield',
			body: 'Checked the logs: TLS error.',
			createdAt: new Date(testNow).toISOString(),
			channel: 'chat',
		});
	});

	it('prints the message in plain lines in a pipe', async () => {
		const result = await run(['note', '1043', '--body', 'Escalated.']);
		expect(result.stdout).toBe(`Added an internal note to #1043 (Ben Okafor: Webhook returns 500).\nnote\tDana Whitfield\t${new Date(testNow).toISOString()}\tchat\t1043-m2\nEscalated.\n`);
	});

	it('reads the body from a file, keeping its lines and dropping trailing blank lines', async () => {
		const path = join(directory, 'answer.txt');
		writeFileSync(path, 'Hi Ben,\n\nfixed now.\n\n');
		const result = await run(['reply', '1043', '--body-file', path]);
		expect(result.code).toBe(0);
		expect(result.provider.writes[0]?.input).toEqual({body: 'Hi Ben,\n\nfixed now.', idempotencyKey: outboxKey});
	});

	it('reads the body from stdin with --body-file -', async () => {
		const result = await run(['reply', '1043', '--body-file', '-', '--json'], {stdin: 'From a pipe.\n'});
		expect((json(result) as {body: string}).body).toBe('From a pipe.');
	});

	it.each([
		[['reply', '1043'], 'deskterm: reply: the text is missing (--body TEXT, --body-file PATH, or --body-file - for stdin)\n'],
		[['reply', '1043', '--body', 'a', '--body-file', '-'], 'deskterm: reply: give --body or --body-file, not both\n'],
		[['reply', '1043', '--body', '  \n '], 'deskterm: the reply is empty\n'],
		[['note', '1043', '--body', ''], 'deskterm: the note is empty\n'],
		[['reply', '1043', '--body-file', '/nonexistent/answer.txt'], 'deskterm: reply: cannot read --body-file /nonexistent/answer.txt: no such file\n'],
		[['reply', '--body', 'hi'], 'deskterm: reply: missing argument (usage: deskterm reply <id> (--body TEXT | --body-file PATH|-) [--if-unchanged VERSION] [--worked DURATION] [--json])\n'],
	])('exits 2 without writing for %j', async (argv, message) => {
		const result = await run(argv);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(message);
		expect(result.provider.writes).toEqual([]);
	});

	it('treats an empty stdin as an empty body (exit 2)', async () => {
		const result = await run(['reply', '1043', '--body-file', '-'], {stdin: ''});
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('deskterm: the reply is empty\n');
	});

	it('refuses in read-only mode with exit 1 and writes nothing', async () => {
		for (const argv of [['reply', '1043', '--body', 'hi', '--read-only'], ['note', '--read-only', '1043', '--body', 'hi']]) {
			const result = await run(argv);
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/^deskterm: read-only mode: cannot (send replies|add internal notes) \(started with --read-only or a read-only profile\)\n$/);
			expect(result.provider.writes).toEqual([]);
		}
	});

	it('exits 1 when the conversation does not exist', async () => {
		const result = await run(['reply', '404', '--body', 'hi']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: conversation 404 not found\n');
	});
});

describe('a failing read never hides a sent reply', () => {
	it('reads the conversation before sending, so a read failure sends nothing', async () => {
		const provider = createMemoryProvider(deskConversations());
		provider.getConversation = async () => {
			throw new Error('database is locked');
		};
		const result = await run(['reply', '1043', '--body', 'hello'], {provider});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: database is locked\n');
		expect(provider.writes).toEqual([]);
	});
});
