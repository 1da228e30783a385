import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseTemplate} from '../../source/templates/parse-template.js';
import {runTemplates} from './run-templates.js';
import {templateFile, tempDir, writeTemplates} from './temp-templates.js';

/** An "editor" that appends a line, so a test can see it ran on the right file. */
function fakeEditor(line: string): string {
	const path = join(tempDir(), 'editor.sh');
	writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' '${line}' >> "$1"\n`);
	chmodSync(path, 0o755);
	return path;
}

describe('templates new', () => {
	it('writes a skeleton into the user folder and prints its path when there is no terminal', async () => {
		const {code, stdout, userDir} = await runTemplates(['templates', 'new', 'vat-question', '--title', 'VAT on invoices']);
		expect(code).toBe(0);
		const path = join(userDir, 'vat-question.md');
		expect(stdout).toBe(`${path}\n`);
		const {template, problems} = parseTemplate(readFileSync(path, 'utf8'), path);
		expect(problems).toEqual([]);
		expect(template).toMatchObject({id: 'vat-question', title: 'VAT on invoices', language: 'en'});
		expect(template?.body).toContain('{{reply}}');
	});

	it('writes a language variant as <id>.<lang>.md and never overwrites', async () => {
		const first = await runTemplates(['templates', 'new', 'vat-question', '--language', 'de']);
		expect(first.stdout).toBe(`${join(first.userDir, 'vat-question.de.md')}\n`);
		const again = await runTemplates(['templates', 'new', 'vat-question', '--language', 'de'], {configDir: first.configDir});
		expect(again.code).toBe(1);
		expect(again.stderr).toMatch(/already exists; change it with deskterm templates edit vat-question/);
	});

	it('refuses an id another file in the user folder already defines', async () => {
		const first = await runTemplates(['templates', 'list']);
		writeTemplates({'billing/other-name.md': templateFile({id: 'vat-question', title: 'VAT'})}, first.userDir);
		const result = await runTemplates(['templates', 'new', 'vat-question'], {configDir: first.configDir});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('other-name.md');
	});

	it('starts from the shipped template of the same id, which the new file then overrides', async () => {
		const {stdout} = await runTemplates(['templates', 'new', 'welcome-onboarding']);
		const path = stdout.trim();
		expect(parseTemplate(readFileSync(path, 'utf8'), path).template?.body).toMatch(/^Hi \{\{customer\.first_name \| there\}\},\n\nWelcome aboard/);
	});

	it('rejects an id with spaces (exit 2)', async () => {
		expect((await runTemplates(['templates', 'new', 'has space'])).code).toBe(2);
	});

	it('opens the editor on a terminal and checks the file afterwards', async () => {
		const editor = fakeEditor('Edited by hand.');
		const {code, stdout, userDir} = await runTemplates(['templates', 'new', 'from-editor'], {tty: true, env: {EDITOR: editor}});
		expect(code).toBe(0);
		const path = join(userDir, 'from-editor.md');
		expect(stdout).toBe(`${path}\n`);
		expect(readFileSync(path, 'utf8').endsWith('Edited by hand.\n')).toBe(true);
	});
});

describe('templates edit', () => {
	it('needs a terminal (exit 2)', async () => {
		const {code, stderr} = await runTemplates(['templates', 'edit', 'welcome-onboarding'], {env: {EDITOR: 'true'}});
		expect(code).toBe(2);
		expect(stderr).toMatch(/an editor needs a terminal; edit .*welcome-onboarding\.md directly/);
	});

	it('needs $EDITOR or $VISUAL (exit 2), and copies nothing then', async () => {
		const {code, stderr, userDir} = await runTemplates(['templates', 'edit', 'welcome-onboarding'], {tty: true});
		expect(code).toBe(2);
		expect(stderr).toMatch(/no editor: set \$EDITOR \(or \$VISUAL\)/);
		expect(existsSync(join(userDir, 'welcome-onboarding.md'))).toBe(false);
	});

	it('opens the user file in $VISUAL before $EDITOR', async () => {
		const first = await runTemplates(['templates', 'new', 'mine']);
		const path = join(first.userDir, 'mine.md');
		const result = await runTemplates(['templates', 'edit', 'mine'], {tty: true, configDir: first.configDir, env: {VISUAL: fakeEditor('visual'), EDITOR: fakeEditor('editor')}});
		expect(result.code).toBe(0);
		expect(readFileSync(path, 'utf8').endsWith('visual\n')).toBe(true);
	});

	it('copies a shipped template into the user folder before editing it', async () => {
		const {code, stderr, userDir} = await runTemplates(['templates', 'edit', 'welcome-onboarding'], {tty: true, env: {EDITOR: fakeEditor('Our tweak.')}});
		expect(code).toBe(0);
		expect(stderr).toContain('copied the shipped template');
		expect(readFileSync(join(userDir, 'welcome-onboarding.md'), 'utf8')).toMatch(/Welcome aboard[\s\S]*Our tweak\.\n$/);
	});

	it('exits 1 when the saved file no longer loads', async () => {
		const first = await runTemplates(['templates', 'new', 'mine']);
		const path = join(first.userDir, 'mine.md');
		const breaker = join(tempDir(), 'breaker.sh');
		writeFileSync(breaker, '#!/bin/sh\nprintf "no front matter\\n" > "$1"\n');
		chmodSync(breaker, 0o755);
		const result = await runTemplates(['templates', 'edit', 'mine'], {tty: true, configDir: first.configDir, env: {EDITOR: breaker}});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`${path}:1: no front matter`);
	});
});
