import {describe, expect, it} from 'vitest';
import {allowedEdits, closestWords, didYouMean, editDistance} from '../../source/domain/edit-distance.js';

describe('editDistance (Damerau-Levenshtein)', () => {
	it.each([
		['', '', 0],
		['queue', 'queue', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['qeue', 'queue', 1],
		['lsit', 'list', 1],
		['stauts', 'status', 1],
		['ab', 'ba', 1],
		// Unrestricted: a swap and then an insertion between the swapped letters (the restricted variant says 3).
		['ca', 'abc', 2],
		['flaw', 'lawn', 2],
		['größe', 'grösse', 2],
	])('%s -> %s is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('closestWords and didYouMean', () => {
	const commands = ['queue', 'show', 'reply', 'note', 'assign', 'status', 'priority', 'tag', 'agents', 'triage', 'templates'];

	it('allows more edits as words grow, and none for one or two letters', () => {
		expect([1, 2, 3, 4, 5, 8, 9, 20].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
	});

	it('finds the command a typo meant', () => {
		expect(closestWords('qeue', commands)).toEqual(['queue']);
		expect(closestWords('shwo', commands)).toEqual(['show']);
		expect(closestWords('Queue', commands)).toEqual(['queue']);
		expect(closestWords('templtaes', commands)).toEqual(['templates']);
	});

	it('never guesses for a very short or a very far word', () => {
		expect(closestWords('qu', commands)).toEqual([]);
		expect(closestWords('x', commands)).toEqual([]);
		expect(closestWords('frobnicate', commands)).toEqual([]);
		expect(closestWords('ship', ['reply'])).toEqual([]);
	});

	it('keeps every candidate at the best distance, in the order given', () => {
		expect(closestWords('tage', ['tags', 'tag', 'take'])).toEqual(['tags', 'tag', 'take']);
		expect(closestWords('stat', ['status', 'start', 'stats'])).toEqual(['start', 'stats']);
	});

	it('writes one hint, through a formatter, or nothing', () => {
		expect(didYouMean('qeue', commands)).toBe('; did you mean queue?');
		expect(didYouMean('stat', ['status', 'start', 'stats'], word => `--${word}`)).toBe('; did you mean --start or --stats?');
		expect(didYouMean('tage', ['tags', 'tag', 'take', 'tame'])).toBe('; did you mean tags, tag or take?');
		expect(didYouMean('zzzz', commands)).toBe('');
	});
});
