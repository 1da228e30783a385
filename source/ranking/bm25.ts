// Okapi BM25 over documents given as weighted term counts (a field weight multiplies its counts).

export type TermCounts = ReadonlyMap<string, number>;

export type Bm25Options = {k1: number; b: number};

export type Bm25Index = {
	readonly documentCount: number;
	/** Each query term counts once (times its weight, when given as a map); terms absent from every document add nothing. */
	scores(terms: Iterable<string> | ReadonlyMap<string, number>): Float64Array;
	idf(term: string): number;
};

export function createBm25(documents: readonly TermCounts[], options: Bm25Options): Bm25Index {
	const count = documents.length;
	const postings = new Map<string, number[]>();
	const lengths = new Float64Array(count);
	documents.forEach((terms, document) => {
		for (const [term, frequency] of terms) {
			lengths[document]! += frequency;
			const list = postings.get(term);
			if (list) list.push(document, frequency);
			else postings.set(term, [document, frequency]);
		}
	});
	const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(count, 1) || 1;
	const norm = Float64Array.from(lengths, length => options.k1 * (1 - options.b + (options.b * length) / average));
	const idfOf = (term: string): number => {
		const list = postings.get(term);
		if (!list) return 0;
		const df = list.length / 2;
		return Math.log(1 + (count - df + 0.5) / (df + 0.5));
	};
	return {
		documentCount: count,
		idf: idfOf,
		scores(terms) {
			const result = new Float64Array(count);
			const weighted: Iterable<readonly [string, number]> = terms instanceof Map ? terms : [...new Set(terms as Iterable<string>)].map(term => [term, 1] as const);
			for (const [term, queryWeight] of weighted) {
				const list = postings.get(term);
				if (!list) continue;
				const weight = idfOf(term) * queryWeight;
				for (let position = 0; position < list.length; position += 2) {
					const document = list[position]!;
					const frequency = list[position + 1]!;
					result[document]! += (weight * frequency * (options.k1 + 1)) / (frequency + norm[document]!);
				}
			}
			return result;
		},
	};
}

/** Adds `weight` for each occurrence of each term to the counts. */
export function addTerms(counts: Map<string, number>, terms: readonly string[], weight: number): Map<string, number> {
	for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + weight);
	return counts;
}
