// Tokens and phrases: whole words in any script, inner apostrophes kept, multi-word phrases on word boundaries.
import {describe, expect, it} from 'vitest';
import {compilePhrases} from '../../../source/triage/text/phrase-matcher.js';
import {tokenize} from '../../../source/triage/text/tokenize.js';

describe('tokenize', () => {
	it('lowercases words in any script and keeps apostrophes inside words only', () => {
		expect(tokenize("It DOESN’T work: 'Über-Größe' #1234, ¿qué pasó?")).toEqual(["it", "doesn't", 'work', 'über', 'größe', '1234', 'qué', 'pasó']);
		expect(tokenize('')).toEqual([]);
		expect(tokenize("'quoted' ''")).toEqual(['quoted']);
	});
});

describe('compilePhrases', () => {
	const matcher = compilePhrases(
		[
			{key: 0, phrase: 'charged twice'},
			{key: 0, phrase: 'refund'},
			{key: 1, phrase: "doesn't work"},
			{key: 2, phrase: 'api'},
		],
		3,
	);

	it('reports the first phrase that matched per key', () => {
		expect(matcher.scan(tokenize('I want a refund, I was charged twice'))).toEqual(['refund', undefined, undefined]);
		expect(matcher.scan(tokenize("The API doesn't work"))).toEqual([undefined, "doesn't work", 'api']);
	});

	it('matches whole words only, and phrases only in order', () => {
		expect(matcher.scan(tokenize('refunded rapid charged thrice'))).toEqual([undefined, undefined, undefined]);
		expect(matcher.scan(tokenize('twice charged capital'))).toEqual([undefined, undefined, undefined]);
	});
});
