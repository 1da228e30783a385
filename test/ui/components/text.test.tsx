import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {Box} from 'ink';
import {describe, expect, it} from 'vitest';
import {Text} from '../../../source/ui/components/text.js';
import {renderInk} from '../../helpers/render.js';
import {payloads} from '../../helpers/hostile-text.js';

const root = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(directory: string): string[] {
	return readdirSync(directory).flatMap(name => {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) ? [path] : [];
	});
}

describe('the terminal edge', () => {
	it('is the only way text reaches the screen: no console file takes Text from Ink itself', () => {
		const offenders = sourceFiles(join(root, 'source', 'ui'))
			.filter(path => !path.endsWith(join('components', 'text.tsx')))
			.filter(path => /import\s*\{[^}]*\bText\b[^}]*\}\s*from\s*'ink'/.test(readFileSync(path, 'utf8')))
			.map(path => relative(root, path));
		expect(offenders).toEqual([]);
	});

	it('lets no command write around the Io (which runCli turns into the terminal edge)', () => {
		const offenders = sourceFiles(join(root, 'source'))
			.filter(path => !path.endsWith(join('cli', 'io.ts')) && !path.endsWith(join('source', 'cli.ts')))
			.filter(path => /process\.(stdout|stderr)\.write|console\.(log|error|warn|info)\(/.test(readFileSync(path, 'utf8')))
			.map(path => relative(root, path));
		// The debug log's default writer sanitises every line itself (see debug-log.ts); the console writes
		// only its constant screen wipe on resize (see terminal-size.ts).
		expect(offenders).toEqual(['source/providers/http/debug-log.ts', 'source/ui/console-main.tsx']);
	});
});

describe('Text', () => {
	it('shows escape sequences, C1 and bidi controls visibly, in nested text too', async () => {
		const view = renderInk(
			<Box flexDirection="column">
				<Text>{`subject ${payloads.bidi}`}</Text>
				<Text>
					{'name '}
					<Text bold>{payloads.clipboard}</Text>
					{[' tags ', [payloads.c1]]}
				</Text>
			</Box>,
			{columns: 120, rows: 5},
		);
		try {
			const frame = await view.waitFor('subject');
			expect(frame).toContain('subject invoice<U+202E>fdp.exe<U+202C> <U+2066>isolate<U+2069> <U+200E>mark<U+200F> <U+061C>');
			expect(frame).toContain('name <U+001B>]52;c;cm0gLXJmIH4K<U+0007> tags csi<U+009B>2Jnel<U+0085>osc<U+009D>0;x<U+009C>');
			expect(view.frames.at(-1)).not.toMatch(/\u001B\]|[\u0080-\u009F\u202A-\u202E\u2066-\u2069]/);
		} finally {
			view.unmount();
		}
	});

	it('hands ordinary text to Ink as it is', async () => {
		const view = renderInk(<Text>{['Zoë ', '中文 ', '👩‍💻', 7]}</Text>, {columns: 40, rows: 2});
		try {
			expect(await view.waitFor('Zoë')).toContain('Zoë 中文 👩‍💻7');
		} finally {
			view.unmount();
		}
	});
});
