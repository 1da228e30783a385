// The README stays what users read first: small, with its sections, and a quick start the project really runs.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {scripts: Record<string, string>};
const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');

/** The text under a heading, up to the next heading of the same or a higher level. */
export function sectionOf(markdown: string, title: string): string | undefined {
	const lines = markdown.split('\n');
	const start = lines.findIndex(line => /^#{2,4} /.test(line) && line.replace(/^#+ /, '') === title);
	if (start < 0) return undefined;
	const level = /^#+/.exec(lines[start]!)![0].length;
	const end = lines.findIndex((line, index) => index > start && new RegExp(`^#{1,${level}} `).test(line));
	return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The commands of a section's first sh block, comments dropped. */
export function firstShellBlock(section: string): string[] {
	const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
	return block
		.split('\n')
		.map(line => line.replace(/\s+#.*$/, '').trim())
		.filter(line => line !== '');
}

/** The lines a shell script runs, comments and blank lines dropped. */
const scriptLines = (script: string) =>
	script
		.split('\n')
		.map(line => line.trim())
		.filter(line => line !== '' && !line.startsWith('#'));

function sourceText(dir: string): string {
	return readdirSync(dir)
		.map(name => join(dir, name))
		.map(path => (statSync(path).isDirectory() ? sourceText(path) : /\.(ts|tsx|mjs)$/.test(path) ? readFileSync(path, 'utf8') : ''))
		.join('\n');
}

/** Four plain words in a row (or a run of three) from a quoted message: the parts that are not example values (ids, versions, URLs). */
export function wordRuns(message: string): string[] {
	const runs: string[][] = [[]];
	for (const token of message.split(/\s+/)) {
		if (/^[A-Za-z][A-Za-z'-]*[,;:]?$/.test(token)) runs.at(-1)!.push(token);
		else runs.push([]);
	}
	return runs.filter(run => run.length >= 3).flatMap(run => (run.length === 3 ? [run.join(' ')] : run.slice(3).map((_, index) => run.slice(index, index + 4).join(' '))));
}

const sections = [
	'Quick start',
	'A short tour',
	'The console',
	'Commands',
	'Exit codes',
	'Shell completion and man page',
	'For team leads',
	'Helpdesks and profiles',
	'Several desks in one queue',
	'What each back end can do',
	'Configuration and paths',
	'Troubleshooting',
	'Development',
];

describe('README.md', () => {
	it('stays under 40 KB: depth lives in docs/', () => {
		expect(Buffer.byteLength(readme, 'utf8')).toBeLessThan(40 * 1024);
	});

	it('has the sections a user looks for', () => {
		expect(sections.filter(title => sectionOf(readme, title) === undefined)).toEqual([]);
	});

	it('finds sections and their commands the way the checks above rely on', () => {
		const sample = '# t\n## A\ntext\n```sh\nnpm x   # comment\n\nnpm y\n```\n### A.1\nmore\n## B\nother\n';
		expect(sectionOf(sample, 'A')).toContain('more');
		expect(sectionOf(sample, 'A')).not.toContain('other');
		expect(sectionOf(sample, 'C')).toBeUndefined();
		expect(firstShellBlock(sectionOf(sample, 'A')!)).toEqual(['npm x', 'npm y']);
		expect(wordRuns('cannot reach Zendesk at https://x (ECONNREFUSED): check the URL and the network')).toEqual(['cannot reach Zendesk at', 'check the URL and', 'the URL and the', 'URL and the network']);
		expect(wordRuns('needs Node.js 22.3 or newer, this is v20...')).toEqual(['or newer, this is']);
	});

	it('starts with two set-up commands: one opens the console on the demo desk, one runs the tests, as CI does', () => {
		const commands = firstShellBlock(sectionOf(readme, 'Quick start') ?? '');
		expect(commands).toHaveLength(2);
		const scripts = commands.map(command => /^npm install && npm (?:run )?([\w:-]+)$/.exec(command)?.[1]);
		expect(scripts.every(script => script !== undefined && manifest.scripts[script] !== undefined), `npm scripts of ${JSON.stringify(commands)}`).toBe(true);
		// The console: a script that starts the built CLI with no command (through its launcher's sh, as the bin runs).
		expect(scripts.some(script => /(?:node|sh) dist\/cli\.js$/.test(manifest.scripts[script!]!))).toBe(true);
		// The tests: the command .ci/run ends with, after the npm install it also runs.
		const ciLines = scriptLines(ci);
		const testScript = scripts.find(script => ciLines.at(-1) === `npm ${script}` || ciLines.at(-1) === `npm run ${script}`);
		expect(testScript, `.ci/run ends with ${ciLines.at(-1)}`).toBeDefined();
		expect(manifest.scripts[testScript!]).toMatch(/vitest/);
		expect(ciLines.some(line => line.startsWith('npm install'))).toBe(true);
	});

	it('quotes in Troubleshooting only messages the code prints (four words in a row of each, found in source/ or scripts/)', () => {
		const rows = (sectionOf(readme, 'Troubleshooting') ?? '').split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| what you see'));
		expect(rows.length).toBeGreaterThanOrEqual(8);
		const code = [sourceText(join(root, 'source')), sourceText(join(root, 'scripts'))].join('\n');
		const quoted = rows.flatMap(row => [...row.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map(match => match[1]!)).filter(message => wordRuns(message).length > 0);
		expect(quoted.length).toBeGreaterThanOrEqual(5);
		expect(quoted.filter(message => !wordRuns(message).some(run => code.includes(run)))).toEqual([]);
	});
});
