// A customer who writes escape sequences, OSC 52 and OSC 8, C1 and bidi overrides, on the demo desk:
// every text output shows them visibly and sends none of them; JSON keeps them exact.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import {stringifyJson} from '../../source/presenters/json-fields.js';
import {sanitizeForTerminal} from '../../source/presenters/sanitize.js';
import {startLoopbackServer} from '../helpers/loopback-server.js';
import {createTestIo} from '../helpers/test-io.js';
import {payloads} from '../helpers/hostile-text.js';

const now = Date.parse('2026-03-02T10:00:00Z');
const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-hostile-'));
const customer = `Eve ${payloads.bidi}`;
const subject = `Refund ${payloads.link}`;
const body = `Please refund my order. ${payloads.clipboard}${payloads.csi} ${payloads.c1} ${payloads.title} ${payloads.dcs}${payloads.apc}${payloads.pm}${payloads.sos} ${payloads.loneEscape} ${payloads.carriage}`;
let id = '';

async function run(argv: string[], terminal: {tty: boolean; color?: boolean} = {tty: false}) {
	const io = createTestIo({isStdoutTty: terminal.tty, color: terminal.color ?? false, columns: 200});
	const code = await runCli(argv, io, {env: {DESKTERM_DATA_DIR: dataDir, HOME: dataDir}, clock: () => now});
	return {code, stdout: io.stdout(), stderr: io.stderr()};
}

// Our own colours are the only sequences allowed: SGR with the codes the CLI's style uses.
const ownColours = /\u001B\[(?:1|22|31|32|33|36|39|90)m/g;
const harmful = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function expectHarmless(text: string): void {
	expect(text.replace(ownColours, '')).not.toMatch(harmful);
}

beforeAll(async () => {
	expect((await run(['demo', 'reset', '--conversations', '20', '--seed', 'small', '--yes'])).code).toBe(0);
	const created = await run(['demo', 'incoming', '--customer', customer, '--email', 'eve@hostile.example', '--subject', subject, '--body', body]);
	expect(created.code, created.stderr).toBe(0);
	id = created.stdout.trim();
}, 60_000);
afterAll(() => rmSync(dataDir, {recursive: true, force: true}));

describe('hostile customer text', () => {
	it('show: visible on a terminal (in colour too) and in a pipe, never raw', async () => {
		for (const terminal of [{tty: true, color: true}, {tty: true}, {tty: false}]) {
			const result = await run(['show', id], terminal);
			expect(result.code, result.stderr).toBe(0);
			expectHarmless(result.stdout);
			expect(result.stdout).toContain('<U+202E>fdp.exe<U+202C>');
			expect(result.stdout).toContain('<U+001B>]52;c;cm0gLXJmIH4K<U+0007>');
			expect(result.stdout).toContain('<U+001B>]8;;https://evil.example/<U+001B>\\click me');
			expect(result.stdout).toContain('csi<U+009B>2Jnel<U+0085>');
			expect(result.stdout).toContain('Amount: 10 EUR<U+000D>Amount: 1000 EUR');
		}
	});

	it('show --json: the hostile text round-trips exactly, and the bytes are the stable JSON', async () => {
		const result = await run(['show', id, '--json']);
		const shown = JSON.parse(result.stdout) as {subject: string; customer: {name: string}; messages: Array<{body: string}>};
		expect(shown.subject).toBe(subject);
		expect(shown.customer.name).toBe(customer);
		expect(shown.messages.at(-1)!.body).toBe(body);
		expect(result.stdout).toBe(`${stringifyJson(shown, 0)}\n`);
		expectHarmless(result.stdout);
	});

	it('queue: the row shows the visible form in the table and the pipe', async () => {
		for (const terminal of [{tty: true, color: true}, {tty: false}]) {
			const result = await run(['queue', '--sort', 'created'], terminal);
			expect(result.code, result.stderr).toBe(0);
			expectHarmless(result.stdout);
			const row = result.stdout.split('\n').find(line => line.replace(ownColours, '').startsWith(id))!;
			// On a terminal the customer column is cut to its width; the pipe has the whole name.
			expect(row).toContain(terminal.tty ? 'Eve invoice<U+2' : sanitizeForTerminal(customer));
			expect(row).toContain(terminal.tty ? 'Refund <U+001B>]8;;https://evil' : sanitizeForTerminal(subject));
		}
		const json = await run(['queue', '--json']);
		expect((JSON.parse(json.stdout) as Array<{id: string; subject: string}>).find(row => row.id === id)!.subject).toBe(subject);
	});

	it('triage and suggest: text output is harmless too', async () => {
		for (const argv of [['triage', id], ['triage', '--all'], ['suggest', id]]) {
			for (const terminal of [{tty: true, color: true}, {tty: false}]) {
				const result = await run(argv, terminal);
				expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
				expectHarmless(result.stdout);
				expectHarmless(result.stderr);
			}
		}
		const detail = await run(['triage', id], {tty: true});
		expect(detail.stdout).toContain(sanitizeForTerminal(customer));
		const suggested = await run(['suggest', id], {tty: true});
		expect(suggested.stdout).toContain(`(${sanitizeForTerminal(customer)})`);
	});

	it('an error line that carries hostile text shows it visibly', async () => {
		const result = await run(['show', `9${payloads.clipboard}${payloads.bidi}`]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`deskterm: conversation ${sanitizeForTerminal(`9${payloads.clipboard}${payloads.bidi}`)} not found\n`);
	});

	it("a helpdesk's HTTP error body reaches the error line visibly, not as escape sequences", async () => {
		const hostileBody = JSON.stringify({error: `Forbidden${payloads.clipboard}${payloads.csi}${payloads.bidi}`});
		const server = await startLoopbackServer((_request, response) => {
			response.writeHead(403, {'content-type': 'application/json'});
			response.end(hostileBody);
		});
		try {
			const io = createTestIo({isStdoutTty: true, color: true});
			const code = await runCli(['show', '1'], io, {
				env: {HOME: dataDir, DESKTERM_CONFIG_DIR: dataDir, DESKTERM_ZENDESK_TOKEN: 'token'},
				clock: () => now,
				loadProfile: async () => ({name: 'zendesk', provider: 'zendesk', settings: {url: server.url, email: 'agent@example.com'}}),
			});
			expect(code).toBe(1);
			expect(server.requests.length).toBeGreaterThan(0);
			expect(io.stderr()).toMatch(/^deskterm: Zendesk refused GET \S+ \(HTTP 403: Forbidden<U\+001B>\]52;c;cm0gLXJmIH4K<U\+0007><U\+001B>\[2J.*<U\+202E>fdp\.exe.*\): the account lacks the right to do this\n$/);
			expectHarmless(io.stderr());
		} finally {
			await server.close();
		}
	});
});
