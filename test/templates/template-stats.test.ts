import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {recordTemplateUse} from '../../source/ranking/history-store.js';
import {templateStats} from '../../source/templates/template-stats.js';
import type {Template} from '../../source/templates/template.js';
import {testNow} from '../helpers/conversations.js';
import {runTemplates} from './run-templates.js';
import {templateFile, writeTemplates} from './temp-templates.js';

const day = 86_400_000;

function template(id: string, title: string, language = 'en'): Template {
	return {id, title, tags: [], shortcut: null, language, channels: [], visibility: 'team', actions: {}, humanOnly: false, body: 'x', source: null};
}

describe('templateStats', () => {
	const templates = [template('refund', 'Refund sent'), template('refund', 'Erstattung', 'de'), template('welcome', 'Welcome'), template('outage', 'Outage')];
	const uses = [
		{templateId: 'refund', edited: false, at: 1_000},
		{templateId: 'refund', edited: true, at: 3_000},
		{templateId: 'refund', edited: false, at: 2_000},
		{templateId: 'welcome', edited: true, at: 500},
		{templateId: 'retired', edited: false, at: 100},
	];

	it('counts uses per id across language variants, the unedited rate and the last use, most used first', () => {
		const stats = templateStats(templates, uses);
		expect(stats.totalUses).toBe(5);
		expect(stats.templates).toEqual([
			{id: 'refund', title: 'Refund sent', uses: 3, sentUnedited: 2, uneditedRate: 2 / 3, lastUsedAt: 3_000},
			{id: 'retired', title: null, uses: 1, sentUnedited: 1, uneditedRate: 1, lastUsedAt: 100},
			{id: 'welcome', title: 'Welcome', uses: 1, sentUnedited: 0, uneditedRate: 0, lastUsedAt: 500},
			{id: 'outage', title: 'Outage', uses: 0, sentUnedited: 0, uneditedRate: null, lastUsedAt: null},
		]);
		expect(stats.neverUsed).toEqual(['outage']);
	});

	it('counts only uses since a time', () => {
		const stats = templateStats(templates, uses, 1_500);
		expect(stats.totalUses).toBe(2);
		expect(stats.neverUsed).toEqual(['outage', 'welcome']);
	});
});

describe('templates stats', () => {
	async function setup() {
		const dir = writeTemplates({
			'refund.md': templateFile({id: 'refund', title: 'Refund sent'}),
			'welcome.md': templateFile({id: 'welcome', title: 'Welcome'}),
		});
		const first = await runTemplates(['templates', 'list', '--templates', dir]);
		const dataDir = join(first.configDir, 'data');
		await recordTemplateUse(dataDir, {templateId: 'refund', conversationId: '1', customerText: 'money back?', edited: false, at: testNow - 2 * day});
		await recordTemplateUse(dataDir, {templateId: 'refund', conversationId: '2', customerText: 'refund', edited: true, at: testNow - 40 * day});
		return {dir, configDir: first.configDir};
	}

	it('reads the history store and prints JSON with the documented fields', async () => {
		const {dir, configDir} = await setup();
		const {code, stdout} = await runTemplates(['templates', 'stats', '--templates', dir, '--json'], {configDir});
		expect(code).toBe(0);
		const value = JSON.parse(stdout);
		expect(Object.keys(value)).toEqual(['since', 'totalUses', 'templates', 'neverUsed']);
		expect(value.templates[0]).toEqual({id: 'refund', title: 'Refund sent', uses: 2, sentUnedited: 1, uneditedRate: 0.5, lastUsedAt: new Date(testNow - 2 * day).toISOString()});
		expect(value.neverUsed).toEqual(['welcome']);
	});

	it('limits to a window with --since and prints TSV in a pipe', async () => {
		const {dir, configDir} = await setup();
		const {stdout} = await runTemplates(['templates', 'stats', '--templates', dir, '--since', '30d'], {configDir});
		expect(stdout).toBe(`refund\t1\t1.000\t${new Date(testNow - 2 * day).toISOString()}\tRefund sent\nwelcome\t0\t\t\tWelcome\n`);
	});

	it('shows a table and a summary on a terminal', async () => {
		const {dir, configDir} = await setup();
		const {stdout} = await runTemplates(['templates', 'stats', '--templates', dir], {configDir, tty: true});
		expect(stdout).toMatch(/^ID\s+USES\s+UNEDITED\s+LAST USED\s+TITLE\n/);
		expect(stdout).toMatch(/refund\s+2\s+50%\s+2d ago\s+Refund sent/);
		expect(stdout).toContain('2 uses of 1 templates; 1 never used.');
	});

	it('works with no history yet, and rejects a bad --since (exit 2)', async () => {
		const {stdout} = await runTemplates(['templates', 'stats', '--json']);
		expect(JSON.parse(stdout).totalUses).toBe(0);
		expect((await runTemplates(['templates', 'stats', '--since', 'yesterday'])).code).toBe(2);
	});
});
