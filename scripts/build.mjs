#!/usr/bin/env node
// Bundles source/cli.tsx into dist/: one entry for commands, a lazily loaded chunk for the Ink UI,
// so non-interactive commands never parse Ink or React (see docs/performance.md and docs/startup.md).
import {spawnSync} from 'node:child_process';
import {build} from 'esbuild';
import {chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {inkFramePlugin} from './ink-frame-plugin.mjs';
import {withLauncher} from './launcher.mjs';
import {wordVectorsCache} from './word-vectors.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist');
const entry = join(out, 'cli.js');

function newestSource(directory) {
	let newest = 0;
	for (const name of readdirSync(directory)) {
		const path = join(directory, name);
		const stats = statSync(path);
		newest = Math.max(newest, stats.isDirectory() ? newestSource(path) : stats.mtimeMs);
	}
	return newest;
}

if (process.argv.includes('--if-stale') && existsSync(entry) && existsSync(join(out, 'word-vectors.bin'))) {
	const built = statSync(entry).mtimeMs;
	const sources = Math.max(newestSource(join(root, 'source')), ...['package.json', 'scripts/launcher.mjs'].map(file => statSync(join(root, file)).mtimeMs));
	if (built >= sources) process.exit(0);
}

// `import process from 'node:process'` (chalk, Ink, conf ...) makes Node build an ESM facade that reads every property
// of process, lazy getters such as process.report included (about 9 ms a start); the global is the same object.
// A named import not listed here fails the build: add it to the list.
const processGlobal = {
	name: 'process-global',
	setup(build) {
		build.onResolve({filter: /^(node:)?process$/}, args => (args.kind === 'import-statement' ? {path: 'process', namespace: 'process-global'} : undefined));
		build.onLoad({filter: /^process$/, namespace: 'process-global'}, () => ({contents: 'export default process;\nexport const {cwd, env} = process;\n', loader: 'js'}));
	},
};

// esbuild gives each module to the chunk of the set of entry points (the entry and every import() target) that reach
// it, which split queue --json into ~30 files, and Node takes ~0.4 ms to resolve and load each. So every import() of
// a file in source/ also imports the modules below: they then share one set of entry points, hence one chunk.
const startupModules = ['cli/run-cli.ts', 'config/active-profile.ts', 'providers/local/local-provider.ts', 'cli/commands/queue.ts', 'cli/commands/show.ts'];
const sourceDir = join(root, 'source');
const startupChunk = {
	name: 'startup-chunk',
	setup(build) {
		build.onResolve({filter: /^deskterm-startup-modules$/}, () => ({path: 'startup', namespace: 'deskterm-startup'}));
		build.onLoad({filter: /^startup$/, namespace: 'deskterm-startup'}, () => ({
			contents: startupModules.map(path => `import ${JSON.stringify(`./${path}`)};`).join('\n'),
			loader: 'js',
			resolveDir: sourceDir,
		}));
		build.onResolve({filter: /.*/}, async args => {
			if (args.kind !== 'dynamic-import' || args.pluginData?.plain || !args.importer.startsWith(sourceDir)) return undefined;
			const target = await build.resolve(args.path, {kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: {plain: true}});
			if (target.errors.length > 0 || !target.path.startsWith(sourceDir)) return undefined;
			return {path: target.path, namespace: 'deskterm-import-target'};
		});
		// The import() target itself, behind a module that first imports the start-up modules.
		build.onLoad({filter: /.*/, namespace: 'deskterm-import-target'}, args => {
			const target = JSON.stringify(args.path);
			const hasDefault = /^export default\b|\bas default\b/m.test(readFileSync(args.path, 'utf8'));
			return {
				contents: `import 'deskterm-startup-modules';\nexport * from ${target};\n${hasDefault ? `export {default} from ${target};\n` : ''}`,
				loader: 'js',
				resolveDir: dirname(args.path),
			};
		});
	},
};

/** The start-up modules must have landed in one output file; a change to esbuild's chunking would otherwise go unseen. */
function checkStartupChunk(metafile) {
	const outputsOf = path => Object.entries(metafile.outputs).filter(([, output]) => Object.hasOwn(output.inputs, path)).map(([name]) => name);
	const outputs = new Set(startupModules.flatMap(path => outputsOf(relative(root, join(sourceDir, path)))));
	if (outputs.size !== 1) throw new Error(`the start-up modules are spread over ${outputs.size} chunks (${[...outputs].join(', ')}); see startupChunk in scripts/build.mjs`);
}

// Build beside dist/ and swap it in whole: no stale chunks pile up, and a reader never sees half a build.
const fresh = `${out}.new-${process.pid}`;
const result = await build({
	absWorkingDir: root,
	// The sentence encoder's child process has an entry of its own: TensorFlow.js is loaded there, never in cli.js's process.
	entryPoints: {cli: join(root, 'source/cli.ts'), 'encoder-process': join(root, 'source/encoder-process.ts')},
	outdir: fresh,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	jsx: 'automatic',
	minify: false,
	sourcemap: false,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink's optional devtools integration is never used; keep it out of the bundle.
	alias: {'react-devtools-core': join(root, 'scripts/empty-module.mjs')},
	// ssh2 loads optional native crypto with require() at run time: it stays a package, loaded by `serve --ssh` only.
	// The sentence encoder's packages read their model and WebAssembly files beside themselves: they stay packages too.
	external: ['ssh2', '@energetic-ai/*'],
	chunkNames: 'chunks/[name]-[hash]',
	logLevel: 'warning',
	plugins: [processGlobal, startupChunk, inkFramePlugin],
	metafile: true,
	write: false,
});
checkStartupChunk(result.metafile);
// Bundled CommonJS calls require() (through esbuild's __require, in one chunk); only files that mention it get one,
// since each createRequire costs a start-up about 0.1 ms.
const requireBanner = "import {createRequire as __deskCreateRequire} from 'node:module'; const require = __deskCreateRequire(import.meta.url);\n";
for (const file of result.outputFiles) {
	mkdirSync(dirname(file.path), {recursive: true});
	writeFileSync(file.path, /\brequire\b/.test(file.text) ? withBanner(file.text, requireBanner) : file.text);
}
// The bin starts through sh first, for the environment Node cannot set once it runs (scripts/launcher.mjs).
writeFileSync(join(fresh, 'cli.js'), withLauncher(readFileSync(join(fresh, 'cli.js'), 'utf8')));
chmodSync(join(fresh, 'cli.js'), 0o755);
// The man page (package.json "man"), written by the fresh build itself from the command table.
const manual = spawnSync(process.execPath, [join(fresh, 'cli.js'), 'man'], {encoding: 'utf8', env: {...process.env, NODE_DISABLE_COMPILE_CACHE: '1'}});
if (manual.status !== 0) throw new Error(`deskterm man failed: ${manual.stderr}`);
writeFileSync(join(fresh, 'deskterm.1'), manual.stdout);
// The suggestions' word vectors, derived once per version of their package (a few seconds) and shipped in dist/.
copyFileSync(wordVectorsCache(root), join(fresh, 'word-vectors.bin'));
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
renameSync(fresh, out);
rmSync(old, {recursive: true, force: true});

/** Puts the banner after a #! line, which must stay first. */
function withBanner(text, banner) {
	if (!text.startsWith('#!')) return banner + text;
	const end = text.indexOf('\n') + 1;
	return text.slice(0, end) + banner + text.slice(end);
}
