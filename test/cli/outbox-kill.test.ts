// kill -9 during a send, repeatedly: the built deskterm replying to a Zendesk on 127.0.0.1 whose write hangs (applied
// or not); after the kill, the outbox of the next run delivers what was pending, once.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {seededRandom} from '../helpers/faulty-provider.js';
import {faultyZendesk, type ZendeskFault} from '../helpers/faulty-zendesk.js';
import {startLoopbackServer, type LoopbackServer} from '../helpers/loopback-server.js';
import {buildDeskterm, runDeskterm} from '../helpers/spec-server.js';
import {token} from '../providers/zendesk/zendesk-routes.js';

const repository = new URL('../..', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'deskterm-kill-'));
const env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data')};
let writeArrived: (() => void) | null = null;
const desk = faultyZendesk(seededRandom(9), {onWrite: () => writeArrived?.()});
desk.heal();
let server: LoopbackServer;

beforeAll(async () => {
	await buildDeskterm();
	server = await startLoopbackServer((request, response) => desk.handle(request, response));
	const login = await runDeskterm(['login', 'zendesk', '--url', server.url, '--email', 'dana@example.com', '--token-stdin'], env, `${token}\n`);
	if (login.status !== 0) throw new Error(`login failed: ${login.stderr}`);
}, 120_000);

afterAll(async () => {
	await server.close();
	rmSync(home, {recursive: true, force: true});
});

/** Starts a reply, waits until its write reaches the server, and kills the process there (SIGKILL). */
async function killDuringSend(body: string, fault: ZendeskFault): Promise<void> {
	desk.force(fault);
	const arrived = new Promise<void>(resolve => (writeArrived = resolve));
	const child = spawn(process.execPath, [`${repository}dist/cli.js`, '--profile', 'zendesk', 'reply', '35436', '--body', body], {env: {PATH: process.env['PATH'], LANG: 'C.UTF-8', ...env}, stdio: 'ignore'});
	const exited = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, signal) => resolve(signal)));
	await arrived;
	writeArrived = null;
	child.kill('SIGKILL');
	expect(await exited).toBe('SIGKILL');
}

describe('kill -9 during a send (the built binary against Zendesk on 127.0.0.1)', () => {
	it('leaves the reply in the outbox; the next run delivers it once, whether or not the killed write landed', async () => {
		const faults: ZendeskFault[] = ['hang-after', 'hang-before', 'hang-after', 'hang-before', 'hang-after', 'hang-after'];
		for (const [index, fault] of faults.entries()) {
			const body = `Killed reply ${index} (${fault})`;
			await killDuringSend(body, fault);
			const listed = await runDeskterm(['--profile', 'zendesk', 'outbox', '--json'], env);
			expect(listed.status).toBe(0);
			expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({state: 'sending', firstLine: body, conversationId: '35436'})]);
			const retried = await runDeskterm(['--profile', 'zendesk', 'outbox', 'retry', '--all'], env);
			expect(retried.stderr).toBe('');
			expect(retried.status).toBe(0);
			expect(retried.stdout).toMatch(/^✓ ob-[0-9a-f]{8} reply to #35436 .*: delivered\n$/);
			expect(desk.comments.filter(comment => comment.body === body), `${body} in the ticket`).toHaveLength(1);
		}
		expect((await runDeskterm(['--profile', 'zendesk', 'outbox', '--json'], env)).stdout).toBe('[]\n');
	}, 120_000);
});
