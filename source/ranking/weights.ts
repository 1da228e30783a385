// How the models combine, chosen by 5-fold cross-validation on a labelled help-desk corpus (see docs/suggestions.md).

export const rankingWeights = {
	/** Templates' wording: BM25 over words and over character n-grams, the classifier's standardised scores. */
	templatesOnly: {words: 1, grams: 1, classifier: 2.5, meaning: 1, temperature: 3.3},
	/**
	 * Word vectors (tuned on BANKING77 train.csv, templates only): a query word no template uses adds its 5 nearest
	 * template words (cosine >= 0.5) to the word BM25, weighted by the cosine; the meaning's cosine is one more score; the
	 * classifier gets the meaning as 100 dense features and, at a weight of half the cosine, the same nearest template words.
	 * With history they did not help (a held-out fifth of train.csv), so 0 and none.
	 */
	semantic: {expansion: 1, neighbours: 5, minSimilarity: 0.5, classifier: 1, classifierHistory: 0, classifierExpansion: 0.5},
	/** History: the classifier's log-probabilities and the neighbours' votes; with this many examples per template the two halves weigh the same. */
	history: {classifier: 1, neighbours: 2, temperature: 0.9, halfWeightExamples: 2, negligibleShare: 0.01},
	/**
	 * The sentence encoder (BANKING77 train.csv, 5-fold cross-validation): templates only, the standardised best-piece
	 * cosine and a classifier over the pieces' vectors, in templatesOnly units (the body's cosine added nothing); with
	 * history a classifier's log-probabilities and the 20 nearest past messages' votes, beside the words' own.
	 */
	sentences: {
		templatesOnly: {pieces: 2.5, body: 0, classifier: 2.5},
		history: {classifier: 0.5, neighbours: 2},
		neighbours: 20,
		power: 4,
		templateTraining: {epochs: 30, learningRate: 1, l2: 1e-4},
		historyTraining: {epochs: 8, learningRate: 4, l2: 1e-6},
	},
	neighbours: {count: 20, power: 4, similar: 0.5, halfWeightExamples: 10, maxShare: 0.05, minPartWeight: 0.5},
	training: {
		/** Features x templates: 16M weights are 64 MB, the most a model may take. */
		maxWeights: 16_000_000,
		/** Examples already learned this well sit out later passes (no accuracy lost in cross-validation, a third less time). */
		skipLearnedAbove: 0.97,
		history: {minFrequency: 2, learningRate: 2, l2: 3e-6, steps: 50_000, minEpochs: 2, maxEpochs: 30},
		templatesOnly: {minFrequency: 1, learningRate: 1, l2: 1e-4, steps: 8_000, minEpochs: 5, maxEpochs: 30},
	},
};
