// A sentence encoder's view (the Universal Sentence Encoder lite, see sentence-encoder-file.ts): what a message means,
// compared with the templates' pieces and, with history, learned by a classifier and by the nearest past messages.
import {restoredSoftmax, softmax, softmaxTraining, type SoftmaxClassifier} from './softmax-classifier.js';
import {templateExamples} from './template-examples.js';
import type {QueryPart, RankableTemplate} from './rankable.js';
import {stripPlaceholders} from './tokenize.js';

/** Texts to vectors of one fixed length (unit length, as the encoder gives them); injected, so the model stays pure. */
export type Encode = (texts: readonly string[]) => Promise<Float32Array[]>;

/** The vectors of texts encoded before the ranker is built (the templates' pieces, the history's messages). */
export type SentenceVectors = {
	readonly encode: Encode;
	vectorOf(text: string): Float32Array | undefined;
	/** A question's part encoded before (prefetched, or asked again): its vector now, without waiting. */
	known?(text: string): Float32Array | undefined;
	/** Where the pieces' classifier (about 1.5 s to train) is kept between runs, by what it was trained on. */
	classifiers?: ClassifierStore;
};

/** Saved classifiers by identity (a text naming everything the training read); a loader file keeps them. */
export type ClassifierStore = {
	load(identity: string, classes: number, weights: number): {weights: Float32Array; bias: Float64Array} | undefined;
	save(identity: string, classifier: {weights: Float32Array; bias: Float64Array}): void;
};

export type SentenceScores = {
	/** Templates only: the best piece's cosine, the body's cosine, a classifier trained on the pieces' vectors (logits). */
	pieces: Float64Array;
	body: Float64Array;
	pieceClassifier: Float64Array;
	/** With history: the classifier's log-probabilities and the nearest past messages' vote share (0..1). */
	learned?: Float64Array;
	votes?: Float64Array;
};

export type SentenceModel = {scores(vector: Float32Array): SentenceScores};

export type SentenceSettings = {
	neighbours: number;
	power: number;
	templateTraining: Training;
	historyTraining: Training;
};

type Training = {epochs: number; learningRate: number; l2: number};

type Piece = {text: string; label: number; body: boolean};

/** Every text the model needs encoded before it is built: each template's body and pseudo-examples. */
export function templatePieces(templates: readonly RankableTemplate[]): Piece[] {
	const bodies = templates.flatMap((template, label) => {
		const body = stripPlaceholders(template.body).trim();
		return body === '' ? [] : [{text: body, label, body: true}];
	});
	return [...bodies, ...templateExamples(templates).map(example => ({...example, body: false}))];
}

/** Builds the model in steps (see softmaxTraining); texts the vectors lack are left out. */
export function* sentenceModelBuild(
	templates: readonly RankableTemplate[],
	history: ReadonlyArray<{text: string; label: number}>,
	vectors: SentenceVectors,
	settings: SentenceSettings,
): Generator<void, SentenceModel> {
	const classes = templates.length;
	const pieces = templatePieces(templates).flatMap(piece => {
		const vector = vectors.vectorOf(piece.text);
		return vector ? [{...piece, vector}] : [];
	});
	const examples = pieces.filter(piece => !piece.body);
	const pieceClassifier = yield* savedTraining(examples, classes, settings.templateTraining, vectors.classifiers);
	const past = history.flatMap(example => {
		const vector = vectors.vectorOf(example.text);
		return vector ? [{vector, label: example.label}] : [];
	});
	const learned = past.length > 0 ? yield* denseTraining(past.map(example => example.vector), Int32Array.from(past, example => example.label), classes, settings.historyTraining) : undefined;
	const pastVectors = past.map(example => example.vector);
	return {
		scores(vector) {
			const best = new Float64Array(classes).fill(-1);
			const body = new Float64Array(classes);
			for (const piece of pieces) {
				const similarity = dot(vector, piece.vector);
				if (piece.body) body[piece.label] = similarity;
				else if (similarity > best[piece.label]!) best[piece.label] = similarity;
			}
			const scores: SentenceScores = {pieces: best, body, pieceClassifier: pieceClassifier.logits(dense(vector))};
			if (!learned) return scores;
			const probabilities = softmax(learned.logits(dense(vector)));
			scores.learned = probabilities.map(probability => Math.log(probability + 1e-12));
			scores.votes = votes(nearest(vector, pastVectors, settings.neighbours), past, classes, settings.power);
			return scores;
		},
	};
}

/** A conversation's meaning: its parts' vectors summed by weight, back to unit length. */
export function combineParts(parts: readonly QueryPart[], partVectors: readonly Float32Array[]): Float32Array | undefined {
	const first = partVectors[0];
	if (!first) return undefined;
	const sum = new Float32Array(first.length);
	parts.forEach((part, index) => {
		const vector = partVectors[index]!;
		for (let k = 0; k < sum.length; k++) sum[k]! += part.weight * vector[k]!;
	});
	let norm = 0;
	for (const value of sum) norm += value * value;
	if (norm === 0) return undefined;
	const scale = 1 / Math.sqrt(norm);
	return sum.map(value => value * scale);
}

/** The pieces' classifier as saved after an earlier run with the same pieces and settings, else trained (and saved). */
function* savedTraining(examples: ReadonlyArray<{text: string; label: number; vector: Float32Array}>, classes: number, settings: Training, store: ClassifierStore | undefined): Generator<void, SoftmaxClassifier> {
	const dimensions = examples[0]?.vector.length ?? 0;
	const identity = store ? JSON.stringify({classes, dimensions, settings, examples: examples.map(example => [example.label, example.text])}) : '';
	const saved = store?.load(identity, classes, dimensions * classes);
	if (saved) return restoredSoftmax(classes, saved.weights, saved.bias);
	const trained = yield* denseTraining(examples.map(example => example.vector), Int32Array.from(examples, example => example.label), classes, settings);
	store?.save(identity, trained);
	return trained;
}

function* denseTraining(vectors: readonly Float32Array[], labels: Int32Array, classes: number, settings: Training) {
	const dimensions = vectors[0]?.length ?? 0;
	return yield* softmaxTraining(vectors.map(dense), labels, classes, dimensions, {
		...settings,
		decay: settings.epochs > 1 ? 0.1 ** (1 / (settings.epochs - 1)) : 1,
		seed: 7,
		skipLearnedAbove: 0.97,
	});
}

// A dense vector as the classifier's sparse form: every dimension is a feature.
const indexes = new Map<number, Int32Array>();
function dense(vector: Float32Array) {
	let index = indexes.get(vector.length);
	if (!index) {
		index = Int32Array.from({length: vector.length}, (_, k) => k);
		indexes.set(vector.length, index);
	}
	return {index, value: vector};
}

function dot(a: Float32Array, b: Float32Array): number {
	let sum = 0;
	for (let k = 0; k < a.length; k++) sum += a[k]! * b[k]!;
	return sum;
}

/** The `count` most similar, most similar first (insertion into a short sorted list). */
function nearest(vector: Float32Array, candidates: readonly Float32Array[], count: number): Array<{index: number; similarity: number}> {
	const best: Array<{index: number; similarity: number}> = [];
	candidates.forEach((candidate, index) => {
		const similarity = dot(vector, candidate);
		if (best.length === count && similarity <= best[count - 1]!.similarity) return;
		let at = best.length === count ? count - 1 : best.length;
		while (at > 0 && similarity > best[at - 1]!.similarity) {
			best[at] = best[at - 1]!;
			at--;
		}
		best[at] = {index, similarity};
	});
	return best;
}

function votes(near: ReadonlyArray<{index: number; similarity: number}>, past: ReadonlyArray<{label: number}>, classes: number, power: number): Float64Array {
	const result = new Float64Array(classes);
	let total = 0;
	for (const neighbour of near) {
		const vote = Math.max(neighbour.similarity, 0) ** power;
		result[past[neighbour.index]!.label]! += vote;
		total += vote;
	}
	if (total > 0) for (let index = 0; index < classes; index++) result[index]! /= total;
	return result;
}
