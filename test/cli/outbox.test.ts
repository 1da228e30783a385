import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {faultyProvider, type Fault} from '../helpers/faulty-provider.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {deskConversations, json, run} from './cli-fixtures.js';

const directories: string[] = [];
afterEach(() => {
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

function setUp(script: Fault[], reads: boolean[] = []) {
	const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-outbox-cli-'));
	directories.push(dataDir);
	const memory = createMemoryProvider(deskConversations());
	const provider = Object.assign(faultyProvider(memory, {writes: () => script.shift() ?? 'none', reads: () => reads.shift() ?? false}), {writes: memory.writes, conversations: memory.conversations});
	const send = (argv: string[]) => run(argv, {provider, dataDir, tty: false});
	return {memory, send};
}

const bodies = (memory: ReturnType<typeof createMemoryProvider>, id: string, body: string) => memory.conversations.get(id)!.messages.filter(message => message.body === body).length;

describe('deskterm reply through the outbox, and deskterm outbox', () => {
	it('exits 3 with the outbox id when the outcome stays unknown; list shows it, retry delivers it once', async () => {
		const {memory, send} = setUp(['error-after'], [true, true, true]);
		const sent = await send(['reply', '1043', '--body', 'Fixed on our side.', '--json']);
		expect(sent.code).toBe(3);
		const id = (json(sent) as {outbox: {id: string; state: string}}).outbox.id;
		expect(id).toMatch(/^ob-[0-9a-f]{8}$/);
		expect(sent.stderr).toBe(`deskterm: reply to #1043 not delivered yet, kept in the outbox as ${id}: test desk is unavailable (HTTP 503 on GET); deskterm outbox retry ${id} tries again, do not send it anew\n`);
		const listed = await send(['outbox']);
		expect(listed.stdout).toMatch(new RegExp(`^${id}\\t1043\\treply\\tunknown\\t1\\t[^\\t]+\\tFixed on our side\\.\\ttest desk is unavailable`));
		const listedJson = json(await send(['outbox', '--json'])) as Array<Record<string, unknown>>;
		expect(listedJson).toEqual([expect.objectContaining({id, conversationId: '1043', kind: 'reply', state: 'unknown', firstLine: 'Fixed on our side.', attempts: 1})]);
		const retried = await send(['outbox', 'retry', id]);
		expect(retried.code).toBe(0);
		expect(retried.stdout).toBe(`✓ ${id} reply to #1043 "Fixed on our side.": delivered\n`);
		expect(bodies(memory, '1043', 'Fixed on our side.')).toBe(1);
		expect((await send(['outbox', '--json'])).stdout).toBe('[]\n');
	});

	it('a re-run of the same reply while it is pending delivers the pending item instead of a second one', async () => {
		const {memory, send} = setUp(['timeout-after'], [false, true, true, true]);
		expect((await send(['reply', '1043', '--body', 'Same words'])).code).toBe(3);
		const again = await send(['reply', '1043', '--body', 'Same words']);
		expect(again.code).toBe(0);
		expect(again.stderr).toMatch(/^deskterm: it was already in the outbox as ob-[0-9a-f]{8} \(queued .*\): delivered once, not sent again\n$/);
		expect(bodies(memory, '1043', 'Same words')).toBe(1);
	});

	it('exits 1 on a certain refusal, keeps the item as failed, and drop forgets it with one line', async () => {
		const {memory, send} = setUp(['invalid']);
		const refused = await send(['note', '1043', '--body', 'Too long']);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/^deskterm: test desk rejected POST \(HTTP 422: body is too long\) \(kept in the outbox as (ob-[0-9a-f]{8}): deskterm outbox drop \1 forgets it\)\n$/);
		const id = /ob-[0-9a-f]{8}/.exec(refused.stderr)![0];
		const dropped = await send(['outbox', 'drop', id]);
		expect(dropped.stdout).toBe(`Dropped ${id}: the note to #1043 "Too long" will not be sent.\n`);
		expect((await send(['outbox', 'drop', id])).code).toBe(1);
		expect(memory.writes).toEqual([]);
	});

	it('refuses outbox retry without ids or --all, and an unknown verb, with exit 2', async () => {
		const {send} = setUp([]);
		expect((await send(['outbox', 'retry'])).code).toBe(2);
		expect((await send(['outbox', 'resend'])).stderr).toBe('deskterm: outbox: unknown verb "resend" (list, retry, drop)\n');
	});

	it('--if-unchanged sends at the current version and refuses (exit 4, the change in one line) at an old one', async () => {
		const {memory, send} = setUp([]);
		const version = memory.conversations.get('1042')!.version;
		expect((await send(['reply', '1042', '--body', 'Still on it.', '--if-unchanged', version])).code).toBe(0);
		const stale = await send(['reply', '1042', '--body', 'Late answer', '--if-unchanged', version, '--json']);
		expect(stale.code).toBe(4);
		expect(stale.stderr).toMatch(new RegExp(`^deskterm: not sent: conversation #1042 changed since version ${version} \\(now \\d+\\): .+\\n$`));
		expect(json(stale)).toMatchObject({changed: {conversationId: '1042', expectedVersion: version, changes: [expect.objectContaining({type: 'message'})]}});
		expect(bodies(memory, '1042', 'Late answer')).toBe(0);
		expect((await send(['reply', '1042', '--body', 'x', '--if-unchanged', ' '])).code).toBe(2);
	});
});
