import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {templateFile, writeTemplates} from './temp-templates.js';
import {runTemplates} from './run-templates.js';

const mixed = fileURLToPath(new URL('../fixtures/templates/mixed', import.meta.url));
const listFields = ['id', 'title', 'language', 'tags', 'shortcut', 'channels', 'visibility', 'humanOnly', 'actions', 'path'];
const actionFields = ['status', 'snoozeFor', 'addTags', 'removeTags', 'assign', 'priority'];

function variants() {
	return writeTemplates({
		'refund.md': templateFile({id: 'refund', title: 'Refund sent', tags: '[billing, refund]', shortcut: 'refund'}),
		'refund.de.md': templateFile({id: 'refund', title: 'Rückerstattung veranlasst', language: 'de'}),
		'closing.md': templateFile({id: 'closing', title: 'Closing check-in', human_only: 'true'}),
	});
}

describe('templates list', () => {
	it('prints tab-separated rows in a pipe, one per variant, and counts files that do not load', async () => {
		const {code, stdout, stderr} = await runTemplates(['templates', 'list', '--templates', mixed]);
		expect(code).toBe(0);
		expect(stdout).toBe('invoice-copy\ten\tinvoice\tCopy of an invoice\tbilling,invoice\nrefund-approved\ten\trefund\tRefund approved\tbilling,refund\n');
		expect(stderr).toBe('deskterm: warning: 3 template files could not be loaded (run deskterm templates lint)\n');
	});

	it('shows a table with a header on a terminal', async () => {
		const {stdout} = await runTemplates(['templates', 'list', '--templates', variants()], {tty: true});
		const lines = stdout.split('\n');
		expect(lines[0]).toMatch(/^ID\s+LANG\s+SHORTCUT\s+TITLE\s+TAGS$/);
		expect(stdout).toContain('Closing check-in (human only)');
		expect(stdout).toMatch(/refund\s+de\s+Rückerstattung veranlasst/);
	});

	it('keeps one variant per id with --language', async () => {
		const {stdout} = await runTemplates(['templates', 'list', '--templates', variants(), '--language', 'de-AT']);
		expect(stdout.split('\n').filter(Boolean).map(line => line.split('\t').slice(0, 2).join(' '))).toEqual(['closing en', 'refund de']);
	});

	it('prints the documented JSON fields, and --fields picks some', async () => {
		const dir = variants();
		const rows = JSON.parse((await runTemplates(['templates', 'list', '--templates', dir, '--json'])).stdout) as Array<Record<string, unknown>>;
		expect(rows).toHaveLength(3);
		for (const row of rows) {
			expect(Object.keys(row)).toEqual(listFields);
			expect(Object.keys(row['actions'] as object)).toEqual(actionFields);
		}
		expect(rows[1]).toMatchObject({id: 'refund', language: 'de', path: join(dir, 'refund.de.md'), humanOnly: false});
		const picked = JSON.parse((await runTemplates(['templates', 'list', '--templates', dir, '--fields', 'id,language'])).stdout);
		expect(picked[0]).toEqual({id: 'closing', language: 'en'});
	});

	it('rejects an unknown JSON field and a bad language with exit 2', async () => {
		const field = await runTemplates(['templates', 'list', '--fields', 'nope']);
		expect(field.code).toBe(2);
		expect(field.stderr).toMatch(/unknown field "nope"/);
		const language = await runTemplates(['templates', 'list', '--language', 'not a language']);
		expect(language.code).toBe(2);
	});

	it('reads the shipped library, then the user folder, which overrides it by id', async () => {
		const first = await runTemplates(['templates', 'list', '--json']);
		const shipped = JSON.parse(first.stdout) as Array<{id: string; path: string; language: string}>;
		const welcome = shipped.find(row => row.id === 'welcome-onboarding' && row.language === 'en');
		expect(welcome?.path).toMatch(/templates[/\\]general[/\\]welcome-onboarding\.md$/);
		writeTemplates({'welcome.md': templateFile({id: 'welcome-onboarding', title: 'Our own welcome'})}, join(first.configDir, 'templates'));
		const rows = JSON.parse((await runTemplates(['templates', 'list', '--json'], {configDir: first.configDir})).stdout) as Array<{id: string; title: string; language: string}>;
		expect(rows.filter(row => row.id === 'welcome-onboarding').map(row => `${row.language} ${row.title}`)).toEqual(['de Willkommen und erste Schritte', 'en Our own welcome']);
		expect(rows).toHaveLength(shipped.length);
	});

	it('reads DESKTERM_TEMPLATES_DIR as the user folder', async () => {
		const own = writeTemplates({'x.md': templateFile({id: 'team-only', title: 'Team only'})});
		const rows = JSON.parse((await runTemplates(['templates', 'list', '--json'], {env: {DESKTERM_TEMPLATES_DIR: own}})).stdout) as Array<{id: string}>;
		expect(rows.map(row => row.id)).toContain('team-only');
	});
});

describe('templates show', () => {
	it('prints key/value lines and the body in a pipe', async () => {
		const {code, stdout} = await runTemplates(['templates', 'show', 'refund-approved', '--templates', mixed]);
		expect(code).toBe(0);
		expect(stdout).toContain('id:\trefund-approved\n');
		expect(stdout).toContain('shortcut:\t/refund\n');
		expect(stdout).toContain('channels:\temail, chat\n');
		expect(stdout).toContain('actions:\tstatus closed; add tags refund-issued\n');
		expect(stdout).toContain('--\nHi {{customer.first_name | there}},\n\nYour refund is on its way.\n');
	});

	it('shows the variant for --language and lists the others', async () => {
		const {stdout} = await runTemplates(['templates', 'show', 'refund', '--templates', variants(), '--language', 'de', '--json']);
		const value = JSON.parse(stdout);
		expect(Object.keys(value)).toEqual([...listFields, 'body', 'variants']);
		expect(value).toMatchObject({title: 'Rückerstattung veranlasst', language: 'de', variants: ['de', 'en']});
	});

	it('says so when there is no such template (exit 1)', async () => {
		const {code, stderr} = await runTemplates(['templates', 'show', 'nope', '--templates', mixed]);
		expect(code).toBe(1);
		expect(stderr).toContain('no template "nope"');
	});
});
