import {describe, expect, it} from 'vitest';
import {formatCount} from '../../source/text/format-count.js';

describe('formatCount', () => {
	it('groups thousands like the en locale does', () => {
		for (const value of [0, 7, 999, 1000, 12_345, 100_000, 1_234_567, -4321]) {
			expect(formatCount(value)).toBe(value.toLocaleString('en'));
		}
	});
});
