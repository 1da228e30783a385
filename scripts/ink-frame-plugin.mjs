// esbuild plugin for every bundle of the console (scripts/build.mjs, the benches): Ink's renderer gets the Output of
// source/ui/render/frame-output.ts and its per-frame text measure a cache, so a frame reuses what the last one worked
// out (docs/performance.md, "Memory of the console"). A changed Ink file fails the build rather than going unpatched.
import {readFile} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';

const frameOutput = JSON.stringify(join(new URL('..', import.meta.url).pathname, 'source/ui/render/frame-output.ts'));

const patches = {
	'renderer.js': {
		from: "import Output from './output.js';",
		to: `import InkOutput from './output.js';\nimport {styledCharsToString} from '@alcalzone/ansi-tokenize';\nimport {frameOutput} from ${frameOutput};\nconst Output = frameOutput(InkOutput, {styledCharsToString});`,
	},
	'render-node-to-output.js': {
		from: "import widestLine from 'widest-line';",
		to: `import measureWidestLine from 'widest-line';\nimport {cachedWidth} from ${frameOutput};\nconst widestLine = cachedWidth(measureWidestLine);`,
	},
};

export const inkFramePlugin = {
	name: 'ink-frame',
	setup(build) {
		build.onLoad({filter: /[\\/]ink[\\/]build[\\/](renderer|render-node-to-output)\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const patch = patches[basename(args.path)];
			if (!source.includes(patch.from)) throw new Error(`ink-frame-plugin: ${args.path} no longer has "${patch.from}"; see scripts/ink-frame-plugin.mjs`);
			return {contents: source.replace(patch.from, patch.to), loader: 'js', resolveDir: dirname(args.path)};
		});
	},
};
