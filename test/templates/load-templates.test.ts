import {existsSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {loadTemplates} from '../../source/templates/load-templates.js';
import {formatProblem} from '../../source/templates/template-problem.js';
import {templateFile, writeTemplates} from './temp-templates.js';

const fixtures = fileURLToPath(new URL('../fixtures/templates/', import.meta.url));
const banking77 = fileURLToPath(new URL('../../../shared/data/banking77/templates/', import.meta.url));

describe('loadTemplates', () => {
	it('loads the good files of a folder and its subfolders; each bad file is a problem, never a stop', async () => {
		const mixed = join(fixtures, 'mixed');
		const {templates, problems} = await loadTemplates([mixed]);
		expect(templates.map(template => template.id)).toEqual(['invoice-copy', 'refund-approved']);
		expect(problems.map(formatProblem)).toEqual([
			`${join(mixed, 'bad-visibility.md')}:5: visibility: must be one of personal, team (got "everyone")`,
			`${join(mixed, 'billing/broken-yaml.md')}:4: invalid YAML: ${problems[1]?.reason.slice('invalid YAML: '.length)}`,
			`${join(mixed, 'no-front-matter.md')}:1: no front matter: the file must start with a line "---", then YAML (id, title, tags), then "---"`,
		]);
		expect(problems.every(problem => problem.severity === 'error')).toBe(true);
	});

	it('lets later folders override earlier ones by id and language, keeping other variants', async () => {
		const shipped = writeTemplates({
			'refund.md': templateFile({id: 'refund', title: 'Shipped refund'}),
			'refund.de.md': templateFile({id: 'refund', title: 'Rückerstattung', language: 'de'}),
			'welcome.md': templateFile({id: 'welcome', title: 'Welcome'}),
		});
		const user = writeTemplates({'team/refund.md': templateFile({id: 'refund', title: 'Our refund'})});
		const {templates, problems} = await loadTemplates([shipped, user]);
		expect(problems).toEqual([]);
		expect(templates.map(template => [template.id, template.language, template.title])).toEqual([
			['refund', 'de', 'Rückerstattung'],
			['refund', 'en', 'Our refund'],
			['welcome', 'en', 'Welcome'],
		]);
		expect(templates[1]?.source?.path).toBe(join(user, 'team/refund.md'));
	});

	it('keeps the first of two files with the same id and language in one folder and reports the second', async () => {
		const directory = writeTemplates({
			'a/first.md': templateFile({id: 'same', title: 'First'}),
			'b/second.md': templateFile({id: 'same', title: 'Second'}),
		});
		const {templates, problems} = await loadTemplates([directory]);
		expect(templates.map(template => template.title)).toEqual(['First']);
		expect(problems).toEqual([
			{
				path: join(directory, 'b/second.md'),
				line: 1,
				reason: `duplicate: id "same" (language en) is already defined in ${join(directory, 'a/first.md')}; this file is ignored`,
				severity: 'error',
			},
		]);
	});

	it('skips hidden folders, files starting with "_", READMEs and non-Markdown files', async () => {
		const directory = writeTemplates({
			'.git/HEAD.md': 'not a template',
			'_drafts/x.md': 'not a template',
			'README.md': '# About',
			'notes.txt': 'text',
			'ok.md': templateFile({title: 'Ok'}),
		});
		const {templates, problems} = await loadTemplates([directory]);
		expect(templates.map(template => template.id)).toEqual(['ok']);
		expect(problems).toEqual([]);
	});

	it('follows symbolic links to folders and accepts single files as sources', async () => {
		const target = writeTemplates({'linked.md': templateFile({title: 'Linked'})});
		const directory = writeTemplates({'own.md': templateFile({title: 'Own'})});
		symlinkSync(target, join(directory, 'shared'));
		const single = writeTemplates({'single.md': templateFile({title: 'Single'})});
		const {templates} = await loadTemplates([directory, join(single, 'single.md')]);
		expect(templates.map(template => template.id)).toEqual(['linked', 'own', 'single']);
	});

	it('reports a missing folder as a problem and still loads the rest', async () => {
		const directory = writeTemplates({'ok.md': templateFile({title: 'Ok'})});
		const {templates, problems} = await loadTemplates(['/nonexistent/deskterm-templates', directory]);
		expect(templates).toHaveLength(1);
		expect(problems).toEqual([{path: '/nonexistent/deskterm-templates', line: 0, reason: 'cannot read templates: no such file or folder', severity: 'error'}]);
	});

	it('refuses a file too big to be a reply', async () => {
		const directory = writeTemplates({'huge.md': templateFile({title: 'Huge'}, 'x'.repeat(1024 * 1024 + 10))});
		const {templates, problems} = await loadTemplates([directory]);
		expect(templates).toEqual([]);
		expect(problems[0]?.reason).toMatch(/^too big for a template/);
	});
});

describe.runIf(existsSync(banking77))('loadTemplates on ../shared/data/banking77/templates', () => {
	it('reads all 77 files exactly as they are', async () => {
		const {templates, problems} = await loadTemplates([banking77]);
		expect(problems).toEqual([]);
		expect(templates).toHaveLength(77);
		for (const template of templates) {
			expect(template.tags.length).toBeGreaterThan(0);
			expect(template.body).toContain('{{customer.first_name}}');
		}
	});
});

if (!existsSync(banking77)) console.log('not run: the banking77 templates test needs ../shared, which is absent');
