// The layer rule of ARCHITECTURE.md, enforced over every import (static, type-only, re-export, dynamic) of every source file.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseImports, readSourceGraph, type SourceFile} from './architecture/import-graph.js';
import {checkLayers, layerOf} from './architecture/layer-rule.js';

const root = join(import.meta.dirname, '..');
const files = readSourceGraph(root);

const graph = (sources: Record<string, string>): SourceFile[] =>
	Object.entries(sources).map(([path, text]) => ({path, imports: parseImports(text)}));

/** The real tree plus one probe file: the checker must name the probe, its import and the rule it breaks. */
function probe(path: string, text: string) {
	return checkLayers([...files.filter(file => file.path !== path), ...graph({[path]: text})]).filter(violation => violation.file === path);
}

describe('layer rule over the source tree', () => {
	it('reads every source file and places each in a layer', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(files.filter(file => !layerOf(file.path)).map(file => file.path)).toEqual([]);
		expect(files.flatMap(file => file.imports).length).toBeGreaterThan(1000);
	});

	it('holds: every import goes to its own rank or lower, surfaces apart, adapters alone', () => {
		const found = checkLayers(files).map(violation => `${violation.file} ${violation.import}`);
		expect(found).toEqual([]);
	});

	it('never loads Ink for a command: the entry imports the console, the dashboard and its SSH server lazily', () => {
		const entry = files.find(file => file.path === 'source/cli.ts')!;
		expect(entry.imports.filter(ref => ref.specifier?.includes('/ui/'))).toEqual([
			expect.objectContaining({specifier: './ui/run-console.js', kind: 'dynamic'}),
			expect.objectContaining({specifier: './ui/top/start-top.js', kind: 'dynamic'}),
			expect.objectContaining({specifier: './ui/serve/serve-ssh.js', kind: 'dynamic'}),
		]);
	});
});

describe('layer rule probes: each broken rule is reported with file, import and rule', () => {
	it('a UI file importing a concrete adapter', () => {
		expect(probe('source/ui/screens/queue/probe.tsx', "import {openZendesk} from '../../../providers/zendesk/open-zendesk.js';\n")).toEqual([
			{file: 'source/ui/screens/queue/probe.tsx', import: '../../../providers/zendesk/open-zendesk.js', line: 1, rule: expect.stringContaining('never an adapter')},
		]);
	});

	it('domain/ importing cli/', () => {
		const found = probe('source/domain/probe.ts', "// a comment first\nimport type {Io} from '../cli/io.js';\n");
		expect(found).toEqual([{file: 'source/domain/probe.ts', import: '../cli/io.js', line: 2, rule: 'domain (rank 0) imports only its rank or lower, not surfaces (rank 5)'}]);
	});

	it('operations/ importing ui/, through a dynamic import()', () => {
		const found = probe('source/operations/probe.ts', "export async function load() {\n\treturn import('../ui/app.js');\n}\n");
		expect(found).toEqual([{file: 'source/operations/probe.ts', import: '../ui/app.js', line: 2, rule: 'operations (rank 4) imports only its rank or lower, not surfaces (rank 5)'}]);
	});

	it('triage/ importing node:fs, in every spelling', () => {
		for (const text of ["import {readFileSync} from 'node:fs';", "import * as fs from 'fs/promises';", "const fs = process.getBuiltinModule('node:fs');"]) {
			expect(probe('source/triage/probe.ts', text)).toEqual([
				{file: 'source/triage/probe.ts', import: expect.stringMatching(/fs/), line: 1, rule: expect.stringContaining('touch no file system')},
			]);
		}
	});

	it('cli/ and ui/ importing each other, and an adapter importing another', () => {
		expect(probe('source/cli/commands/probe.ts', "export {App} from '../../ui/app.js';").map(violation => violation.rule)).toContain('cli/ and ui/ never import each other');
		expect(probe('source/providers/rt/probe.ts', "import {x} from '../zendesk/zendesk-map.js';").map(violation => violation.rule)).toEqual(['an adapter never imports another adapter']);
	});

	it('a surface reaching ranking/ directly, even for a type, now that every bypass is gone', () => {
		expect(probe('source/cli/commands/probe.ts', "import {setUpRanker} from '../../ranking/ranker.js';").map(violation => violation.rule)).toEqual(['ui/ and cli/ reach ranking through operations/']);
		expect(probe('source/ui/screens/queue/probe.ts', "import type {Suggestion} from '../../../ranking/ranker.js';").map(violation => violation.rule)).toEqual(['ui/ and cli/ reach ranking through operations/']);
		expect(probe('source/ui/screens/queue/probe.ts', "import type {Suggestion} from '../../../operations/suggestions.js';")).toEqual([]);
	});

	it('a framework-free file placed back in ui/assist/, and a hook there that is fine', () => {
		expect(probe('source/ui/assist/probe.ts', "import type {Triage} from '../../triage/types.js';\nexport const score = (triage: Triage) => triage.priority.score;\n")).toEqual([
			{file: 'source/ui/assist/probe.ts', import: '', line: 0, rule: 'ui/assist/ holds hooks and views; framework-free logic lives in operations/ or a pure folder'},
		]);
		expect(probe('source/ui/assist/probe.ts', "import {useMemo} from 'react';\nimport type {Triage} from '../../triage/types.js';\n")).toEqual([]);
	});

	it('the pure core using a terminal package', () => {
		expect(probe('source/presenters/probe.ts', "import chalk from 'chalk';").map(violation => violation.rule)).toEqual([expect.stringContaining('no config or terminal packages')]);
	});

	it('a dynamic import the rule cannot read is itself reported', () => {
		expect(probe('source/ui/probe.ts', 'const name = "x";\nawait import(name);').map(violation => violation.rule)).toEqual([expect.stringContaining('string literal')]);
	});

	it('the type-only Context exception covers types only', () => {
		expect(probe('source/operations/probe.ts', "import type {Context} from '../context.js';")).toEqual([]);
		expect(probe('source/operations/probe.ts', "import {createContext} from '../context.js';").map(violation => violation.rule)).toEqual([expect.stringContaining('composition root (rank 6)')]);
	});
});

describe('import parser', () => {
	it('ignores imports that only appear in comments, strings, templates and regular expressions', () => {
		const text = [
			"// import x from '../ui/a.js'",
			"const help = \"import y from '../ui/b.js'\";",
			"const t = `from '../ui/c.js' ${'import(\"../ui/d.js\")'}`;",
			"const re = /import\\('..\\/ui\\/e.js'\\)/;",
			"export {z} from './z.js';",
			"export type {W} from './w.js';",
			"import './side-effect.js';",
		].join('\n');
		expect(parseImports(text)).toEqual([
			{specifier: './z.js', kind: 'static', line: 5},
			{specifier: './w.js', kind: 'type', line: 6},
			{specifier: './side-effect.js', kind: 'static', line: 7},
		]);
	});

	it('reads a multi-line import with its line', () => {
		expect(parseImports("const a = 1;\nimport {\n\tb,\n\ttype C,\n} from '../b.js';\nconst m = import.meta.url;")).toEqual([{specifier: '../b.js', kind: 'static', line: 5}]);
	});

	it('keeps the source-reading test honest: the entry file really is parsed', () => {
		expect(parseImports(readFileSync(join(root, 'source/cli.ts'), 'utf8')).map(ref => ref.specifier)).toContain('./cli/run-cli.js');
	});
});
