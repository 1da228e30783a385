// Writes template files into a fresh temporary folder for one test.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach} from 'vitest';

const made: string[] = [];

afterEach(() => {
	for (const directory of made.splice(0)) rmSync(directory, {recursive: true, force: true});
});

export function tempDir(): string {
	const directory = mkdtempSync(join(tmpdir(), 'deskterm-templates-'));
	made.push(directory);
	return directory;
}

/** files: relative path → content. */
export function writeTemplates(files: Record<string, string>, directory = tempDir()): string {
	for (const [path, content] of Object.entries(files)) {
		const full = join(directory, path);
		mkdirSync(dirname(full), {recursive: true});
		writeFileSync(full, content);
	}
	return directory;
}

export function templateFile(front: Record<string, string>, body = 'Hello {{customer.first_name | there}}.'): string {
	return ['---', ...Object.entries(front).map(([key, value]) => `${key}: ${value}`), '---', body, ''].join('\n');
}
