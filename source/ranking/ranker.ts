// The learned ranking: lexical match with the templates, a classifier and nearest neighbours over history.
import {DeskError} from '../domain/errors.js';
import {createFeatureSpace, type FeatureSpace, type SparseVector} from './feature-space.js';
import {classifierFeatures, hashAll, hashedFeatures} from './hashed-features.js';
import {createLexicalModel} from './lexical-model.js';
import {neighbourIndexBuild} from './neighbours.js';
import {toQuery, type LabelledExample, type QueryPart, type RankableTemplate, type RankQuery} from './rankable.js';
import {explain} from './reasons.js';
import {createSemanticModel, type SemanticModel} from './semantic-model.js';
import {combineParts, sentenceModelBuild, type SentenceModel, type SentenceVectors} from './sentence-model.js';
import {finish, softmax, softmaxTraining, type SoftmaxClassifier} from './softmax-classifier.js';
import {templateExamples} from './template-examples.js';
import {words} from './tokenize.js';
import {rankingWeights as weights} from './weights.js';
import {embed, type WordVectors} from './word-vectors.js';

export type Suggestion = {
	templateId: string;
	/** Confidence 0..1: the model's probability that this template answers the message. */
	score: number;
	reasons: string[];
};

export type Ranker = {
	/** Past conversations the ranking learned from (examples whose template exists). */
	readonly examplesUsed: number;
	readonly examplesIgnored: number;
	/** Whether a sentence encoder takes part (rankEncoded then encodes the question first). */
	readonly encoded: boolean;
	/** A message, or a conversation read as weighted parts (see thread-reading.ts); `meaning` is its sentence vector, if encoded. */
	rank(query: string | RankQuery, top?: number, meaning?: Float32Array): Suggestion[];
	/** The same after encoding the question with the sentence encoder (rank itself without one). */
	rankEncoded(query: string | RankQuery, top?: number): Promise<Suggestion[]>;
	/** The encoder's ranking at once when the question's parts were encoded before; undefined when they must be encoded first. */
	rankEncodedNow(query: string | RankQuery, top?: number): Suggestion[] | undefined;
};

type Learned = {space: FeatureSpace; classifier: SoftmaxClassifier; meaning?: Meaning};

/** Dense word-vector features after the sparse ones: the classifier learns from what the words mean. */
type Meaning = {vectors: WordVectors; offset: number; scale: number};

export type RankerOptions = {
	/** Word meanings from outside the templates (see word-vectors-file.ts); without them the templates' words alone. */
	wordVectors?: WordVectors | null;
	/** A sentence encoder and the vectors of the templates' pieces and the history (see sentence-model.ts); without it, words alone. */
	sentences?: SentenceVectors | null;
};

/** Builds the ranker at once: training takes up to a few seconds for 10,000 examples. */
export function createRanker(templates: readonly RankableTemplate[], examples: readonly LabelledExample[] = [], options: RankerOptions = {}): Ranker {
	return finish(rankerBuild(templates, examples, options));
}

/**
 * Builds it between other work: the training yields to the event loop every few milliseconds, so a
 * console stays responsive; aborting the signal stops it with a DeskError.
 */
export async function createRankerInBackground(
	templates: readonly RankableTemplate[],
	examples: readonly LabelledExample[] = [],
	signal?: AbortSignal,
	options: RankerOptions = {},
): Promise<Ranker> {
	const steps = rankerBuild(templates, examples, options);
	for (;;) {
		if (signal?.aborted) throw new DeskError('internal', 'building the suggestions was cancelled');
		const next = steps.next();
		if (next.done) return next.value;
		await new Promise(resolve => setImmediate(resolve));
	}
}

function* rankerBuild(allTemplates: readonly RankableTemplate[], examples: readonly LabelledExample[], options: RankerOptions): Generator<void, Ranker> {
	// One variant per id (the caller picks the language); a second one would split the votes.
	const seen = new Set<string>();
	const templates = allTemplates.filter(template => {
		if (seen.has(template.id)) return false;
		seen.add(template.id);
		return true;
	});
	const indexOf = new Map(templates.map((template, index) => [template.id, index]));
	const history = examples.flatMap(example => {
		const label = indexOf.get(example.templateId);
		return label === undefined || example.text.trim() === '' ? [] : [{text: example.text, label}];
	});
	const lexical = createLexicalModel(templates);
	const semantic = options.wordVectors ? createSemanticModel(templates, options.wordVectors, lexical.stopWords, weights.semantic) : undefined;
	const learned = templates.length > 1 ? yield* learn(templates, history, options.wordVectors ?? null) : undefined;
	const neighbours = history.length > 0 ? yield* neighbourIndexBuild(history.map(example => example.text), weights.neighbours.maxShare) : undefined;
	const sentences = options.sentences && templates.length > 1 ? yield* sentenceModelBuild(templates, history, options.sentences, weights.sentences) : undefined;
	const encodeParts = options.sentences && sentences ? (options.sentences.known ? options.sentences.encode : memoised(options.sentences.encode)) : undefined;
	const knownPart = options.sentences?.known?.bind(options.sentences);
	const examplesOf = new Int32Array(templates.length);
	for (const example of history) examplesOf[example.label]! += 1;
	// Little history per template: lean on the templates' wording; plenty: on what the team did.
	const perTemplate = history.length / Math.max(templates.length, 1);
	const historyShare = history.length > 0 ? perTemplate / (perTemplate + weights.history.halfWeightExamples) : 0;
	// A few neighbours are noisy votes: their say grows more slowly with the history.
	const neighbourShare = perTemplate / (perTemplate + weights.neighbours.halfWeightExamples);

	const ranker: Ranker = {
		examplesUsed: history.length,
		examplesIgnored: examples.length - history.length,
		encoded: encodeParts !== undefined,
		async rankEncoded(query, top = 3) {
			if (!encodeParts) return ranker.rank(query, top);
			const parts = toQuery(query).parts.filter(part => part.weight > 0 && words(part.text).length > 0);
			return ranker.rank(query, top, combineParts(parts, await encodeParts(parts.map(part => part.text))));
		},
		rankEncodedNow(query, top = 3) {
			if (!encodeParts) return ranker.rank(query, top);
			if (!knownPart) return undefined;
			const parts = toQuery(query).parts.filter(part => part.weight > 0 && words(part.text).length > 0);
			const vectors = parts.map(part => knownPart(part.text));
			if (vectors.some(vector => vector === undefined)) return undefined;
			return ranker.rank(query, top, combineParts(parts, vectors as Float32Array[]));
		},
		rank(query, top = 3, meaning) {
			const parts = toQuery(query).parts.filter(part => part.weight > 0 && words(part.text).length > 0);
			// Nothing to go on (an attachment, an emoji): any ranking would be a guess.
			if (templates.length === 0 || parts.length === 0) return [];
			const weighted = {parts};
			const lexicalWeights = weights.templatesOnly;
			const lexicalScale = (1 - historyShare) / lexicalWeights.temperature;
			// With hundreds of examples per template the wording's share is below any visible effect.
			const wording = lexicalScale >= weights.history.negligibleShare;
			const expansion = semantic && wording && weights.semantic.expansion > 0 ? scaleAll(semantic.expand(parts, lexical.knows), weights.semantic.expansion) : undefined;
			const match = lexical.score(weighted, expansion);
			const logits = learned ? learned.classifier.logits(learned.meaning ? withMeaning(queryVector(learned.space, withExpansion(parts, semantic, lexical.knows)), learned.meaning, parts) : queryVector(learned.space, parts)) : undefined;
			const heavy = parts.filter(part => part.weight >= weights.neighbours.minPartWeight).map(part => part.text).join('\n');
			const near = neighbours && heavy !== '' ? neighbours.nearest(heavy, weights.neighbours.count) : [];
			const combined = new Float64Array(templates.length);
			const encoded = sentences && meaning ? sentences.scores(meaning) : undefined;
			if (encoded && wording) {
				const sentenceWeights = weights.sentences.templatesOnly;
				addScaled(combined, standardise(encoded.pieces), sentenceWeights.pieces * lexicalScale);
				addScaled(combined, standardise(encoded.body), sentenceWeights.body * lexicalScale);
				addScaled(combined, standardise(encoded.pieceClassifier), sentenceWeights.classifier * lexicalScale);
			}
			if (encoded?.learned && encoded.votes) {
				const sentenceWeights = weights.sentences.history;
				addScaled(combined, encoded.learned, sentenceWeights.classifier * historyShare);
				addScaled(combined, encoded.votes, sentenceWeights.neighbours * historyShare * neighbourShare);
			}
			if (wording) {
				addScaled(combined, standardise(match.words()), lexicalWeights.words * lexicalScale);
				addScaled(combined, standardise(match.grams()), lexicalWeights.grams * lexicalScale);
				if (logits) addScaled(combined, standardise(logits), lexicalWeights.classifier * lexicalScale);
				if (semantic) addScaled(combined, standardise(semantic.similarity(parts)), lexicalWeights.meaning * lexicalScale);
			}
			if (historyShare > 0) {
				const learnedWeights = weights.history;
				if (logits) addScaled(combined, logSoftmax(logits), (learnedWeights.classifier * historyShare) / learnedWeights.temperature);
				if (near.length > 0) addScaled(combined, votes(near, history, templates.length), (learnedWeights.neighbours * historyShare * neighbourShare) / learnedWeights.temperature);
			}
			const confidence = softmax(combined);
			const order = Array.from(combined.keys()).sort((a, b) => combined[b]! - combined[a]! || a - b);
			return order.slice(0, Math.max(0, top)).map(index => ({
				templateId: templates[index]!.id,
				score: Math.round(confidence[index]! * 1000) / 1000,
				reasons: explain({
					matched: match.matched(index),
					similar: near.filter(neighbour => history[neighbour.example]!.label === index && neighbour.similarity >= weights.neighbours.similar).length,
					learnedFrom: examplesOf[index]!,
				}),
			}));
		},
	};
	return ranker;
}

// The console asks again for the same conversation after every reload: its parts are encoded once.
const memoLimit = 512;
function memoised(encode: SentenceVectors['encode']): SentenceVectors['encode'] {
	const known = new Map<string, Float32Array>();
	return async texts => {
		const found = new Map(texts.flatMap(text => (known.has(text) ? [[text, known.get(text)!] as const] : [])));
		const missing = [...new Set(texts.filter(text => !found.has(text)))];
		if (missing.length > 0) {
			const vectors = await encode(missing);
			missing.forEach((text, index) => {
				found.set(text, vectors[index]!);
				if (known.size >= memoLimit) known.delete(known.keys().next().value!);
				known.set(text, vectors[index]!);
			});
		}
		return texts.map(text => found.get(text)!);
	};
}

function* learn(templates: readonly RankableTemplate[], history: ReadonlyArray<{text: string; label: number}>, vectors: WordVectors | null): Generator<void, Learned> {
	const examples = [...history, ...templateExamples(templates)];
	const hashes = yield* hashAll(
		examples.map(example => example.text),
		classifierFeatures,
	);
	const settings = history.length > 0 ? weights.training.history : weights.training.templatesOnly;
	const space = createFeatureSpace(hashes, settings.minFrequency, Math.floor(weights.training.maxWeights / templates.length));
	const scale = history.length > 0 ? weights.semantic.classifierHistory : weights.semantic.classifier;
	const meaning = vectors && scale > 0 ? {vectors, offset: space.size, scale} : undefined;
	const documents = meaning ? examples.map((example, index) => withMeaning(space.documents[index]!, meaning, [{text: example.text, weight: 1}])) : space.documents;
	// Enough steps for small sets, few passes for big ones; the rate decays to a tenth by the last pass.
	const epochs = Math.min(settings.maxEpochs, Math.max(settings.minEpochs, Math.ceil(settings.steps / examples.length)));
	yield;
	const classifier = yield* softmaxTraining(
		documents,
		Int32Array.from(examples, example => example.label),
		templates.length,
		space.size + (meaning ? meaning.vectors.dimensions : 0),
		{
			epochs,
			learningRate: settings.learningRate,
			decay: epochs > 1 ? 0.1 ** (1 / (epochs - 1)) : 1,
			l2: settings.l2,
			seed: 7,
			skipLearnedAbove: weights.training.skipLearnedAbove,
		},
	);
	return meaning ? {space, classifier, meaning} : {space, classifier};
}

function withMeaning(vector: SparseVector, meaning: Meaning, parts: readonly QueryPart[]): SparseVector {
	const weighted = new Map<string, number>();
	for (const part of parts) for (const token of words(part.text)) weighted.set(token, Math.max(weighted.get(token) ?? 0, part.weight));
	const dense = embed(meaning.vectors, weighted);
	if (!dense) return vector;
	const {dimensions} = meaning.vectors;
	const index = new Int32Array(vector.index.length + dimensions);
	const value = new Float32Array(vector.value.length + dimensions);
	index.set(vector.index);
	value.set(vector.value);
	for (let k = 0; k < dimensions; k++) {
		index[vector.index.length + k] = meaning.offset + k;
		value[vector.value.length + k] = dense[k]! * meaning.scale;
	}
	return {index, value};
}

/** The classifier only knows the templates' words: a customer word they never use adds its nearest ones as light parts. */
function withExpansion(parts: QueryPart[], semantic: SemanticModel | undefined, known: (key: string) => boolean): QueryPart[] {
	const share = weights.semantic.classifierExpansion;
	if (!semantic || share === 0) return parts;
	const expansion = [...semantic.expandWords(parts, known)].map(([word, weight]) => ({text: word, weight: weight * share}));
	return expansion.length === 0 ? parts : [...parts, ...expansion];
}

/** Each template's share of the neighbours' similarity-weighted votes (0..1). */
function votes(near: ReadonlyArray<{example: number; similarity: number}>, history: ReadonlyArray<{label: number}>, count: number): Float64Array {
	const result = new Float64Array(count);
	let total = 0;
	for (const neighbour of near) {
		const vote = neighbour.similarity ** weights.neighbours.power;
		result[history[neighbour.example]!.label]! += vote;
		total += vote;
	}
	if (total > 0) for (let index = 0; index < count; index++) result[index]! /= total;
	return result;
}

function scaleAll(weightsOf: Map<string, number>, scale: number): Map<string, number> {
	for (const [key, weight] of weightsOf) weightsOf.set(key, weight * scale);
	return weightsOf;
}

function standardise(values: Float64Array): Float64Array {
	let mean = 0;
	for (const value of values) mean += value;
	mean /= values.length;
	let variance = 0;
	for (const value of values) variance += (value - mean) ** 2;
	const deviation = Math.sqrt(variance / values.length) || 1;
	return values.map(value => (value - mean) / deviation);
}

function logSoftmax(logits: Float64Array): Float64Array {
	const probabilities = softmax(logits);
	return probabilities.map(probability => Math.log(probability + 1e-12));
}

function addScaled(target: Float64Array, values: Float64Array, scale: number): void {
	if (scale === 0) return;
	for (let index = 0; index < target.length; index++) target[index]! += scale * values[index]!;
}

/** One vector for weighted parts: each part's features count with its weight. */
function queryVector(space: FeatureSpace, parts: readonly QueryPart[]) {
	if (parts.length === 1) return space.vector(hashedFeatures(parts[0]!.text, classifierFeatures));
	const hashes: number[] = [];
	const scales: number[] = [];
	for (const part of parts) {
		for (const hash of hashedFeatures(part.text, classifierFeatures)) {
			hashes.push(hash);
			scales.push(part.weight);
		}
	}
	return space.vector(hashes, scales);
}
