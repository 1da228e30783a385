import {beforeAll, describe, expect, it} from 'vitest';
import type {LabelledExample} from '../../source/ranking/rankable.js';
import {createRanker} from '../../source/ranking/ranker.js';
import {combineParts, sentenceModelBuild, templatePieces} from '../../source/ranking/sentence-model.js';
import {finish} from '../../source/ranking/softmax-classifier.js';
import {rankingWeights} from '../../source/ranking/weights.js';
import type {Template} from '../../source/templates/template.js';
import {fixtureHistory, fixtureTemplates} from './ranking-fixtures.js';
import {fakeSentenceVectors, fakeVector} from './sentence-fixtures.js';

let templates: Template[];
let history: LabelledExample[];

beforeAll(async () => {
	templates = await fixtureTemplates();
	history = await fixtureHistory();
});

const argmax = (values: Float64Array) => values.indexOf(Math.max(...values));

describe('the sentence model', () => {
	it("lists each template's body and pseudo-examples as the texts to encode, labelled with the template", () => {
		const pieces = templatePieces(templates);
		const refund = templates.findIndex(template => template.id === 'refund_request');
		expect(pieces.filter(piece => piece.body).map(piece => piece.label)).toEqual(templates.map((_, index) => index));
		expect(pieces).toContainEqual({text: templates[refund]!.title, label: refund, body: false});
		expect(pieces.every(piece => !piece.text.includes('{{'))).toBe(true);
	});

	it('scores a message by meaning: the closest piece, the body and the pieces classifier agree on the template', () => {
		const model = finish(sentenceModelBuild(templates, [], fakeSentenceVectors().vectors, rankingWeights.sentences));
		const scores = model.scores(fakeVector('I would like my money back'));
		const refund = templates.findIndex(template => template.id === 'refund_request');
		expect(argmax(scores.pieces)).toBe(refund);
		expect(argmax(scores.pieceClassifier)).toBe(refund);
		expect(scores.learned).toBeUndefined();
	});

	it('with history, the nearest past messages vote and a classifier learns from them', () => {
		const labelled = history.map(example => ({text: example.text, label: templates.findIndex(template => template.id === example.templateId)}));
		const model = finish(sentenceModelBuild(templates, labelled, fakeSentenceVectors().vectors, rankingWeights.sentences));
		const scores = model.scores(fakeVector('the package has not arrived'));
		const shipping = templates.findIndex(template => template.id === 'shipping_delay');
		expect(argmax(scores.votes!)).toBe(shipping);
		expect(argmax(scores.learned!)).toBe(shipping);
		expect(scores.votes!.reduce((sum, vote) => sum + vote, 0)).toBeCloseTo(1);
	});

	it("combines a conversation's parts by weight into one unit vector", () => {
		const combined = combineParts(
			[
				{text: 'a', weight: 1},
				{text: 'b', weight: 0.5},
			],
			[Float32Array.of(1, 0), Float32Array.of(0, 1)],
		)!;
		expect(combined[0]! / combined[1]!).toBeCloseTo(2);
		expect(Math.hypot(...combined)).toBeCloseTo(1);
		expect(combineParts([], [])).toBeUndefined();
	});
});

describe('the ranker with a sentence encoder', () => {
	it('ranks by what a message means when its words are not the templates\' ("money back" is a refund)', async () => {
		const {vectors, encoded} = fakeSentenceVectors();
		const ranker = createRanker(templates, [], {sentences: vectors});
		expect(ranker.encoded).toBe(true);
		const words = createRanker(templates);
		const question = 'could I have my money back please';
		const [first] = await ranker.rankEncoded(question, 3);
		expect(first?.templateId).toBe('refund_request');
		const plain = words.rank(question, 6).find(suggestion => suggestion.templateId === 'refund_request')!;
		expect(first!.score).toBeGreaterThan(plain.score);
		expect(encoded).toEqual([question]);
		// Asked again (a console reload), the question is not encoded twice.
		await ranker.rankEncoded(question, 3);
		expect(encoded).toEqual([question]);
	});

	it('without an encoder, rankEncoded is rank', async () => {
		const ranker = createRanker(templates, history);
		expect(ranker.encoded).toBe(false);
		expect(await ranker.rankEncoded('my invoice for March', 3)).toEqual(ranker.rank('my invoice for March', 3));
	});
});
