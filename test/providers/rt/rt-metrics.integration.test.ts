// Time worked on a live RT 5: `reply --worked 5m` grows the ticket's TimeWorked by 5 minutes, and
// `stats --json` reads it back from the ticket's history as the conversation's handling time.
import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildBinaryIfStale, runDeskterm} from '../../helpers/deskterm-binary.js';
import {createTicket, rest, rtAvailable, rtSkipMessage, startRtServer, type RtServer} from '../../helpers/rt-server.js';

if (!rtAvailable) console.warn(rtSkipMessage);

describe.runIf(rtAvailable)('time worked and stats on Request Tracker 5 (live server)', () => {
	let server: RtServer;
	let home: string;
	let queueId = '';
	let ticket = '';
	const run = randomBytes(3).toString('hex');

	const deskterm = (args: string[], input = '') => runDeskterm(home, args, input);

	const timeWorked = async () => Number((await rest(server, 'GET', `/ticket/${ticket}`)).body.TimeWorked);

	beforeAll(async () => {
		buildBinaryIfStale();
		home = mkdtempSync(join(tmpdir(), 'deskterm-rt-metrics-'));
		server = startRtServer();
		queueId = String((await rest(server, 'POST', '/queue', {Name: `metrics-${run}`})).body.id);
		ticket = await createTicket(server, {Queue: queueId, Subject: `Invoice ${run} twice`, Requestor: `payer-${run}@example.com`, Content: 'I was charged twice.'});
		const login = deskterm(['login', 'rt', '--url', server.url, '--token-stdin'], `${server.token}\n`);
		expect(login.code).toBe(0);
	});

	afterAll(() => {
		server?.stop();
		if (home) rmSync(home, {recursive: true, force: true});
	});

	it('reply --worked 5m adds 5 to the ticket\'s TimeWorked, by the token\'s user', async () => {
		const before = await timeWorked();
		const reply = deskterm(['--profile', 'rt', 'reply', ticket, '--body', `Refund ${run} is on its way.`, '--worked', '5m']);
		expect(reply.stderr).toBe('');
		expect(reply.code).toBe(0);
		expect(await timeWorked()).toBe(before + 5);
		const history = await rest(server, 'GET', `/ticket/${ticket}/history?per_page=100&fields=Type,Field,TimeTaken,Creator`);
		const set = history.body.items.filter((item: {Type: string; Field: string}) => item.Type === 'Set' && item.Field === 'TimeWorked');
		expect(set.map((item: {TimeTaken: string; Creator: {id: string}}) => [item.TimeTaken, item.Creator.id])).toEqual([['5', 'root']]);
	});

	it('stats --json shows the 5 minutes as the conversation\'s handling time', () => {
		const stats = deskterm(['--profile', 'rt', 'stats', '--since', '1d', '--team', queueId, '--json']);
		expect(stats.stderr).toBe('');
		expect(stats.code).toBe(0);
		const report = JSON.parse(stats.stdout) as {conversations: number; figures: Array<{id: string; unavailable: string | null; value: {value: {median: number}} | null}>};
		expect(report.conversations).toBe(1);
		const aht = report.figures.find(figure => figure.id === 'aht')!;
		expect(aht.unavailable).toBeNull();
		expect(aht.value?.value.median).toBe(300_000);
	});
});
