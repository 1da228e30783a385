// Issue 5's check: the built console, in a real 80x24 terminal (tmux), answers a Request Tracker 5
// ticket by keyboard alone, and RT's own history then holds the reply as a Correspond transaction.
import {spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createTicket, rest, rtAvailable, rtSkipMessage, startRtServer, type RtServer} from '../../helpers/rt-server.js';
import {hasTmux, openTerminal, type Terminal} from '../../helpers/tmux-terminal.js';

if (!rtAvailable) console.warn(`rt-console.integration.test.ts: ${rtSkipMessage}`);
else if (!hasTmux) console.warn('rt-console.integration.test.ts: not run, tmux is not installed (apt-get install tmux)');

const root = join(import.meta.dirname, '..', '..', '..');
const binary = join(root, 'dist', 'cli.js');

type HistoryItem = {id: string; Type: string; Creator: {id: string}};
type AttachmentItem = {TransactionId: string; ContentType: string; Content: string};

describe.runIf(rtAvailable && hasTmux)('the console answers a Request Tracker 5 ticket by keyboard (live server, tmux)', () => {
	let server: RtServer;
	let home: string;
	let terminal: Terminal | undefined;
	let ticket = '';
	const run = randomBytes(3).toString('hex');
	const customer = `ann-${run}@example.com`;
	const reply = [`Hello Ann, your parcel ${run} left our depot this morning.`, 'It should reach you on Friday.'];

	const env = () => ({
		PATH: process.env['PATH'] ?? '',
		HOME: home,
		DESKTERM_CONFIG_DIR: join(home, 'config'),
		DESKTERM_DATA_DIR: join(home, 'data'),
		// No live polling: the screen changes only because of the keys this test presses.
		DESKTERM_REFRESH_SECONDS: '0',
	});
	const deskterm = (args: string[], input = '') => spawnSync(process.execPath, [binary, ...args], {input, encoding: 'utf8', env: env()});

	beforeAll(async () => {
		home = mkdtempSync(join(tmpdir(), 'deskterm-rt-console-'));
		server = startRtServer();
		const queue = await rest(server, 'POST', '/queue', {Name: `console-${run}`});
		expect(queue.status, JSON.stringify(queue.body)).toBe(201);
		const user = await rest(server, 'POST', '/user', {Name: customer, EmailAddress: customer, RealName: `Ann Fletcher ${run}`});
		expect(user.status, JSON.stringify(user.body)).toBe(201);
		ticket = await createTicket(server, {
			Queue: String(queue.body.id),
			Subject: `Parcel ${run} never arrived`,
			Requestor: customer,
			Content: 'I ordered two weeks ago and the parcel is still not here. Where is it?',
		});
	});

	afterAll(() => {
		terminal?.close();
		server?.stop();
		if (home) rmSync(home, {recursive: true, force: true});
	});

	it('logs in, finds the ticket by search, replies with Ctrl+S, and RT records a Correspond with the text', async () => {
		const login = deskterm(['login', 'rt', '--url', server.url, '--token-stdin'], `${server.token}\n`);
		expect(login.stderr).toBe('');
		expect(login.status).toBe(0);

		terminal = openTerminal({command: [process.execPath, binary, '--profile', 'rt'], env: env(), columns: 80, rows: 24});
		const pane = terminal;
		await pane.waitFor(/CUSTOMER +SUBJECT +WAIT +STATUS/);
		await pane.waitFor(/^RT 127\.0\.0\.1:\d+ │ Enoch /m);

		pane.press('/');
		await pane.waitFor(/^\/\s*$/m);
		pane.type(run);
		pane.press('Enter');
		await pane.waitFor(new RegExp(`· "${run}" +1/1$`, 'm'));
		expect(pane.screen()).toMatch(new RegExp(`^› ${ticket} +Ann Fletcher`, 'm'));

		pane.press('Enter');
		await pane.waitFor(new RegExp(`^#${ticket} Parcel ${run} never arrived`, 'm'));
		await pane.waitFor(/│ I ordered two weeks ago and the parcel is still not here\. Where is it\?/);

		pane.press('r');
		await pane.waitFor(new RegExp(`▶ Reply to Ann Fletcher ${run}`));
		pane.type(reply[0]!);
		pane.press('Enter');
		pane.type(reply[1]!);
		await pane.waitFor(/2 lines · \d+ characters/);
		pane.press('C-s');
		await pane.waitFor(new RegExp(`Reply sent to #${ticket}`));
		await pane.waitFor(/│ It should reach you on Friday\./);
		expect(pane.screen().split('\n').every(line => [...line].length <= 80)).toBe(true);

		pane.press('Escape');
		await pane.waitFor(/CUSTOMER +SUBJECT +WAIT +STATUS/);
		pane.press('q');
		expect(await pane.exitCode()).toBe(0);

		const history = await rest(server, 'GET', `/ticket/${ticket}/history?per_page=100&fields=Type,Creator`);
		const parts = await rest(server, 'GET', `/ticket/${ticket}/attachments?per_page=100&fields=TransactionId,ContentType,Content`);
		const corresponds = (history.body.items as HistoryItem[]).filter(item => item.Type === 'Correspond');
		expect(corresponds.map(item => item.Creator.id)).toEqual(['root']);
		const texts = (parts.body.items as AttachmentItem[])
			.filter(part => part.TransactionId === corresponds[0]!.id && part.ContentType.startsWith('text/plain'))
			.map(part => part.Content.trimEnd());
		expect(texts).toEqual([reply.join('\n')]);

		const shown = deskterm(['--profile', 'rt', 'show', ticket, '--json']);
		expect(shown.stderr).toBe('');
		expect(shown.status).toBe(0);
		const messages = (JSON.parse(shown.stdout) as {messages: Array<{kind: string; authorId: string; body: string}>}).messages;
		expect(messages.map(message => message.kind)).toEqual(['customer', 'agent']);
		expect(messages[1]).toMatchObject({kind: 'agent', authorId: 'root', body: reply.join('\n')});
	}, 120_000);
});
