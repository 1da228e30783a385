// Read-only mode below every surface: each writer of deskterm's own files refuses with one line and
// exit 1, and leaves every file as it was (docs/safety.md lists what counts as a write).
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import {saveProfile} from '../../source/config/config-file.js';
import {storeSecrets} from '../../source/config/secrets.js';
import {draftStore} from '../../source/ui/session/draft-store.js';
import {createTestIo} from '../helpers/test-io.js';

const work = mkdtempSync(join(tmpdir(), 'deskterm-read-only-'));
const dataDir = join(work, 'data');
const configDir = join(work, 'config');
const env = {HOME: work, DESKTERM_DATA_DIR: dataDir, DESKTERM_CONFIG_DIR: configDir, EDITOR: 'false'};
const now = Date.parse('2026-03-02T10:00:00Z');

async function run(argv: string[]) {
	const io = createTestIo();
	const code = await runCli(argv, io, {env, clock: () => now});
	return {code, stdout: io.stdout(), stderr: io.stderr()};
}

/** Every file under the work directory with its bytes, to see that nothing changed. */
function snapshot(directory = work): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(directory)) {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) Object.assign(files, snapshot(path));
		else files[path] = readFileSync(path, 'base64');
	}
	return files;
}

beforeAll(async () => {
	for (const argv of [['demo', 'reset', '--conversations', '20', '--seed', 'small', '--yes'], ['learn', '--history', writeHistory()]]) {
		const result = await run(argv);
		expect(result.code, result.stderr).toBe(0);
	}
	await saveProfile(configDir, 'acme', {provider: 'zendesk', settings: {url: 'https://acme.zendesk.example', email: 'lead@acme.example'}});
	storeSecrets(configDir, 'acme', {token: 'secret-token'});
	mkdirSync(join(work, 'import'), {recursive: true});
	writeFileSync(join(work, 'import', 'hello.md'), '---\nid: hello\ntitle: Hello\n---\nHello {{customer.name}}\n');
}, 60_000);
afterAll(() => rmSync(work, {recursive: true, force: true}));

function writeHistory(): string {
	const path = join(work, 'history.jsonl');
	writeFileSync(path, `${JSON.stringify({text: 'I want my money back', template: 'refund-approved'})}\n`);
	return path;
}

const writers: Array<[string, string[], RegExp]> = [
	['templates new', ['templates', 'new', 'brand-new'], /create a template/],
	['templates edit', ['templates', 'edit', 'account-locked'], /edit a template/],
	['templates import', ['templates', 'import', join(work, 'import')], /import templates/],
	['learn --history', ['learn', '--history', join(work, 'history.jsonl')], /learn from a history file/],
	['learn --forget', ['learn', '--forget'], /forget the learned history/],
	['learn --from-desk', ['learn', '--from-desk'], /learn from the desk/],
	['logout', ['logout', 'acme'], /log out/],
	['logout --remove', ['logout', 'acme', '--remove'], /log out/],
	['profiles --default', ['profiles', '--default', 'acme'], /change the default profile/],
	['triage config init', ['triage', 'config', 'init'], /write the triage config files/],
	['demo reset', ['demo', 'reset', '--yes'], /reset the local desk/],
	['demo incoming', ['demo', 'incoming', '--customer', 'Eve', '--subject', 'Hi', '--body', 'Hello'], /add customer messages/],
];

describe('read-only mode refuses every local write', () => {
	it.each(writers)('%s: one line, exit 1, no file touched', async (_name, argv, action) => {
		const before = snapshot();
		const result = await run([...argv, '--read-only']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^deskterm: read-only mode: cannot [^\n]+ \(started with --read-only or a read-only profile\)\n$/);
		expect(result.stderr).toMatch(action);
		expect(result.stdout).toBe('');
		expect(snapshot()).toEqual(before);
	});

	it('a read-only profile refuses the same way, without the flag', async () => {
		await saveProfile(configDir, 'peek', {provider: 'local', settings: {}, readOnly: true});
		const result = await run(['learn', '--forget', '--profile', 'peek']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^deskterm: read-only mode: cannot forget the learned history/);
	});

	it('reads and exports still work: export writes only where the person points it', async () => {
		expect((await run(['profiles', '--read-only'])).code).toBe(0);
		expect((await run(['triage', 'config', 'lint', '--read-only'])).code).toBe(0);
		const exported = await run(['templates', 'export', '--to', join(work, 'exported'), '--read-only']);
		expect(exported.code, exported.stderr).toBe(0);
		expect(readdirSync(join(work, 'exported')).length).toBeGreaterThan(0);
	});

	it('the console keeps drafts only when it may write', async () => {
		const drafts = draftStore(dataDir, 'local', {readOnly: true});
		await expect(drafts.save({conversationId: '1', kind: 'reply', text: 'hi', savedAt: now})).rejects.toThrow(/^read-only mode: cannot keep a draft on disk/);
		await expect(drafts.remove('1')).rejects.toThrow(/^read-only mode: cannot remove a draft/);
		expect(await drafts.load('1')).toBeNull();
	});
});
