// A small deterministic stand-in for the sentence encoder: words of one meaning share a dimension, the rest hash weakly.
import type {Encode} from '../../source/ranking/sentence-model.js';

const concepts = [
	['refund', 'money', 'back', 'reimburse', 'returned', 'return'],
	['password', 'login', 'log', 'sign', 'locked'],
	['parcel', 'package', 'delivery', 'shipping', 'arrived', 'transit', 'delayed'],
	['invoice', 'receipt', 'bill', 'billing'],
	['cancel', 'subscription', 'unsubscribe', 'plan'],
	['bug', 'crash', 'crashes', 'broken', 'error'],
];
const conceptOf = new Map(concepts.flatMap((words, index) => words.map(word => [word, index] as const)));
export const fakeDimensions = 16;

export function fakeVector(text: string): Float32Array {
	const vector = new Float32Array(fakeDimensions);
	for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
		const concept = conceptOf.get(word);
		if (concept !== undefined) vector[concept]! += 1;
		else vector[concepts.length + ([...word].reduce((sum, char) => sum + char.charCodeAt(0), 0) % (fakeDimensions - concepts.length))]! += 0.2;
	}
	const norm = Math.hypot(...vector) || 1;
	return vector.map(value => value / norm);
}

/** The fake encoder, counting the texts it was asked to encode. */
export function fakeEncoder(): {encode: Encode; encoded: string[]} {
	const encoded: string[] = [];
	return {
		encoded,
		encode: async texts => {
			encoded.push(...texts);
			return texts.map(fakeVector);
		},
	};
}

/** Vectors for whatever texts are asked, as prepareSentences would give them. */
export function fakeSentenceVectors() {
	const {encode, encoded} = fakeEncoder();
	return {encoded, vectors: {encode, vectorOf: (text: string) => fakeVector(text)}};
}
