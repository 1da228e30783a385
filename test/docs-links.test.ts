// Every relative link in the README, ARCHITECTURE.md, CONTRIBUTING.md and docs/ points at a file that exists.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..');
const documents = ['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md', ...readdirSync(join(root, 'docs')).filter(name => name.endsWith('.md')).map(name => `docs/${name}`)].filter(path =>
	existsSync(join(root, path)),
);

/** Markdown link targets that are neither a URL nor an anchor in the same page. */
export function relativeTargets(text: string): string[] {
	return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map(match => match[1]!).filter(target => !/^[a-z][a-z+.-]*:/i.test(target) && !target.startsWith('#'));
}

describe('documentation links', () => {
	it('finds the documents and the links in them', () => {
		expect(documents).toContain('README.md');
		expect(documents.length).toBeGreaterThan(5);
		expect(relativeTargets('[a](docs/cli.md#x) [b](https://example.com) [c](#top) [d](../e.md)')).toEqual(['docs/cli.md#x', '../e.md']);
	});

	it('every relative link resolves to a file in the repository', () => {
		const broken = documents.flatMap(document =>
			relativeTargets(readFileSync(join(root, document), 'utf8'))
				.filter(target => !existsSync(join(root, dirname(document), target.split('#')[0]!)))
				.map(target => `${document} -> ${target}`),
		);
		expect(broken).toEqual([]);
	});
});
