import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {compileCacheDir} from '../source/paths.js';

describe('compileCacheDir', () => {
	it('lives under XDG_CACHE_HOME when it is an absolute path', () => {
		expect(compileCacheDir({XDG_CACHE_HOME: '/var/cache/alex', HOME: '/home/alex'})).toBe(join('/var/cache/alex', 'deskterm', 'compile-cache'));
	});

	it('falls back to ~/.cache when XDG_CACHE_HOME is unset, empty or relative', () => {
		const expected = join('/home/alex', '.cache', 'deskterm', 'compile-cache');
		expect(compileCacheDir({HOME: '/home/alex'})).toBe(expected);
		expect(compileCacheDir({XDG_CACHE_HOME: '', HOME: '/home/alex'})).toBe(expected);
		expect(compileCacheDir({XDG_CACHE_HOME: 'cache', HOME: '/home/alex'})).toBe(expected);
	});
});
