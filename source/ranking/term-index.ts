// Words of every template with where they occur: exact, prefix (binary search) and one-typo lookups.

export type TermMatch = {term: string; kind: 'exact' | 'prefix' | 'typo'};

export type TermIndex = {
	/** Templates holding the term, with the weight of the best field it is in. */
	postings(term: string): {documents: Int32Array; weights: Float32Array} | undefined;
	/** Document frequency share: rarer terms say more. */
	idf(term: string): number;
	/** Terms matching a typed word: itself, words it starts (when `prefix`), words one edit away. */
	lookup(word: string, prefix: boolean): TermMatch[];
};

// A short prefix ("re") starts hundreds of words: keep the most common ones, scan a bounded range.
const maxExpansions = 64;
const maxScanned = 4096;
// Shorter words have too many neighbours one edit away for a typo match to mean anything.
const minTypoLength = 4;

export function createTermIndex(documents: ReadonlyArray<ReadonlyArray<{terms: readonly string[]; weight: number}>>): TermIndex {
	// Documents arrive in order, so a term already seen in this document is the last one on its list.
	const lists = new Map<string, {documents: number[]; weights: number[]}>();
	documents.forEach((fields, document) => {
		for (const {terms, weight} of fields) {
			for (const term of terms) {
				let list = lists.get(term);
				if (!list) lists.set(term, (list = {documents: [], weights: []}));
				const last = list.documents.length - 1;
				if (last >= 0 && list.documents[last] === document) list.weights[last] = Math.max(list.weights[last]!, weight);
				else {
					list.documents.push(document);
					list.weights.push(weight);
				}
			}
		}
	});
	const postings = new Map<string, {documents: Int32Array; weights: Float32Array}>();
	for (const [term, list] of lists) postings.set(term, {documents: Int32Array.from(list.documents), weights: Float32Array.from(list.weights)});
	const sorted = [...postings.keys()].sort();
	const sortedFrequency = Int32Array.from(sorted, term => postings.get(term)!.documents.length);
	const deletions = new Map<string, string[]>();
	for (const term of sorted) {
		if (term.length < minTypoLength) continue;
		for (const variant of deletesOf(term)) {
			const list = deletions.get(variant);
			if (list) list.push(term);
			else deletions.set(variant, [term]);
		}
	}
	const count = Math.max(documents.length, 1);
	return {
		postings: term => postings.get(term),
		idf(term) {
			const df = postings.get(term)?.documents.length ?? 0;
			return Math.log(1 + (count - df + 0.5) / (df + 0.5));
		},
		lookup(word, prefix) {
			const found = new Map<string, TermMatch['kind']>();
			if (postings.has(word)) found.set(word, 'exact');
			if (prefix) {
				// One letter says little: the fewer letters, the fewer (most common) words it stands for.
				const limit = Math.min(maxExpansions, 8 * 2 ** (word.length - 1));
				for (const position of commonestInRange(sorted, sortedFrequency, word, limit)) {
					if (!found.has(sorted[position]!)) found.set(sorted[position]!, 'prefix');
				}
			}
			if (word.length >= minTypoLength) {
				// Symmetric deletes: two words one edit apart share a one-letter deletion (or one is the other's).
				for (const variant of [word, ...deletesOf(word)]) {
					for (const term of deletions.get(variant) ?? []) if (!found.has(term)) found.set(term, 'typo');
					if (postings.has(variant) && variant.length >= minTypoLength - 1 && !found.has(variant)) found.set(variant, 'typo');
				}
			}
			return [...found].map(([term, kind]) => ({term, kind}));
		},
	};
}

/** Positions of the `limit` most frequent sorted terms starting with `word` (a bounded scan, no sorting). */
function commonestInRange(sorted: readonly string[], frequency: Int32Array, word: string, limit: number): number[] {
	const best: number[] = [];
	for (let position = lowerBound(sorted, word), scanned = 0; position < sorted.length && scanned < maxScanned; position++, scanned++) {
		if (!sorted[position]!.startsWith(word)) break;
		const value = frequency[position]!;
		if (best.length === limit && value <= frequency[best[limit - 1]!]!) continue;
		let slot = best.length === limit ? limit - 1 : best.length;
		while (slot > 0 && value > frequency[best[slot - 1]!]!) {
			best[slot] = best[slot - 1]!;
			slot--;
		}
		best[slot] = position;
	}
	return best;
}

function deletesOf(word: string): string[] {
	const variants = new Set<string>();
	for (let index = 0; index < word.length; index++) variants.add(word.slice(0, index) + word.slice(index + 1));
	return [...variants];
}

function lowerBound(sorted: readonly string[], word: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < word) low = middle + 1;
		else high = middle;
	}
	return low;
}
