// The shared zod/mini entry: English messages, one-line issues, and imports that keep the bundle small.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import * as z from '../../source/validation/zod.js';

const root = join(import.meta.dirname, '../..');

function sourceFiles(directory: string): string[] {
	return readdirSync(directory).flatMap(name => {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) ? [relative(root, path)] : [];
	});
}

describe('validation/zod', () => {
	it('speaks English, not zod/mini\'s bare "Invalid input"', () => {
		const parsed = z.object({name: z.string().check(z.minLength(1))}).safeParse({name: ''});
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.message).toBe('Too small: expected string to have >=1 characters');
	});

	it('describes the first issue in one line, with its path when it has one', () => {
		const schema = z.object({profiles: z.record(z.string(), z.object({provider: z.string()}))});
		const nested = schema.safeParse({profiles: {work: {provider: 3}}});
		expect(nested.success).toBe(false);
		expect(z.describeIssue(nested.error!)).toBe('profiles.work.provider: Invalid input: expected string, received number');
		const top = schema.safeParse('text');
		expect(z.describeIssue(top.error!)).toBe('Invalid input: expected object, received string');
	});

	it('is imported as a namespace, and zod/mini only through it', () => {
		// `import {z}` from here would make esbuild keep every zod export and all 60+ locales.
		const offenders = sourceFiles(join(root, 'source')).flatMap(path => {
			const text = readFileSync(join(root, path), 'utf8');
			const named = [...text.matchAll(/import\s+(?:type\s+)?\{[^}]*\}\s+from\s+'[./]+validation\/zod\.js'/g)].filter(match => /\bz\b/.test(match[0]));
			const direct = path === 'source/validation/zod.ts' ? [] : [...text.matchAll(/from\s+'zod\/(?:v4\/)?mini'/g)];
			return [...named, ...direct].map(match => `${path}: ${match[0]}`);
		});
		expect(offenders).toEqual([]);
	});
});
