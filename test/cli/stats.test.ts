import {describe, expect, it} from 'vitest';
import type {Figure} from '../../source/domain/metrics/figure.js';
import {testNow} from '../helpers/conversations.js';
import {json, run} from './cli-fixtures.js';

type Report = {period: {from: number; until: number}; conversations: number; filter: {teamId: string | null; agentId: string | null}; figures: Figure[]};
const day = 86_400_000;

function figure(report: Report, id: string): Figure {
	return report.figures.find(item => item.id === id)!;
}

describe('deskterm stats', () => {
	it('reports the last 7 days by default, each figure with its base or the reason it is unavailable', async () => {
		const report = json(await run(['stats', '--json'])) as Report;
		expect(report.period).toEqual({from: testNow - 7 * day, until: testNow});
		expect(report.conversations).toBeGreaterThan(0);
		// The memory desk records no time worked: AHT must say so, never 0.
		expect(figure(report, 'aht')).toMatchObject({value: null, unavailable: 'the back end records no time worked'});
		expect(figure(report, 'bot_involvement').value).toMatchObject({kind: 'rate'});
	});

	it('filters by team and agent, by name, and says plainly when nothing matches', async () => {
		const billing = json(await run(['stats', '--team', 'Billing', '--json'])) as Report;
		expect(billing.filter).toEqual({teamId: 'billing', agentId: null});
		expect(billing.conversations).toBeLessThan((json(await run(['stats', '--json'])) as Report).conversations);
		expect((json(await run(['stats', '--agent', 'dana', '--json'])) as Report).filter.agentId).toBe('a1');
		const missing = await run(['stats', '--team', 'Nope']);
		expect([missing.code, missing.stderr]).toEqual([2, 'deskterm: unknown team "Nope" (valid: Billing, Technical Support)\n']);
	});

	it('rejects bad periods and --json with --csv as usage errors', async () => {
		for (const argv of [['--since', 'yesterday'], ['--since', '1d', '--until', '2d'], ['--json', '--csv']]) {
			const result = await run(['stats', ...argv]);
			expect(result.code).toBe(2);
			expect(result.stderr.split('\n')).toHaveLength(2);
		}
		expect((json(await run(['stats', '--since', '2026-03-01', '--json'])) as Report).period.from).toBe(Date.parse('2026-03-01T00:00:00Z'));
	});

	it('prints one CSV row per figure and readable plain text', async () => {
		const csv = (await run(['stats', '--csv'])).stdout.trim().split('\n');
		const report = json(await run(['stats', '--json'])) as Report;
		expect(csv[0]).toBe('id,label,conversations,kind,value,median_ms,p90_ms,mean_ms,unavailable');
		expect(csv.slice(1).map(line => line.split(',')[0])).toEqual(report.figures.map(item => item.id));
		const text = (await run(['stats'])).stdout;
		expect(text).toContain('Average handling time: unavailable: the back end records no time worked');
		expect(text).not.toMatch(/\u001B\[/);
	});

	it('states each figure in --help', async () => {
		const help = (await run(['stats', '--help'])).stdout;
		for (const id of ['frt.bot', 'aht', 'ttr.human', 'fcr', 'closed_in_one_reply', 'handover_cost', 'nps', 'ces', 'recurring_topics']) expect(help).toContain(id);
	});
});
