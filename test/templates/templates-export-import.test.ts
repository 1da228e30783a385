import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import type {HelpdeskProvider, SavedReply} from '../../source/providers/provider.js';
import {loadTemplates} from '../../source/templates/load-templates.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {runTemplates} from './run-templates.js';
import {tempDir, templateFile, writeTemplates} from './temp-templates.js';

const mixed = fileURLToPath(new URL('../fixtures/templates/mixed', import.meta.url));

function withoutSource<T extends {source: unknown}>(templates: T[]) {
	return templates.map(({source: _source, ...rest}) => rest);
}

describe('templates export', () => {
	it('prints a versioned JSON export without machine paths', async () => {
		const {code, stdout} = await runTemplates(['templates', 'export', '--templates', mixed]);
		expect(code).toBe(0);
		const value = JSON.parse(stdout);
		expect(value.version).toBe(1);
		expect(value.templates.map((template: {id: string}) => template.id)).toEqual(['invoice-copy', 'refund-approved']);
		expect(Object.keys(value.templates[0])).toEqual(['id', 'title', 'language', 'tags', 'shortcut', 'channels', 'visibility', 'humanOnly', 'actions', 'body']);
	});

	it('writes files that load back to the same templates, and refuses to overwrite without --force', async () => {
		const to = join(tempDir(), 'out');
		const first = await runTemplates(['templates', 'export', '--templates', mixed, '--to', to]);
		expect(first.code).toBe(0);
		expect(first.stderr).toContain(`exported 2 templates to ${to}`);
		expect(withoutSource((await loadTemplates([to])).templates)).toEqual(withoutSource((await loadTemplates([mixed])).templates));
		const again = await runTemplates(['templates', 'export', '--templates', mixed, '--to', to]);
		expect(again.code).toBe(1);
		expect(again.stderr).toMatch(/2 files already exist .*use --force/);
		expect((await runTemplates(['templates', 'export', '--templates', mixed, '--to', to, '--force'])).code).toBe(0);
	});

	it('refuses --json together with --to (exit 2)', async () => {
		expect((await runTemplates(['templates', 'export', '--json', '--to', tempDir()])).code).toBe(2);
	});
});

describe('templates import', () => {
	it('round-trips a JSON export into the user folder', async () => {
		const exported = join(tempDir(), 'export.json');
		writeFileSync(exported, (await runTemplates(['templates', 'export', '--templates', mixed])).stdout);
		const result = await runTemplates(['templates', 'import', exported, '--json']);
		expect(result.code).toBe(0);
		const value = JSON.parse(result.stdout);
		expect(value.imported.map((item: {id: string}) => item.id)).toEqual(['invoice-copy', 'refund-approved']);
		expect(value.skipped).toEqual([]);
		expect(withoutSource((await loadTemplates([result.userDir])).templates)).toEqual(withoutSource((await loadTemplates([mixed])).templates));
	});

	it('copies template files as written, reports bad ones (exit 1), and skips existing ones unless --force', async () => {
		const to = tempDir();
		const first = await runTemplates(['templates', 'import', mixed, '--to', to]);
		expect(first.code).toBe(1);
		expect(first.stderr).toContain('bad-visibility.md:5: visibility');
		expect(first.stderr).toContain(`imported 2 templates into ${to}`);
		expect(readFileSync(join(to, 'refund-approved.md'), 'utf8')).toBe(readFileSync(join(mixed, 'refund-approved.md'), 'utf8'));
		const good = writeTemplates({'refund-approved.md': templateFile({id: 'refund-approved', title: 'Changed'})});
		const again = await runTemplates(['templates', 'import', good, '--to', to]);
		expect(again.code).toBe(0);
		expect(again.stderr).toContain('skipped refund-approved (en): already exists (use --force to replace it)');
		await runTemplates(['templates', 'import', good, '--to', to, '--force']);
		expect(readFileSync(join(to, 'refund-approved.md'), 'utf8')).toContain('title: Changed');
	});

	it('reports a JSON file that is not an export, and entries that do not pass the checks', async () => {
		const path = join(tempDir(), 'bad.json');
		writeFileSync(path, JSON.stringify({version: 1, templates: [{id: 'ok', title: 'Ok', body: 'Hi'}, {id: 'bad id', title: 'Bad', body: 'x'}, {title: 'no id'}]}));
		const {code, stdout} = await runTemplates(['templates', 'import', path, '--json']);
		expect(code).toBe(1);
		const value = JSON.parse(stdout);
		expect(value.imported.map((item: {id: string}) => item.id)).toEqual(['ok']);
		expect(value.problems.map((problem: {path: string; reason: string}) => `${problem.path.slice(path.length)}: ${problem.reason.split(':')[0]}`)).toEqual([' (template 2): id', ' (template 3): id']);
		writeFileSync(path, '{"hello": true}');
		expect((await runTemplates(['templates', 'import', path])).stderr).toContain('not a deskterm templates export');
	});

	it('imports saved replies from a back end that has them, with readable ids', async () => {
		const replies: SavedReply[] = [
			{id: '901', title: 'Refund: approved!', body: 'Hi {{customer.first_name | there}}, done.', shortcut: '/refund', tags: ['billing']},
			{id: '902', title: 'Refund: approved!', body: 'Second with the same title', shortcut: 'has space', tags: []},
			{id: '903', title: '¿Dónde está?', body: 'Está en camino.', shortcut: null, tags: []},
		];
		const provider: HelpdeskProvider = {
			...createMemoryProvider([], {capabilities: {savedReplies: true}}),
			capabilities: {...createMemoryProvider([]).capabilities, savedReplies: true},
			listSavedReplies: async () => replies,
		};
		const {code, userDir, stdout} = await runTemplates(['templates', 'import', '--from-provider', '--json'], {provider});
		expect(code).toBe(0);
		expect(JSON.parse(stdout).imported.map((item: {id: string}) => item.id)).toEqual(['refund-approved', 'refund-approved-2', 'donde-esta']);
		const {templates} = await loadTemplates([userDir]);
		expect(templates.find(template => template.id === 'refund-approved')).toMatchObject({shortcut: 'refund', tags: ['billing'], title: 'Refund: approved!'});
		expect(templates.find(template => template.id === 'refund-approved-2')?.shortcut).toBeNull();
	});

	it('names the back end when it has no saved replies (exit 1)', async () => {
		const {code, stderr} = await runTemplates(['templates', 'import', '--from-provider']);
		expect(code).toBe(1);
		expect(stderr).toMatch(/the memory back end \(.*\) has no saved replies or macros to import/);
	});

	it('wants exactly one source (exit 2) and an existing path (exit 1)', async () => {
		expect((await runTemplates(['templates', 'import'])).code).toBe(2);
		expect((await runTemplates(['templates', 'import', mixed, '--from-provider'])).code).toBe(2);
		const missing = await runTemplates(['templates', 'import', '/nonexistent/x.md']);
		expect(missing.code).toBe(1);
		expect(existsSync(missing.userDir)).toBe(false);
	});
});
