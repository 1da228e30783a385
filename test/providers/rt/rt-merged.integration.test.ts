// A merged queue of the local demo desk and a live RT 5, through the built binary: both desks in one
// list sorted together, and a reply that lands in RT (and not on the local desk).
import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildBinaryIfStale, runDeskterm} from '../../helpers/deskterm-binary.js';
import {createTicket, rest, rtAvailable, rtSkipMessage, startRtServer, type RtServer} from '../../helpers/rt-server.js';

if (!rtAvailable) console.warn(rtSkipMessage);

type Row = {id: string; desk: string | null; createdAt: string; messageCount: number};

describe.runIf(rtAvailable)('a merged queue of the local desk and Request Tracker 5 (live server)', () => {
	let server: RtServer;
	let home: string;
	const tickets: string[] = [];
	const run = randomBytes(3).toString('hex');

	const deskterm = (args: string[], input = '') => runDeskterm(home, args, input);

	function listed(args: string[]): Row[] {
		const result = deskterm(args);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		return JSON.parse(result.stdout) as Row[];
	}

	beforeAll(async () => {
		buildBinaryIfStale();
		home = mkdtempSync(join(tmpdir(), 'deskterm-rt-merged-'));
		server = startRtServer();
		const queueId = String((await rest(server, 'POST', '/queue', {Name: `merged-${run}`})).body.id);
		for (const subject of ['Merged one', 'Merged two']) {
			tickets.push(await createTicket(server, {Queue: queueId, Subject: `${subject} ${run}`, Requestor: `merged-${run}@example.com`, Content: `${subject}, please`}));
		}
		const login = deskterm(['login', 'rt', '--url', server.url, '--token-stdin'], `${server.token}\n`);
		expect(login.code).toBe(0);
	});

	afterAll(() => {
		server?.stop();
		if (home) rmSync(home, {recursive: true, force: true});
	});

	it('lists both desks in one queue, sorted together by creation', () => {
		const rows = listed(['--profile', 'local,rt', 'queue', '--json', '--sort', 'created', '--fields', 'id,desk,createdAt']);
		expect(new Set(rows.map(row => row.desk))).toEqual(new Set(['local', 'rt']));
		expect(rows.map(row => row.id)).toEqual(expect.arrayContaining(tickets.map(id => `rt:${id}`)));
		const times = rows.map(row => Date.parse(row.createdAt));
		expect(times).toEqual([...times].sort((a, b) => b - a));
		const local = listed(['queue', '--json', '--fields', 'id']);
		expect(rows.filter(row => row.desk === 'local')).toHaveLength(local.length);
	});

	it('sends a reply to RT for an rt: id, leaving the local desk as it was', async () => {
		const before = listed(['queue', '--json', '--fields', 'id,messageCount']);
		const reply = deskterm(['--profile', 'local,rt', 'reply', `rt:${tickets[0]}`, '--body', `Merged reply ${run}.`]);
		expect(reply.stderr).toBe('');
		expect(reply.code).toBe(0);
		const parts = await rest(server, 'GET', `/ticket/${tickets[0]}/attachments?per_page=100&fields=Content,ContentType`);
		expect(parts.body.items.map((item: {Content: string}) => item.Content)).toContain(`Merged reply ${run}.`);
		expect(listed(['queue', '--json', '--fields', 'id,messageCount'])).toEqual(before);
		const shown = JSON.parse(deskterm(['--profile', 'local,rt', 'show', `rt:${tickets[0]}`, '--json']).stdout) as {id: string; desk: string; messages: Array<{body: string}>};
		expect(shown).toMatchObject({id: `rt:${tickets[0]}`, desk: 'rt'});
		expect(shown.messages.at(-1)!.body).toContain(`Merged reply ${run}.`);
	});
});
