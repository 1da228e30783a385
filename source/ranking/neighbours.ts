// Nearest past conversations by cosine similarity of word TF-IDF vectors, through an inverted index.
import {createFeatureSpace} from './feature-space.js';
import {hashAll, hashedFeatures, neighbourFeatures} from './hashed-features.js';
import {finish} from './softmax-classifier.js';

export type Neighbour = {example: number; similarity: number};

export type NeighbourIndex = {
	readonly size: number;
	/** The `count` most similar examples, most similar first. */
	nearest(text: string, count: number): Neighbour[];
};

/**
 * Words in more than `maxShare` of the examples ("i", "my", "the") are left out of the search: they
 * touch most examples and barely move a cosine.
 */
export function createNeighbourIndex(texts: readonly string[], maxShare = 1): NeighbourIndex {
	return finish(neighbourIndexBuild(texts, maxShare));
}

/** The same, in steps that yield now and then (see softmaxTraining). */
export function* neighbourIndexBuild(texts: readonly string[], maxShare = 1): Generator<void, NeighbourIndex> {
	const hashes = yield* hashAll(texts, neighbourFeatures);
	const space = createFeatureSpace(hashes);
	const postings: number[][] = Array.from({length: space.size}, () => []);
	space.documents.forEach((vector, example) => {
		for (let k = 0; k < vector.index.length; k++) postings[vector.index[k]!]!.push(example, vector.value[k]!);
	});
	const limit = Math.max(1, maxShare * texts.length) * 2;
	for (let feature = 0; feature < postings.length; feature++) if (postings[feature]!.length > limit) postings[feature] = [];
	const similarity = new Float64Array(texts.length);
	return {
		size: texts.length,
		nearest(text, count) {
			const query = space.vector(hashedFeatures(text, neighbourFeatures));
			const touched: number[] = [];
			for (let k = 0; k < query.index.length; k++) {
				const list = postings[query.index[k]!]!;
				const weight = query.value[k]!;
				for (let position = 0; position < list.length; position += 2) {
					const example = list[position]!;
					if (similarity[example] === 0) touched.push(example);
					similarity[example]! += weight * list[position + 1]!;
				}
			}
			const found = touched.map(example => ({example, similarity: similarity[example]!}));
			for (const example of touched) similarity[example] = 0;
			return topBy(found, count);
		},
	};
}

// Insertion into a short sorted list: count is small, the candidates are many.
function topBy(items: readonly Neighbour[], count: number): Neighbour[] {
	const best: Neighbour[] = [];
	for (const item of items) {
		if (best.length === count && !better(item, best[count - 1]!)) continue;
		let position = best.length === count ? count - 1 : best.length;
		while (position > 0 && better(item, best[position - 1]!)) {
			best[position] = best[position - 1]!;
			position--;
		}
		best[position] = item;
	}
	return best;
}

function better(a: Neighbour, b: Neighbour): boolean {
	return a.similarity > b.similarity || (a.similarity === b.similarity && a.example < b.example);
}
