// How the models combine, chosen by 5-fold cross-validation on a labelled help-desk corpus (see docs/suggestions.md).

export const rankingWeights = {
	templatesOnly: {words: 1, grams: 1, classifier: 1.5, neighbours: 0, temperature: 2.5},
	history: {words: 0, grams: 0, classifier: 1, neighbours: 2, temperature: 0.9},
	neighbours: {count: 20, power: 4, similar: 0.5},
	training: {
		history: {minFrequency: 2, learningRate: 2, l2: 3e-6, steps: 50_000, minEpochs: 5, maxEpochs: 30},
		templatesOnly: {minFrequency: 1, learningRate: 1, l2: 1e-4, steps: 20_000, minEpochs: 5, maxEpochs: 30},
	},
};
