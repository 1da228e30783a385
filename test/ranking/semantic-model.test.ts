import {describe, expect, it} from 'vitest';
import {createLexicalModel} from '../../source/ranking/lexical-model.js';
import {createSemanticModel} from '../../source/ranking/semantic-model.js';
import {createWordVectors} from '../../source/ranking/word-vectors.js';

// Four dimensions written by hand: money words one way, delivery words another.
const vocabulary: Array<[string, number[]]> = [
	['add', [0, 9, 1, 0]],
	['money', [0, 9, 0, 1]],
	['top', [0, 8, 2, 0]],
	['parcel', [9, 0, 0, 1]],
	['delivery', [9, 1, 0, 0]],
	['shipment', [8, 0, 1, 1]],
];
const vectors = createWordVectors(
	vocabulary.map(([word]) => word),
	Int8Array.from(vocabulary.flatMap(([, vector]) => vector.map(value => Math.round((value / Math.hypot(...vector)) * 127)))),
	4,
);
const templates = [
	{id: 'add-money', title: 'Adding money', tags: [], body: 'You can add money from the app.'},
	{id: 'late-delivery', title: 'Late delivery', tags: ['parcel'], body: 'Your parcel is on its way.'},
];
const lexical = createLexicalModel(templates);
const semantic = createSemanticModel(templates, vectors, lexical.stopWords, {neighbours: 5, minSimilarity: 0.5});

describe('the semantic model', () => {
	it('expands a word no template uses to the nearest template words, as match keys or as the words', () => {
		const parts = [{text: 'shipment', weight: 0.5}];
		const keys = semantic.expand(parts, lexical.knows);
		const words = semantic.expandWords(parts, lexical.knows);
		expect([...words.keys()].sort()).toEqual(['delivery', 'parcel']);
		expect([...keys.keys()].sort()).toEqual(['deliv', 'parce']);
		// Weighted by the cosine times the part's weight, never more than the part.
		for (const weight of words.values()) expect(weight).toBeGreaterThan(0.25);
		for (const weight of words.values()) expect(weight).toBeLessThanOrEqual(0.5);
	});

	it('leaves out words the templates already use and words without a vector', () => {
		expect(semantic.expandWords([{text: 'money zzzz', weight: 1}], lexical.knows).size).toBe(0);
	});
});
