import {describe, expect, it} from 'vitest';
import {createNeighbourIndex} from '../../source/ranking/neighbours.js';

const texts = [
	'my parcel is late',
	'the parcel tracking has not moved',
	'reset my password please',
	'I forgot my password',
	'my invoice is missing',
	'send my invoice again',
];

describe('nearest past conversations', () => {
	it('finds the most similar messages first, with cosine similarities', () => {
		const near = createNeighbourIndex(texts).nearest('my parcel tracking is late', 3);
		expect(near.map(neighbour => neighbour.example).slice(0, 2).sort()).toEqual([0, 1]);
		expect(near[0]!.similarity).toBeGreaterThan(near[2]?.similarity ?? 0);
		for (const neighbour of near) expect(neighbour.similarity).toBeLessThanOrEqual(1.000001);
	});

	it('returns at most the count asked for, and nothing for unknown words', () => {
		const index = createNeighbourIndex(texts);
		expect(index.nearest('password', 1)).toHaveLength(1);
		expect(index.nearest('zebra quantum', 5)).toEqual([]);
	});

	it('leaves out words found in too many messages', () => {
		// "my" is in five of six messages: past the share, it finds nothing on its own.
		expect(createNeighbourIndex(texts).nearest('my', 6).length).toBe(5);
		expect(createNeighbourIndex(texts, 0.5).nearest('my', 6)).toEqual([]);
	});
});
