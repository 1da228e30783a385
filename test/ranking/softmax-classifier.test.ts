import {describe, expect, it} from 'vitest';
import {createFeatureSpace} from '../../source/ranking/feature-space.js';
import {classifierFeatures, hashedFeatures} from '../../source/ranking/hashed-features.js';
import {softmax, trainSoftmaxClassifier} from '../../source/ranking/softmax-classifier.js';

const examples = [
	['the parcel is late', 0],
	['where is my delivery', 0],
	['tracking shows no movement', 0],
	['reset my password', 1],
	['cannot log in to my account', 1],
	['forgot the login password', 1],
] as const;

describe('feature space', () => {
	it('makes unit-length TF-IDF vectors and drops unseen features', () => {
		const space = createFeatureSpace(examples.map(([text]) => hashedFeatures(text, classifierFeatures)));
		for (const vector of space.documents) expect(vector.value.reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 5);
		expect(space.vector(hashedFeatures('zzzz qqqq', {charMin: 0, charMax: 0, wordPairs: false})).index.length).toBe(0);
	});

	it('keeps only features seen in enough documents', () => {
		const hashes = examples.map(([text]) => hashedFeatures(text, classifierFeatures));
		expect(createFeatureSpace(hashes, 2).size).toBeLessThan(createFeatureSpace(hashes, 1).size);
	});

	it('keeps at most maxFeatures, the most frequent ones', () => {
		const documents = [[1, 2, 3], [1, 2], [1]];
		const space = createFeatureSpace(documents, 1, 2);
		expect(space.size).toBe(2);
		expect(space.vector([3]).index.length).toBe(0);
		expect(space.vector([1, 2]).index.length).toBe(2);
	});
});

describe('softmax classifier', () => {
	it('learns to separate two topics and generalises to new wording', () => {
		const space = createFeatureSpace(examples.map(([text]) => hashedFeatures(text, classifierFeatures)));
		const model = trainSoftmaxClassifier(space.documents, Int32Array.from(examples, ([, label]) => label), 2, space.size, {
			epochs: 30,
			learningRate: 1,
			decay: 0.92,
			l2: 1e-4,
			seed: 3,
		});
		const predict = (text: string) => {
			const logits = model.logits(space.vector(hashedFeatures(text, classifierFeatures)));
			return logits[0]! > logits[1]! ? 0 : 1;
		};
		expect(predict('my parcel delivery is late')).toBe(0);
		expect(predict('password does not work, cannot log in')).toBe(1);
	});

	it('turns logits into probabilities that sum to one', () => {
		const probabilities = softmax([2, 1, 0]);
		expect(probabilities.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 10);
		expect(probabilities[0]).toBeGreaterThan(probabilities[1]!);
		expect(softmax([1000, 0])[0]).toBeCloseTo(1, 10);
	});
});
