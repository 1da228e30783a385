import {describe, expect, it} from 'vitest';
import {displayWidth, fitWidth, wrapLine, wrapText} from '../../source/text/wrap.js';

describe('wrapping', () => {
	it('breaks at spaces and splits words longer than the width', () => {
		expect(wrapText('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
		expect(wrapText('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
		expect(wrapText('a\n\nb', 5)).toEqual(['a', '', 'b']);
	});

	it('records where each piece starts, for the cursor', () => {
		expect(wrapLine('aa bb cc', 5)).toEqual([
			{text: 'aa ', start: 0},
			{text: 'bb cc', start: 3},
		]);
	});

	it('counts wide characters as two cells', () => {
		expect(displayWidth('日本')).toBe(4);
		expect(wrapText('日本語です', 4)).toEqual(['日本', '語で', 'す']);
	});

	it('fits text to a width with an ellipsis or padding', () => {
		expect(fitWidth('abc', 5)).toBe('abc  ');
		expect(fitWidth('abcdef', 4)).toBe('abc…');
		expect(fitWidth('anything', 0)).toBe('');
	});
});
