import {describe, expect, it} from 'vitest';
import {addTerms, createBm25} from '../../source/ranking/bm25.js';
import {learnStopWords} from '../../source/ranking/stop-words.js';

const documents = [
	addTerms(new Map(), ['refund', 'order', 'money'], 1),
	addTerms(new Map(), ['password', 'reset', 'login'], 1),
	addTerms(addTerms(new Map(), ['refund'], 4), ['card', 'payment', 'order'], 1),
];

describe('BM25', () => {
	it('ranks documents holding the rarer query terms first', () => {
		const scores = createBm25(documents, {k1: 1.2, b: 0.75}).scores(['password', 'order']);
		expect(scores[1]).toBeGreaterThan(scores[0]!);
		expect(scores[1]).toBeGreaterThan(scores[2]!);
	});

	it('counts a weighted field more than a single occurrence', () => {
		const scores = createBm25(documents, {k1: 12, b: 0.75}).scores(['refund']);
		expect(scores[2]).toBeGreaterThan(scores[0]!);
	});

	it('gives nothing for unknown terms and a repeated query term counts once', () => {
		const index = createBm25(documents, {k1: 1.2, b: 0.75});
		expect([...index.scores(['unknown'])]).toEqual([0, 0, 0]);
		expect([...index.scores(['refund', 'refund'])]).toEqual([...index.scores(['refund'])]);
		expect(index.idf('password')).toBeGreaterThan(index.idf('order'));
	});
});

describe('learned stop words', () => {
	it('are the terms in most documents, and none for a tiny corpus', () => {
		const corpus = [['hi', 'refund', 'regards'], ['hi', 'password', 'regards'], ['hi', 'invoice', 'regards'], ['hi', 'bug']];
		expect([...learnStopWords(corpus, 0.5)].sort()).toEqual(['hi', 'regards']);
		expect(learnStopWords(corpus.slice(0, 2), 0.5).size).toBe(0);
	});
});
