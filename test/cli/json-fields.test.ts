// The JSON contract scripts rely on: every command's fields spelled out here, so a change is deliberate.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {json, run} from './cli-fixtures.js';

const summaryFields = [
	'id',
	'subject',
	'customerId',
	'customerName',
	'channel',
	'status',
	'priority',
	'assigneeId',
	'assigneeName',
	'teamId',
	'teamName',
	'tags',
	'createdAt',
	'updatedAt',
	'waitingSince',
	'firstResponseAt',
	'closedAt',
	'snoozedUntil',
	'messageCount',
	'preview',
	'version',
	'desk',
];
const customerFields = ['id', 'name', 'email', 'company', 'companyType', 'plan', 'monthlySpend', 'customerSince', 'tenureDays', 'language', 'productsInUse', 'vip', 'attributes'];
const messageFields = ['id', 'conversationId', 'kind', 'authorId', 'authorName', 'body', 'createdAt', 'channel'];
const isoOrNull = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/;

type Row = Record<string, unknown>;

describe('JSON fields', () => {
	it('queue: an array of summaries', async () => {
		const rows = json(await run(['queue', '--json'])) as Row[];
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(Object.keys(row)).toEqual(summaryFields);
		for (const field of ['createdAt', 'updatedAt', 'waitingSince', 'firstResponseAt', 'closedAt', 'snoozedUntil']) {
			expect(String(rows[0]![field] ?? '')).toMatch(isoOrNull);
		}
	});

	it('show: the summary plus customer, messages, ratings and pageUrl', async () => {
		const value = json(await run(['show', '1042', '--json'])) as Row;
		expect(Object.keys(value)).toEqual([...summaryFields, 'customer', 'messages', 'ratings', 'pageUrl']);
		expect(Object.keys(value['customer'] as Row)).toEqual(customerFields);
		for (const message of value['messages'] as Row[]) expect(Object.keys(message)).toEqual(messageFields);
		expect(Object.keys(value['ratings'] as Row)).toEqual(['csat', 'nps', 'ces']);
	});

	it.each([['reply'], ['note']])('%s: the new message', async command => {
		const value = json(await run([command, '1042', '--body', 'ok', '--json'])) as Row;
		expect(Object.keys(value)).toEqual(messageFields);
	});

	it.each([['reply'], ['note']])('%s --template: the message, the templates used, the actions applied and failed, recordError', async command => {
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-json-fields-'));
		try {
			const shipped = join(import.meta.dirname, '..', '..', 'templates');
			const value = json(await run([command, '1042', '--template', 'return-policy', '--templates', shipped, '--data-dir', dataDir, '--json'])) as Row;
			expect(Object.keys(value)).toEqual(['message', 'templates', 'applied', 'failed', 'recordError']);
			expect(Object.keys(value['message'] as Row)).toEqual(messageFields);
			expect((value['templates'] as Row[]).map(template => Object.keys(template))).toEqual([['id', 'title', 'language', 'edited']]);
		} finally {
			rmSync(dataDir, {recursive: true, force: true});
		}
	});

	it.each([
		[['assign', '1042', '--to', 'me']],
		[['status', '1042', 'pending']],
		[['close', '1042']],
		[['priority', '1042', 'low']],
		[['tag', '1042', '+x']],
	])('%j: the updated summary', async argv => {
		const value = json(await run([...argv, '--json'])) as Row;
		expect(Object.keys(value)).toEqual(summaryFields);
	});

	it('agents: agents and teams', async () => {
		const value = json(await run(['agents', '--json'])) as {agents: Row[]; teams: Row[]};
		expect(Object.keys(value)).toEqual(['agents', 'teams']);
		expect(Object.keys(value.agents[0]!)).toEqual(['id', 'name', 'email', 'role', 'teamIds', 'teamNames']);
		expect(Object.keys(value.teams[0]!)).toEqual(['id', 'name', 'agentIds']);
	});

	it('stats: period, filter, count and figures with their definition and base', async () => {
		const value = json(await run(['stats', '--json'])) as Row & {figures: Row[]};
		expect(Object.keys(value)).toEqual(['period', 'now', 'filter', 'conversations', 'figures']);
		expect(Object.keys(value['period'] as Row)).toEqual(['from', 'until']);
		expect(Object.keys(value['filter'] as Row)).toEqual(['teamId', 'agentId']);
		for (const figure of value.figures) expect(Object.keys(figure).slice(0, 6)).toEqual(['id', 'label', 'definition', 'conversations', 'value', 'unavailable']);
	});

	it('summary: the live overview', async () => {
		const value = json(await run(['summary', '--json'])) as Row;
		expect(Object.keys(value)).toEqual(['now', 'filter', 'live', 'byStatus', 'byTeam', 'byChannel', 'unassigned', 'oldestWaiting', 'breached', 'atRisk', 'nextToBreach', 'load', 'repliedTodayCounted', 'hourly', 'daily', 'triageMix', 'handledBy']);
		// The triage mix: each axis by level, counting the live conversations scored as triage --all scores them.
		const mix = value['triageMix'] as Record<string, Record<string, number>>;
		expect(Object.keys(mix)).toEqual(['complexity', 'severity', 'effort']);
		for (const axis of Object.values(mix)) {
			expect(Object.keys(axis)).toEqual(['low', 'medium', 'high']);
			expect(axis['low']! + axis['medium']! + axis['high']!).toBe(value['live']);
		}
	});

	it.each([
		['queue', summaryFields],
		['show', [...summaryFields, 'customer', 'messages', 'ratings', 'pageUrl']],
		['assign', summaryFields],
	])('%s --help names every field --fields accepts', async (command, fields) => {
		const help = (await run([command, '--help'])).stdout.replace(/\s+/g, ' ');
		expect(help).toContain(`only these JSON fields (implies --json): ${fields.join(', ')}`);
	});
});
