// The layering of STYLE.md, enforced: a pure core, one got user, CLI and console apart.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(directory: string): string[] {
	return readdirSync(directory).flatMap(name => {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) ? [path] : [];
	});
}

const files = sourceFiles(join(root, 'source')).map(path => ({
	path: relative(root, path),
	imports: [...readFileSync(path, 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)].map(match => match[1]!),
}));

function offenders(scope: RegExp, forbidden: RegExp): string[] {
	return files
		.filter(file => scope.test(file.path))
		.flatMap(file => file.imports.filter(name => forbidden.test(name)).map(name => `${file.path} imports ${name}`));
}

describe('architecture', () => {
	it('finds the source files it checks', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it('keeps the pure core free of UI and I/O packages', () => {
		expect(offenders(/^source\/(domain|triage|ranking|presenters)\//, /^(ink|react|ink-text-input|got|conf|chalk)(\/|$)/)).toEqual([]);
	});

	it('lets only the HTTP layer use got', () => {
		expect(offenders(/^source\/(?!providers\/http\/)/, /^got(\/|$)/)).toEqual([]);
	});

	it('keeps the CLI and the console apart', () => {
		expect(offenders(/^source\/cli\//, /\/ui\//)).toEqual([]);
		expect(offenders(/^source\/ui\//, /\/cli\/commands\//)).toEqual([]);
	});

	it('never loads Ink for a command: only the entry imports the console, lazily', () => {
		expect(offenders(/^source\/(?!ui\/)/, /^(ink|react|ink-text-input|ink-testing-library)(\/|$)/)).toEqual([]);
		const entry = readFileSync(join(root, 'source/cli.ts'), 'utf8');
		expect(entry).toMatch(/await import\(['"]\.\/ui\/run-console\.js['"]\)/);
		expect(entry).not.toMatch(/^import .*\.\/ui\//m);
	});

	it('keeps adapters from importing each other or the surfaces', () => {
		const adapters = /^source\/providers\/(?!http\/|provider\.ts|registry\.ts)([^/]+)\//;
		const crossing = files
			.filter(file => adapters.test(file.path))
			.flatMap(file => {
				const own = adapters.exec(file.path)![1];
				return file.imports
					.filter(name => /\/(cli|ui|operations)\//.test(name) || new RegExp(`^\\.\\./(?!${own}\\/)(zendesk|intercom|chatwoot|rt|local|front)/`).test(name))
					.map(name => `${file.path} imports ${name}`);
			});
		expect(crossing).toEqual([]);
	});
});
