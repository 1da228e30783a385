// The layer rule as ranks: a file imports only its own rank or lower, with a short list of named exceptions.
// Pure over an import graph, so the probes in test/architecture/ feed it in-memory graphs that break it.
import {posix} from 'node:path';
import type {ImportRef, SourceFile} from './import-graph.js';

export type Layer = {rank: number; name: string};

export type Violation = {file: string; import: string; line: number; rule: string};

const layers = {
	base: {rank: 0, name: 'domain'},
	pure: {rank: 1, name: 'pure'},
	port: {rank: 2, name: 'port'},
	adapters: {rank: 3, name: 'adapters'},
	operations: {rank: 4, name: 'operations'},
	surfaces: {rank: 5, name: 'surfaces'},
	root: {rank: 6, name: 'composition root'},
} satisfies Record<string, Layer>;

/** The composition root: the entry, the context, the two halves that build a context and hand it to a surface, the dashboard's worker thread and the sentence encoder's child process. */
const rootFiles = new Set(['source/cli.ts', 'source/context.ts', 'source/cli/run-cli.ts', 'source/ui/run-console.ts', 'source/dashboard-worker.ts', 'source/encoder-process.ts']);

/** The one place each rank-1 folder may touch the file system: loaders named here, everything else stays pure. */
export const loaderFiles = new Set([
	'source/ranking/history-file.ts',
	'source/ranking/history-store.ts',
	'source/ranking/piece-classifier-file.ts',
	'source/ranking/sentence-encoder-file.ts',
	'source/ranking/sentence-vectors-file.ts',
	'source/ranking/word-vectors-file.ts',
	'source/templates/load-templates.ts',
	'source/templates/template-dirs.ts',
]);

/** What ui/ and cli/ may see of providers/: the port and the registry, never a concrete adapter. */
const surfaceVisibleProviders = new Set(['source/providers/provider.ts', 'source/providers/provider-definition.ts', 'source/providers/registry.ts']);

export function layerOf(path: string): Layer | undefined {
	if (rootFiles.has(path)) return layers.root;
	if (/^source\/(domain|validation)\//.test(path) || path === 'source/paths.ts' || path === 'source/version.ts') return layers.base;
	if (/^source\/(triage|ranking|templates|presenters|text)\//.test(path)) return layers.pure;
	if (surfaceVisibleProviders.has(path) && path !== 'source/providers/registry.ts') return layers.port;
	if (/^source\/(providers|config)\//.test(path)) return layers.adapters;
	if (/^source\/operations\//.test(path)) return layers.operations;
	if (/^source\/(cli|ui)\//.test(path)) return layers.surfaces;
	return undefined;
}

/** Named exceptions to the rank rule, each with its reason. */
const exceptions: {allows: (file: string, target: string, ref: ImportRef) => boolean; reason: string}[] = [
	{
		allows: (file, target, ref) => target === 'source/context.ts' && ref.kind === 'type' && (layerOf(file)?.rank ?? 0) >= layers.operations.rank,
		reason: 'the Context type is the shape every operation and surface receives; a type-only import is erased at build, so no code runs upward',
	},
];

const fsModules = /^(node:)?fs(\/promises)?$/;
const frameworks = /^(ink|react|ink-text-input|ink-testing-library)(\/|$)/;

function resolve(file: string, specifier: string, known: Set<string>): string {
	const joined = posix.normalize(posix.join(posix.dirname(file), specifier));
	const bare = joined.replace(/\.js$/, '');
	return [`${bare}.ts`, `${bare}.tsx`, `${bare}/index.ts`].find(candidate => known.has(candidate)) ?? joined;
}

const area = (path: string) => /^source\/(cli|ui)\//.exec(path)?.[1];
const adapterOf = (path: string) => /^source\/providers\/([^/]+)\//.exec(path)?.[1];

export function checkLayers(files: SourceFile[]): Violation[] {
	const known = new Set(files.map(file => file.path));
	const violations: Violation[] = [];
	for (const file of files) {
		const own = layerOf(file.path);
		const report = (ref: ImportRef, rule: string) => violations.push({file: file.path, import: ref.specifier ?? '<computed>', line: ref.line, rule});
		if (!own) {
			violations.push({file: file.path, import: '', line: 0, rule: 'every source file belongs to a layer'});
			continue;
		}
		if (file.path.startsWith('source/ui/assist/') && !file.imports.some(ref => frameworks.test(ref.specifier ?? ''))) {
			violations.push({file: file.path, import: '', line: 0, rule: 'ui/assist/ holds hooks and views; framework-free logic lives in operations/ or a pure folder'});
		}
		for (const ref of file.imports) {
			if (ref.specifier === null) {
				report(ref, 'a dynamic import names its module as a string literal, so the rule can check it');
				continue;
			}
			if (!ref.specifier.startsWith('.')) {
				if (fsModules.test(ref.specifier) && own.rank <= layers.pure.rank && !loaderFiles.has(file.path)) {
					report(ref, 'domain and the pure folders touch no file system outside their named loader files');
				}
				if (/^got(\/|$)/.test(ref.specifier) && !file.path.startsWith('source/providers/http/')) report(ref, 'only providers/http/ uses got');
				if (frameworks.test(ref.specifier) && !file.path.startsWith('source/ui/')) {
					report(ref, 'only ui/ loads Ink and React');
				}
				if (/^(conf|chalk)(\/|$)/.test(ref.specifier) && own.rank <= layers.port.rank) report(ref, 'the pure core and the port use no config or terminal packages');
				continue;
			}
			const target = resolve(file.path, ref.specifier, known);
			const theirs = layerOf(target);
			if (!theirs) {
				report(ref, 'imports stay inside source/');
				continue;
			}
			if (theirs.rank > own.rank && !exceptions.some(exception => exception.allows(file.path, target, ref))) {
				report(ref, `${own.name} (rank ${own.rank}) imports only its rank or lower, not ${theirs.name} (rank ${theirs.rank})`);
			}
			const from = area(file.path);
			const to = area(target);
			if (from && to && from !== to && !rootFiles.has(file.path)) report(ref, 'cli/ and ui/ never import each other');
			if (from && !rootFiles.has(file.path) && target.startsWith('source/providers/') && !surfaceVisibleProviders.has(target)) {
				report(ref, 'ui/ and cli/ see only the provider port and the registry, never an adapter or providers/http/');
			}
			if (from && !rootFiles.has(file.path) && target.startsWith('source/ranking/')) report(ref, 'ui/ and cli/ reach ranking through operations/');
			const mine = adapterOf(file.path);
			const other = adapterOf(target);
			if (mine && other && mine !== other && !['http', 'shared'].includes(other)) report(ref, 'an adapter never imports another adapter');
		}
	}
	return violations;
}
