// Stop words learned from the corpus itself: terms in too large a share of its documents to tell them apart.

/** Terms found in at least `minShare` of the documents; none for a corpus too small to judge. */
export function learnStopWords(documents: ReadonlyArray<Iterable<string>>, minShare: number, minDocuments = 4): Set<string> {
	const stop = new Set<string>();
	if (documents.length < minDocuments) return stop;
	const frequency = new Map<string, number>();
	for (const terms of documents) for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
	const threshold = minShare * documents.length;
	for (const [term, count] of frequency) if (count >= threshold) stop.add(term);
	return stop;
}
