// Multinomial logistic regression over sparse TF-IDF vectors, trained in-process by SGD.
import type {SparseVector} from './feature-space.js';

export type TrainingOptions = {
	epochs: number;
	/** Step size of the first epoch; each later epoch multiplies it by `decay`. */
	learningRate: number;
	decay: number;
	/** L2 penalty per example seen. */
	l2: number;
	seed: number;
	/**
	 * From the second pass on, skip an example the model gave at least this probability when last
	 * seen: its gradient is tiny, and skipping it saves most of a pass once the model fits.
	 */
	skipLearnedAbove?: number;
};

export type SoftmaxClassifier = {
	readonly classCount: number;
	/** Unnormalised class scores (log-probabilities up to a constant). */
	logits(vector: SparseVector): Float64Array;
	/** What it learned, to be saved and restored (see restoredSoftmax). */
	readonly weights: Float32Array;
	readonly bias: Float64Array;
};

// Gradients this small change nothing visible and cost a pass over the example's features.
const skipGradient = 1e-3;

// About 20 ms of training between two yields: under one frame of a 30 fps console.
const examplesPerStep = 1024;

export function trainSoftmaxClassifier(
	examples: readonly SparseVector[],
	labels: ArrayLike<number>,
	classCount: number,
	featureCount: number,
	options: TrainingOptions,
): SoftmaxClassifier {
	return finish(softmaxTraining(examples, labels, classCount, featureCount, options));
}

/** The same training in steps: it yields now and then, so a caller can keep an event loop responsive. */
export function* softmaxTraining(
	examples: readonly SparseVector[],
	labels: ArrayLike<number>,
	classCount: number,
	featureCount: number,
	options: TrainingOptions,
): Generator<void, SoftmaxClassifier> {
	const {start, feature, value} = flatten(examples, classCount);
	const weights = new Float32Array(featureCount * classCount);
	const bias = new Float64Array(classCount);
	const scores = new Float64Array(classCount);
	const order = Int32Array.from({length: examples.length}, (_, index) => index);
	const random = seededRandom(options.seed);
	const learned = new Float32Array(examples.length);
	const skipAbove = options.skipLearnedAbove ?? 2;
	// Weight decay as one shared scale factor keeps every step sparse.
	let scale = 1;
	let done = 0;
	for (let epoch = 0; epoch < options.epochs; epoch++) {
		shuffle(order, random);
		const rate = options.learningRate * options.decay ** epoch;
		for (const example of order) {
			if (epoch > 0 && learned[example]! >= skipAbove) continue;
			if (++done % examplesPerStep === 0) yield;
			const from = start[example]!;
			const to = start[example + 1]!;
			scores.fill(0);
			for (let k = from; k < to; k++) {
				const row = feature[k]!;
				const x = value[k]!;
				for (let c = 0; c < classCount; c++) scores[c]! += weights[row + c]! * x;
			}
			let max = -Infinity;
			for (let c = 0; c < classCount; c++) {
				scores[c] = scores[c]! * scale + bias[c]!;
				if (scores[c]! > max) max = scores[c]!;
			}
			let total = 0;
			for (let c = 0; c < classCount; c++) {
				scores[c] = Math.exp(scores[c]! - max);
				total += scores[c]!;
			}
			scale *= 1 - rate * options.l2;
			if (scale < 1e-4) {
				for (let index = 0; index < weights.length; index++) weights[index]! *= scale;
				scale = 1;
			}
			const label = labels[example]!;
			learned[example] = scores[label]! / total;
			const step = rate / scale;
			for (let c = 0; c < classCount; c++) {
				const gradient = scores[c]! / total - (c === label ? 1 : 0);
				if (gradient > -skipGradient && gradient < skipGradient) continue;
				bias[c]! -= rate * gradient;
				const delta = step * gradient;
				for (let k = from; k < to; k++) weights[feature[k]! + c]! -= delta * value[k]!;
			}
		}
	}
	for (let index = 0; index < weights.length; index++) weights[index]! *= scale;
	return restoredSoftmax(classCount, weights, bias);
}

/** A classifier from weights learned before (feature-major: weights[feature * classCount + class]). */
export function restoredSoftmax(classCount: number, weights: Float32Array, bias: Float64Array): SoftmaxClassifier {
	return {
		classCount,
		weights,
		bias,
		logits(vector) {
			const result = Float64Array.from(bias);
			for (let k = 0; k < vector.index.length; k++) {
				const row = vector.index[k]! * classCount;
				const x = vector.value[k]!;
				for (let c = 0; c < classCount; c++) result[c]! += weights[row + c]! * x;
			}
			return result;
		},
	};
}

/** Runs steps to the end without pausing. */
export function finish<T>(steps: Generator<void, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** Probabilities from logits (a numerically safe softmax), optionally sharpened or flattened. */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
	let max = -Infinity;
	for (let index = 0; index < logits.length; index++) max = Math.max(max, logits[index]!);
	const result = new Float64Array(logits.length);
	let total = 0;
	for (let index = 0; index < logits.length; index++) {
		result[index] = Math.exp((logits[index]! - max) / temperature);
		total += result[index]!;
	}
	for (let index = 0; index < result.length; index++) result[index]! /= total;
	return result;
}

// One contiguous copy of the examples, feature indexes pre-multiplied into weight rows.
function flatten(examples: readonly SparseVector[], classCount: number) {
	let total = 0;
	for (const example of examples) total += example.index.length;
	const start = new Int32Array(examples.length + 1);
	const feature = new Int32Array(total);
	const value = new Float32Array(total);
	let position = 0;
	examples.forEach((example, index) => {
		start[index] = position;
		for (let k = 0; k < example.index.length; k++) {
			feature[position] = example.index[k]! * classCount;
			value[position++] = example.value[k]!;
		}
	});
	start[examples.length] = position;
	return {start, feature, value};
}

function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state / 4294967296;
	};
}

function shuffle(order: Int32Array, random: () => number): void {
	for (let index = order.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		const held = order[index]!;
		order[index] = order[other]!;
		order[other] = held;
	}
}
