// The templates as searchable text: BM25 over match keys and over character n-grams, fields weighted.
import {addTerms, createBm25, type Bm25Index} from './bm25.js';
import {toQuery, type QueryPart, type RankableTemplate, type RankQuery} from './rankable.js';
import {learnStopWords} from './stop-words.js';
import {charGrams, matchKey, stripPlaceholders, words} from './tokenize.js';

// Tuned by cross-validation on labelled help-desk data: the title and tags name the topic, the body dilutes it.
export const fieldWeights = {title: 4, tags: 6, body: 1};
// A high k1 keeps the field weights meaningful instead of saturating them after one occurrence.
const wordOptions = {k1: 12, b: 0.75};
const gramOptions = {k1: 5, b: 0.75};
const gramMin = 3;
const gramMax = 5;
// A key in half the templates ("hi", "your", "regards") says nothing about which one fits.
const stopShare = 0.5;

export type LexicalScores = {
	words(): Float64Array;
	/** Computed on demand: the costlier half, not needed when history outweighs the templates. */
	grams(): Float64Array;
	/** Query words that matched a template, best first (by rarity and field). */
	matched(template: number): string[];
};

export type LexicalModel = {
	readonly stopWords: ReadonlySet<string>;
	/** A text, or weighted parts: each word counts with the weight of the heaviest part that holds it. `expansion`: more keys, weighted. */
	score(query: string | RankQuery, expansion?: ReadonlyMap<string, number>): LexicalScores;
	/** Whether some template holds this match key. */
	knows(key: string): boolean;
};

export function createLexicalModel(templates: readonly RankableTemplate[]): LexicalModel {
	const fields = templates.map(template => ({
		title: words(template.title),
		tags: template.tags.flatMap(tag => words(tag)),
		body: words(stripPlaceholders(template.body)),
	}));
	const keyFields = fields.map(field => ({title: field.title.map(matchKey), tags: field.tags.map(matchKey), body: field.body.map(matchKey)}));
	const stopWords = learnStopWords(
		keyFields.map(field => [...field.title, ...field.tags, ...field.body]),
		stopShare,
	);
	const keep = (keys: string[]) => keys.filter(key => !stopWords.has(key));
	const wordIndex = createBm25(
		keyFields.map(field => {
			const counts = addTerms(new Map(), keep(field.title), fieldWeights.title);
			addTerms(counts, keep(field.tags), fieldWeights.tags);
			return addTerms(counts, keep(field.body), fieldWeights.body);
		}),
		wordOptions,
	);
	const gramIndex = createBm25(
		fields.map(field => {
			const counts = addTerms(new Map(), charGrams(field.title, gramMin, gramMax), fieldWeights.title);
			addTerms(counts, charGrams(field.tags, gramMin, gramMax), fieldWeights.tags);
			return addTerms(counts, charGrams(field.body, gramMin, gramMax), fieldWeights.body);
		}),
		gramOptions,
	);
	// How strongly each template holds a key: its best field's weight.
	const keyWeight = keyFields.map(field => {
		const weights = new Map<string, number>();
		for (const [name, keys] of Object.entries(field) as Array<[keyof typeof fieldWeights, string[]]>) {
			for (const key of keys) weights.set(key, Math.max(weights.get(key) ?? 0, fieldWeights[name]));
		}
		return weights;
	});
	return {
		stopWords,
		knows: key => wordIndex.idf(key) > 0,
		score(query, expansion) {
			const parts = toQuery(query).parts;
			const keys = new Map<string, number>();
			const grams = new Map<string, number>();
			for (const part of parts) {
				const tokens = words(part.text);
				for (const key of keep(tokens.map(matchKey))) keys.set(key, Math.max(keys.get(key) ?? 0, part.weight));
				for (const gram of new Set(charGrams(tokens, gramMin, gramMax))) grams.set(gram, Math.max(grams.get(gram) ?? 0, part.weight));
			}
			for (const [key, weight] of expansion ?? []) if (!keys.has(key)) keys.set(key, weight);
			return {
				words: () => wordIndex.scores(keys),
				grams: () => gramIndex.scores(grams),
				matched: template => matchedWords(heaviestFirst(parts), keyWeight[template]!, stopWords, wordIndex),
			};
		},
	};
}

/** The query's words, those of the heaviest parts first. */
function heaviestFirst(parts: readonly QueryPart[]): string[] {
	return [...parts].sort((a, b) => b.weight - a.weight).flatMap(part => words(part.text));
}

// A word only the body holds is worth showing when it is rare: "again" or "just" in a body explains nothing.
const minBodyIdf = 1.5;

function matchedWords(tokens: readonly string[], weights: ReadonlyMap<string, number>, stopWords: ReadonlySet<string>, index: Bm25Index): string[] {
	const best = new Map<string, {word: string; rank: number}>();
	for (const token of tokens) {
		const key = matchKey(token);
		const weight = weights.get(key);
		if (weight === undefined || stopWords.has(key) || best.has(key)) continue;
		const idf = index.idf(key);
		if (weight <= fieldWeights.body && (idf < minBodyIdf || token.length < 4)) continue;
		best.set(key, {word: token, rank: weight * idf});
	}
	return [...best.values()].sort((a, b) => b.rank - a.rank).map(entry => entry.word);
}
