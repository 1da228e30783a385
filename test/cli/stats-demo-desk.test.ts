// Recomputes a sample of `stats --json` figures by hand from `queue --json` and `show --json` on a demo desk,
// as a reviewer would: the figures must follow from what the other commands show.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import type {Figure} from '../../source/domain/metrics/figure.js';
import {createTestIo} from '../helpers/test-io.js';

const now = Date.parse('2026-03-02T10:00:00Z');
let dataDir: string;

async function run(argv: string[]): Promise<string> {
	const io = createTestIo();
	const code = await runCli(argv, io, {env: {DESKTERM_DATA_DIR: dataDir, HOME: dataDir}, clock: () => now});
	if (code !== 0) throw new Error(`${argv.join(' ')} exited ${code}: ${io.stderr()}`);
	return io.stdout();
}

async function runJson(argv: string[]): Promise<unknown> {
	return JSON.parse(await run(argv));
}

type Shown = {id: string; status: string; createdAt: string; messages: Array<{kind: string; createdAt: string}>; ratings: {csat: number | null; nps: number | null}};

let figures: Figure[];
let shown: Shown[];
let listed: Array<{id: string; channel: string}>;

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'deskterm-stats-demo-'));
	await run(['demo', 'reset', '--conversations', '120', '--seed', 'stats', '--yes']);
	const report = (await runJson(['stats', '--since', '3650d', '--json'])) as {conversations: number; figures: Figure[]};
	figures = report.figures;
	listed = (await runJson(['queue', '--status', 'all', '--json', '--fields', 'id,channel', '--limit', '1000'])) as Array<{id: string; channel: string}>;
	shown = [];
	for (const {id} of listed) shown.push((await runJson(['show', id, '--json'])) as Shown);
	expect(report.conversations).toBe(shown.length);
}, 60_000);
afterAll(() => rmSync(dataDir, {recursive: true, force: true}));

const rate = (part: number, base: number) => Math.round((part / base) * 1000) / 10;
const value = (id: string) => figures.find(figure => figure.id === id)!.value;

describe('stats --json on the demo desk, recomputed from show --json', () => {
	it('bot involvement, automatic resolution and closed in one reply', () => {
		const bot = shown.filter(item => item.messages.some(message => message.kind === 'bot'));
		expect(bot.length).toBeGreaterThan(0);
		expect(value('bot_involvement')).toMatchObject({value: rate(bot.length, shown.length)});
		const closed = shown.filter(item => item.status === 'closed');
		const botOnly = closed.filter(item => item.messages.some(message => message.kind === 'bot') && !item.messages.some(message => message.kind === 'agent'));
		expect(value('automatic_resolution')).toMatchObject({value: rate(botOnly.length, shown.length)});
		const oneReply = closed.filter(item => item.messages.filter(message => message.kind === 'bot' || message.kind === 'agent').length === 1);
		expect(value('closed_in_one_reply')).toMatchObject({value: rate(oneReply.length, shown.length)});
	});

	it('CSAT and NPS from the ratings', () => {
		const rated = shown.filter(item => item.ratings.csat !== null);
		expect(rated.length).toBeGreaterThan(0);
		expect(value('csat')).toMatchObject({value: rate(rated.filter(item => item.ratings.csat! >= 4).length, rated.length)});
		const nps = shown.filter(item => item.ratings.nps !== null).map(item => item.ratings.nps!);
		expect(nps.length).toBeGreaterThan(0);
		expect(value('nps')).toMatchObject({value: rate(nps.filter(score => score >= 9).length - nps.filter(score => score <= 6).length, nps.length)});
	});

	it('the first response times, people and bot: median and p90 (nearest rank), and how many they rest on', () => {
		for (const [id, kind] of [
			['frt.human', 'agent'],
			['frt.bot', 'bot'],
		] as const) {
			const waits = shown
				.flatMap(item => {
					// show --json gives ISO times; the first reply of that kind after the customer's first message.
					const customer = item.messages.find(message => message.kind === 'customer');
					if (!customer) return [];
					const first = Date.parse(customer.createdAt);
					const reply = item.messages.find(message => message.kind === kind && Date.parse(message.createdAt) >= first);
					return reply ? [Date.parse(reply.createdAt) - first] : [];
				})
				.sort((a, b) => a - b);
			expect(waits.length).toBeGreaterThan(0);
			const rank = (share: number) => waits[Math.ceil(waits.length * share) - 1];
			expect(figures.find(figure => figure.id === id)).toMatchObject({conversations: waits.length, value: {value: {median: rank(0.5), p90: rank(0.9)}}});
		}
	});

	it('the channel share, from queue --json', () => {
		const share = value('channel_share');
		expect(share?.kind).toBe('table');
		const rows = share?.kind === 'table' ? share.rows : [];
		expect(rows.reduce((sum, row) => sum + Number(row['count']), 0)).toBe(listed.length);
		for (const row of rows) {
			const count = listed.filter(item => item.channel === row['channel']).length;
			expect([row['count'], row['percent']]).toEqual([count, rate(count, listed.length)]);
		}
	});
});
