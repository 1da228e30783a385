// Template code validates through validation/zod (zod/mini): one classic `zod` import would put zod's
// core and 60+ locales back into the chunk every validating command loads (docs/validation.md).
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const source = fileURLToPath(new URL('../../source', import.meta.url));

function templateFiles(): string[] {
	const templates = readdirSync(join(source, 'templates'), {recursive: true, encoding: 'utf8'})
		.filter(name => /\.tsx?$/.test(name))
		.map(name => join('templates', name));
	const commands = readdirSync(join(source, 'cli', 'commands'))
		.filter(name => name.startsWith('templates-'))
		.map(name => join('cli', 'commands', name));
	return [...templates, ...commands];
}

describe('template code and classic zod', () => {
	it('finds the files it checks', () => {
		expect(templateFiles()).toEqual(expect.arrayContaining(['templates/template-schema.ts', 'templates/parse-template.ts', 'cli/commands/templates-lint.ts']));
	});

	it('never imports classic zod', () => {
		const offenders = templateFiles().filter(path => /from\s+'zod(?:\/v4)?(?:\/classic)?'/.test(readFileSync(join(source, path), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
