import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createLexicalModel} from '../../source/ranking/lexical-model.js';
import {createRanker} from '../../source/ranking/ranker.js';
import {createSemanticModel} from '../../source/ranking/semantic-model.js';
import {parseWordVectors, wordVectorsPath} from '../../source/ranking/word-vectors-file.js';
import {createWordVectors, embed, wordSimilarity, wordWeight} from '../../source/ranking/word-vectors.js';

// A tiny hand-made vocabulary of 4 dimensions: money words point one way, delivery words another.
const vocabulary: Array<[string, number[]]> = [
	['the', [1, 1, 1, 1]],
	['my', [1, 1, 1, 0]],
	['add', [0, 9, 1, 0]],
	['money', [0, 9, 0, 1]],
	['top', [0, 8, 2, 0]],
	['balance', [0, 9, 1, 1]],
	['parcel', [9, 0, 0, 1]],
	['delivery', [9, 1, 0, 0]],
	['shipment', [8, 0, 1, 1]],
	['late', [7, 0, 0, 3]],
];

function unitBytes(vector: number[]): number[] {
	const norm = Math.hypot(...vector);
	return vector.map(value => Math.round((value / norm) * 127));
}

const vectors = createWordVectors(
	vocabulary.map(([word]) => word),
	Int8Array.from(vocabulary.flatMap(([, vector]) => unitBytes(vector))),
	4,
);

const templates = [
	{id: 'add-money', title: 'Adding money', tags: ['balance'], body: 'Hi, you can add money to your balance from the app.'},
	{id: 'late-delivery', title: 'Late delivery', tags: ['parcel'], body: 'Hi, sorry your parcel is late; it is on its way.'},
	{id: 'password', title: 'Password reset', tags: ['login'], body: 'Hi, use the reset link to choose a new password.'},
];

describe('word vectors', () => {
	it('give similar words a high cosine and unrelated ones a low one', () => {
		expect(wordSimilarity(vectors, vectors.row('top'), vectors.row('add'))).toBeGreaterThan(0.9);
		expect(wordSimilarity(vectors, vectors.row('top'), vectors.row('parcel'))).toBeLessThan(0.3);
		expect(vectors.row('unknown')).toBe(-1);
	});

	it('weigh frequent words (low rows) less than rare ones', () => {
		expect(wordWeight(0)).toBeLessThan(wordWeight(5000));
		expect(wordWeight(50_000)).toBeGreaterThan(0.9);
	});

	it('embed a text as a unit vector, or null when no word has a vector', () => {
		const meaning = embed(vectors, [['add', 1], ['money', 1]])!;
		expect(Math.hypot(...meaning)).toBeCloseTo(1, 5);
		expect(embed(vectors, [['zzz', 1]])).toBeNull();
	});

	it('let a message with none of a template\'s words find it by meaning', () => {
		// "top" and "shipment" appear in no template: without vectors the ranking has nothing to go on.
		const withVectors = createRanker(templates, [], {wordVectors: vectors});
		expect(createRanker(templates).rank('shipment not here', 1)[0]?.templateId).not.toBe('late-delivery');
		expect(withVectors.rank('top my account', 1)[0]?.templateId).toBe('add-money');
		expect(withVectors.rank('shipment not here', 1)[0]?.templateId).toBe('late-delivery');
	});
});

describe('the semantic model', () => {
	const lexical = createLexicalModel(templates);
	const semantic = createSemanticModel(templates, vectors, lexical.stopWords, {neighbours: 5, minSimilarity: 0.5});

	it('expands a word no template uses to the nearest template words, as match keys or as the words themselves', () => {
		const parts = [{text: 'shipment', weight: 0.5}];
		const words = semantic.expandWords(parts, lexical.knows);
		const keys = semantic.expand(parts, lexical.knows);
		expect([...words.keys()]).toEqual(expect.arrayContaining(['parcel', 'delivery', 'late']));
		expect(words.has('money')).toBe(false);
		expect([...keys.keys()]).toEqual(expect.arrayContaining(['parce', 'deliv', 'late']));
		// Weighted by the cosine times the part's weight: never more than the part.
		for (const weight of words.values()) expect(weight).toBeLessThanOrEqual(0.5);
		expect(words.get('delivery')).toBeGreaterThan(0.45);
	});

	it('leaves out the words the templates already use and words without a vector', () => {
		expect(semantic.expandWords([{text: 'money zzzz', weight: 1}], lexical.knows).size).toBe(0);
	});
});

describe('the word vectors file', () => {
	it('round-trips: header, words, one byte per dimension', () => {
		const words = Buffer.from(vocabulary.map(([word]) => word).join('\n'));
		const header = Buffer.alloc(16);
		header.write('DTWV', 0, 'latin1');
		header.writeUInt32LE(vocabulary.length, 4);
		header.writeUInt32LE(4, 8);
		header.writeUInt32LE(words.length, 12);
		const data = Buffer.from(Int8Array.from(vocabulary.flatMap(([, vector]) => unitBytes(vector))).buffer);
		const parsed = parseWordVectors(Buffer.concat([header, words, data]));
		expect(parsed.size).toBe(vocabulary.length);
		expect(parsed.row('parcel')).toBe(6);
		expect(wordSimilarity(parsed, parsed.row('parcel'), parsed.row('delivery'))).toBeGreaterThan(0.9);
		expect(() => parseWordVectors(Buffer.concat([header, words, data.subarray(1)]))).toThrow(/truncated/);
		expect(() => parseWordVectors(Buffer.from('not vectors at all'))).toThrow(/not a deskterm word vectors file/);
	});

	it('is looked for in dist/ beside the package.json above the code', () => {
		const root = mkdtempSync(join(tmpdir(), 'deskterm-vectors-'));
		try {
			expect(wordVectorsPath(join(root, 'dist', 'chunks', 'x.js'))).toBeNull();
			writeFileSync(join(root, 'package.json'), '{}');
			mkdirSync(join(root, 'dist', 'chunks'), {recursive: true});
			writeFileSync(join(root, 'dist', 'word-vectors.bin'), '');
			expect(wordVectorsPath(join(root, 'dist', 'chunks', 'x.js'))).toBe(join(root, 'dist', 'word-vectors.bin'));
		} finally {
			rmSync(root, {recursive: true, force: true});
		}
	});
});
