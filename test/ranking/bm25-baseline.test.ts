import {describe, expect, it} from 'vitest';
import {createBm25Baseline} from '../../source/ranking/bm25-baseline.js';

const templates = [
	{id: 'refund', title: 'Refund approved', tags: ['billing'], body: 'Your refund is on its way to your card.'},
	{id: 'password', title: 'Reset your password', tags: ['login'], body: 'Use the link to reset your password.'},
];

describe('the BM25 baseline', () => {
	it('ranks by plain BM25 over title, tags and body, and leaves out templates sharing no word', () => {
		const rank = createBm25Baseline(templates);
		expect(rank('I cannot reset my password')).toEqual(['password']);
		expect(rank('where is my refund, billing?')[0]).toBe('refund');
		expect(rank('zzz')).toEqual([]);
	});
});
