import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {lintTemplates} from '../../source/templates/lint-templates.js';
import {loadTemplates} from '../../source/templates/load-templates.js';
import {runTemplates} from './run-templates.js';
import {templateFile, writeTemplates} from './temp-templates.js';

const mixed = fileURLToPath(new URL('../fixtures/templates/mixed', import.meta.url));

describe('lintTemplates', () => {
	it('flags unknown placeholders and stray braces on their lines, and shortcut clashes', async () => {
		const directory = writeTemplates({
			'a.md': templateFile({id: 'a', title: 'A', shortcut: 'ship'}, 'Hi {{customer.frist_name}},\n\nYour {{ order number }} and {{order_number}}.'),
			'b.md': templateFile({id: 'b', title: 'B', shortcut: 'Ship'}, 'Fine {{customer.attributes.plan_name | your plan}}.'),
		});
		const {templates} = await loadTemplates([directory]);
		const problems = lintTemplates(templates);
		expect(problems.map(problem => [problem.path, problem.line])).toEqual([
			[join(directory, 'a.md'), 6],
			[join(directory, 'a.md'), 8],
			[join(directory, 'b.md'), 1],
		]);
		expect(problems[0]?.reason).toMatch(/^unknown placeholder \{\{customer\.frist_name\}\} \(known: customer\.first_name, /);
		expect(problems[1]?.reason).toBe('"{{ order number }} and {{order" is not a placeholder: write {{customer.first_name}} or {{field | fallback}}, closed with }}');
		expect(problems[2]?.reason).toBe(`shortcut "/Ship" is also used by "a" (${join(directory, 'a.md')}); / would offer both`);
		expect(problems.every(problem => problem.severity === 'warning')).toBe(true);
	});
});

describe('templates lint', () => {
	it('prints every problem as file:line: reason and exits 1', async () => {
		const {code, stdout} = await runTemplates(['templates', 'lint', mixed]);
		expect(code).toBe(1);
		expect(stdout.split('\n').filter(Boolean)).toEqual([
			`${join(mixed, 'bad-visibility.md')}:5: visibility: must be one of personal, team (got "everyone")`,
			`${join(mixed, 'billing/broken-yaml.md')}:4: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
			`${join(mixed, 'no-front-matter.md')}:1: no front matter: the file must start with a line "---", then YAML (id, title, tags), then "---"`,
		]);
	});

	it('exits 0 on clean folders, with a summary on a terminal only', async () => {
		const directory = writeTemplates({'ok.md': templateFile({title: 'Ok'})});
		const pipe = await runTemplates(['templates', 'lint', directory]);
		expect(pipe).toMatchObject({code: 0, stdout: ''});
		const tty = await runTemplates(['templates', 'lint', directory], {tty: true});
		expect(tty.stdout).toBe(`1 templates loaded from ${directory}: no problems\n`);
	});

	it('marks warnings, which count as problems too', async () => {
		const directory = writeTemplates({'w.md': templateFile({title: 'W', author: 'sam'})});
		const {code, stdout} = await runTemplates(['templates', 'lint', directory]);
		expect(code).toBe(1);
		expect(stdout).toMatch(/w\.md:3: warning: unknown field "author" is ignored/);
	});

	it('checks the shipped library and the user folder by default: the shipped library is clean', async () => {
		const {code, stdout} = await runTemplates(['templates', 'lint']);
		expect(stdout).toBe('');
		expect(code).toBe(0);
	});

	it('gives JSON with --json', async () => {
		const {code, stdout} = await runTemplates(['templates', 'lint', mixed, '--json']);
		expect(code).toBe(1);
		const value = JSON.parse(stdout);
		expect(value.checked).toBe(2);
		expect(value.problems[0]).toEqual({path: join(mixed, 'bad-visibility.md'), line: 5, reason: 'visibility: must be one of personal, team (got "everyone")', severity: 'error'});
	});
});
