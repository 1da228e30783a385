import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {shippedTemplatesDir, templateSources} from '../../source/templates/template-dirs.js';
import {tempDir} from './temp-templates.js';

const repoTemplates = fileURLToPath(new URL('../../templates', import.meta.url));

describe('shippedTemplatesDir', () => {
	it('finds the repo templates/ from the source tree', () => {
		expect(shippedTemplatesDir()).toBe(repoTemplates);
	});

	it('finds templates/ next to package.json from the bundle and from its chunks', () => {
		const root = tempDir();
		writeFileSync(join(root, 'package.json'), '{}');
		mkdirSync(join(root, 'templates'));
		mkdirSync(join(root, 'dist', 'chunks'), {recursive: true});
		expect(shippedTemplatesDir(join(root, 'dist', 'cli.js'))).toBe(join(root, 'templates'));
		expect(shippedTemplatesDir(join(root, 'dist', 'chunks', 'x.js'))).toBe(join(root, 'templates'));
	});

	it('gives null when there is no library to find', () => {
		expect(shippedTemplatesDir(join(tempDir(), 'a', 'b.js'))).toBeNull();
	});
});

describe('templateSources', () => {
	it('loads the shipped library, then the user folder when it exists', () => {
		const user = tempDir();
		expect(templateSources({templatesDir: user})).toEqual([repoTemplates, user]);
		expect(templateSources({templatesDir: join(user, 'missing')})).toEqual([repoTemplates]);
	});

	it('reads only the --templates folders when some are given', () => {
		expect(templateSources({templatesDir: tempDir()}, ['/a', '/b'])).toEqual(['/a', '/b']);
	});
});
