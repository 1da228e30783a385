// Crash safety: a writer killed with SIGKILL mid-write leaves a consistent desk that keeps every reported write.
import {spawn} from 'node:child_process';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {build} from 'esbuild';
import {afterAll, describe, expect, it} from 'vitest';
import {openTestDesk, scratchDir, type TestDesk} from './local-desk.js';

const directory = scratchDir();
afterAll(() => rmSync(directory, {recursive: true, force: true}));

/** Starts the writer and kills it once it has reported `atLeast` committed replies; resolves with the last report. */
async function writeUntilKilled(script: string, dataDir: string, atLeast: number): Promise<number> {
	const child = spawn(process.execPath, [script, dataDir], {stdio: ['ignore', 'pipe', 'pipe']});
	let reported = 0;
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => child.on('exit', (code, signal) => resolve({code, signal})));
	child.stdout.on('data', (chunk: Buffer) => {
		for (const match of chunk.toString().matchAll(/written (\d+)/g)) reported = Math.max(reported, Number(match[1]));
		if (reported >= atLeast) child.kill('SIGKILL');
	});
	const {signal} = await exited;
	if (signal !== 'SIGKILL') throw new Error(`the writer stopped by itself: ${errors}`);
	return reported;
}

describe('a writer killed mid-write', () => {
	it('leaves an intact desk where every conversation counts its own messages', async () => {
		const script = join(directory, 'crash-writer.mjs');
		await build({
			entryPoints: [join(import.meta.dirname, 'crash-writer.ts')],
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node22',
			outfile: script,
			logLevel: 'silent',
		});
		const dataDir = join(directory, 'data');
		const seeded: TestDesk = await openTestDesk({dataDir});
		const before = (await seeded.provider.listQueue({statuses: ['open', 'pending', 'snoozed', 'closed'], limit: 1})).total!;
		await seeded.provider.close();

		for (const round of [1, 2]) {
			const reported = await writeUntilKilled(script, dataDir, 150 * round);
			const db = new DatabaseSync(join(dataDir, 'desk.sqlite'));
			expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{integrity_check: 'ok'}]);
			expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
			const mismatched = db
				.prepare('SELECT c.id, c.message_count, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS actual FROM conversations c WHERE c.message_count != actual')
				.all();
			expect(mismatched).toEqual([]);
			const replies = db.prepare("SELECT count(*) AS n FROM messages WHERE kind = 'agent' AND body LIKE 'Reply number %'").get()!['n'] as number;
			expect(replies).toBeGreaterThanOrEqual(reported);
			const unlogged = db
				.prepare(
					`SELECT count(*) AS n FROM messages m WHERE m.kind = 'agent' AND NOT EXISTS
						(SELECT 1 FROM changes ch WHERE ch.conversation_id = m.conversation_id AND ch.changed_at = m.created_at)
						AND m.body LIKE 'Reply number %'`,
				)
				.get()!['n'];
			expect(unlogged).toBe(0);
			db.close();
		}

		const reopened = await openTestDesk({dataDir});
		let conversations = 0;
		for await (const conversation of reopened.provider.iterateConversations!({statuses: ['open', 'pending', 'snoozed', 'closed']})) {
			expect(conversation.messages.length, conversation.id).toBe(conversation.messageCount);
			conversations++;
		}
		expect(conversations).toBe(before);
		await reopened.cleanup();
	});
});
