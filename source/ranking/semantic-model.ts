// The templates' meaning beside their words: word-vector similarity to each template, and the customer's words
// the templates never use, expanded to the nearest words they do use ("top up" meets "add money").
import {fieldWeights} from './lexical-model.js';
import type {QueryPart, RankableTemplate} from './rankable.js';
import {matchKey, stripPlaceholders, words} from './tokenize.js';
import {embed, wordSimilarity, type WordVectors} from './word-vectors.js';

export type SemanticSettings = {
	/** Nearest template words per unknown query word, and the least cosine for one to count. */
	neighbours: number;
	minSimilarity: number;
};

export type SemanticModel = {
	/** Cosine of the query's meaning with each template's (0 where either has no vector). */
	similarity(parts: readonly QueryPart[]): Float64Array;
	/** Match keys the templates use for the query's words they do not use, with weights (cosine x the part's weight). */
	expand(parts: readonly QueryPart[], known: (key: string) => boolean): Map<string, number>;
	/** The same, as the template words themselves (for the classifier, whose features are the words). */
	expandWords(parts: readonly QueryPart[], known: (key: string) => boolean): Map<string, number>;
};

export function createSemanticModel(templates: readonly RankableTemplate[], vectors: WordVectors, stopKeys: ReadonlySet<string>, settings: SemanticSettings): SemanticModel {
	const dimensions = vectors.dimensions;
	const meanings = templates.map(template => {
		const weighted = new Map<string, number>();
		const add = (tokens: string[], weight: number) => {
			for (const token of tokens) if (!stopKeys.has(matchKey(token))) weighted.set(token, (weighted.get(token) ?? 0) + weight);
		};
		add(words(template.title), fieldWeights.title);
		add(template.tags.flatMap(tag => words(tag)), fieldWeights.tags);
		add(words(stripPlaceholders(template.body)), fieldWeights.body);
		return embed(vectors, weighted);
	});
	// The templates' own vocabulary with vectors: where an unknown word may land.
	const vocabulary: Array<{key: string; row: number; word: string}> = [];
	const seen = new Set<string>();
	for (const template of templates) {
		for (const token of words(`${template.title} ${template.tags.join(' ')} ${stripPlaceholders(template.body)}`)) {
			const key = matchKey(token);
			if (seen.has(token) || stopKeys.has(key)) continue;
			seen.add(token);
			const row = vectors.row(token);
			if (row >= 0) vocabulary.push({key, row, word: token});
		}
	}
	// A word's nearest template keys never change: remember them (at most one entry per word of the vectors).
	const nearestOf = new Map<string, Array<{key: string; similarity: number; word: string}>>();
	const nearest = (word: string) => {
		const cached = nearestOf.get(word);
		if (cached) return cached;
		const row = vectors.row(word);
		// A word without a vector (a typo, an order number) has no neighbours, and is not kept: the cache stays within the vocabulary.
		if (row < 0) return [];
		const best = new Map<string, {similarity: number; word: string}>();
		for (const entry of vocabulary) {
			const similarity = wordSimilarity(vectors, row, entry.row);
			if (similarity >= settings.minSimilarity && similarity > (best.get(entry.key)?.similarity ?? 0)) best.set(entry.key, {similarity, word: entry.word});
		}
		const found = [...best].map(([key, {similarity, word}]) => ({key, similarity, word})).sort((a, b) => b.similarity - a.similarity).slice(0, settings.neighbours);
		nearestOf.set(word, found);
		return found;
	};
	// Each unknown query word's nearest template words, by match key or as the words themselves; the heaviest weight wins.
	const expandBy = (parts: readonly QueryPart[], known: (key: string) => boolean, name: 'key' | 'word') => {
		const expanded = new Map<string, number>();
		for (const part of parts) {
			for (const token of words(part.text)) {
				const key = matchKey(token);
				if (stopKeys.has(key) || known(key)) continue;
				for (const near of nearest(token)) {
					const weight = near.similarity * part.weight;
					if (weight > (expanded.get(near[name]) ?? 0)) expanded.set(near[name], weight);
				}
			}
		}
		return expanded;
	};
	return {
		similarity(parts) {
			const weighted = new Map<string, number>();
			for (const part of parts) {
				for (const token of words(part.text)) if (!stopKeys.has(matchKey(token))) weighted.set(token, Math.max(weighted.get(token) ?? 0, part.weight));
			}
			const query = embed(vectors, weighted);
			const result = new Float64Array(templates.length);
			if (!query) return result;
			meanings.forEach((meaning, index) => {
				if (!meaning) return;
				let dot = 0;
				for (let k = 0; k < dimensions; k++) dot += query[k]! * meaning[k]!;
				result[index] = dot;
			});
			return result;
		},
		expand: (parts, known) => expandBy(parts, known, 'key'),
		expandWords: (parts, known) => expandBy(parts, known, 'word'),
	};
}
