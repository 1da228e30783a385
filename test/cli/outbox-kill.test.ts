// kill -9 during a send, repeatedly: the built deskterm replying to a Zendesk, then a Request Tracker, on 127.0.0.1
// whose write hangs (applied or not); after the kill, the outbox of the next run delivers what was pending, once.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import type {ServerResponse} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {WriteFault} from '../helpers/fault-server.js';
import {seededRandom} from '../helpers/faulty-provider.js';
import {faultyRt} from '../helpers/faulty-rt.js';
import {faultyZendesk} from '../helpers/faulty-zendesk.js';
import {startLoopbackServer, type LoopbackServer, type RecordedRequest} from '../helpers/loopback-server.js';
import {buildDeskterm, runDeskterm} from '../helpers/spec-server.js';
import {token} from '../providers/zendesk/zendesk-routes.js';

const repository = new URL('../..', import.meta.url).pathname;

type Desk = {handle(request: RecordedRequest, response: ServerResponse): void; heal(): void; force(fault: WriteFault): void; copies(body: string): number};
type Kind = {name: string; profile: string; conversationId: string; login(url: string): {args: string[]; input: string}; desk(onWrite: () => void): Desk};

const kinds: Kind[] = [
	{
		name: 'Zendesk',
		profile: 'zendesk',
		conversationId: '35436',
		login: url => ({args: ['login', 'zendesk', '--url', url, '--email', 'dana@example.com', '--token-stdin'], input: `${token}\n`}),
		desk: onWrite => {
			const zendesk = faultyZendesk(seededRandom(9), {onWrite});
			return {...zendesk, copies: body => zendesk.comments.filter(comment => comment.body === body).length};
		},
	},
	{
		name: 'Request Tracker',
		profile: 'rt',
		conversationId: '1',
		login: url => ({args: ['login', 'rt', '--url', url, '--token-stdin'], input: '1-14-0123456789abcdef0123456789abcdef\n'}),
		desk: onWrite => faultyRt(seededRandom(9), {onWrite}),
	},
];

beforeAll(() => buildDeskterm(), 120_000);

describe.each(kinds)('kill -9 during a send (the built binary against $name on 127.0.0.1)', kind => {
	const home = mkdtempSync(join(tmpdir(), 'deskterm-kill-'));
	const env = {HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config'), DESKTERM_DATA_DIR: join(home, 'data')};
	let writeArrived: (() => void) | null = null;
	const desk = kind.desk(() => writeArrived?.());
	desk.heal();
	let server: LoopbackServer;

	beforeAll(async () => {
		server = await startLoopbackServer((request, response) => desk.handle(request, response));
		const {args, input} = kind.login(server.url);
		const login = await runDeskterm(args, env, input);
		if (login.status !== 0) throw new Error(`login failed: ${login.stderr}`);
	}, 120_000);

	afterAll(async () => {
		await server.close();
		rmSync(home, {recursive: true, force: true});
	});

	/** Starts a reply, waits until its write reaches the server, and kills the process there (SIGKILL). */
	async function killDuringSend(body: string, fault: WriteFault): Promise<void> {
		desk.force(fault);
		const arrived = new Promise<void>(resolve => (writeArrived = resolve));
		const child = spawn(process.execPath, [`${repository}dist/cli.js`, '--profile', kind.profile, 'reply', kind.conversationId, '--body', body], {env: {PATH: process.env['PATH'], LANG: 'C.UTF-8', ...env}, stdio: 'ignore'});
		const exited = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, signal) => resolve(signal)));
		await arrived;
		writeArrived = null;
		child.kill('SIGKILL');
		expect(await exited).toBe('SIGKILL');
	}

	it('leaves the reply in the outbox; the next run delivers it once, whether or not the killed write landed', async () => {
		const faults: WriteFault[] = ['hang-after', 'hang-before', 'hang-after', 'hang-before', 'hang-after', 'hang-after'];
		for (const [index, fault] of faults.entries()) {
			const body = `Killed reply ${index} (${fault})`;
			await killDuringSend(body, fault);
			const listed = await runDeskterm(['--profile', kind.profile, 'outbox', '--json'], env);
			expect(listed.status).toBe(0);
			expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({state: 'sending', firstLine: body, conversationId: kind.conversationId})]);
			const retried = await runDeskterm(['--profile', kind.profile, 'outbox', 'retry', '--all'], env);
			expect(retried.stderr).toBe('');
			expect(retried.status).toBe(0);
			expect(retried.stdout).toMatch(new RegExp(`^✓ ob-[0-9a-f]{8} reply to #${kind.conversationId} .*: delivered\\n$`));
			expect(desk.copies(body), `${body} in the conversation`).toBe(1);
		}
		expect((await runDeskterm(['--profile', kind.profile, 'outbox', '--json'], env)).stdout).toBe('[]\n');
	}, 120_000);
});
