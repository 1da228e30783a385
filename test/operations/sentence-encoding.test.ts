import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {prepareSentences, sentenceSettingOf} from '../../source/operations/sentence-encoding.js';
import {loadSentenceEncoder} from '../../source/ranking/sentence-encoder-file.js';
import type {LabelledExample} from '../../source/ranking/rankable.js';
import type {Template} from '../../source/templates/template.js';
import {fixtureHistory, fixtureTemplates} from '../ranking/ranking-fixtures.js';
import {fakeEncoder} from '../ranking/sentence-fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'deskterm-sentence-encoding-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
let templates: Template[];
let history: LabelledExample[];

beforeAll(async () => {
	templates = await fixtureTemplates();
	history = await fixtureHistory();
});

describe('preparing the sentence encoder for a ranker', () => {
	it('encodes every text once: a second run with one new history entry encodes that one message', async () => {
		const dataDir = join(scratch, 'incremental');
		const first = fakeEncoder();
		const prepared = await prepareSentences(templates, history, true, {setting: 'on', dataDir, encoder: async () => first.encode});
		expect(prepared.warning).toBeUndefined();
		expect(first.encoded).toContain(history[0]!.text);
		expect(new Set(first.encoded).size).toBe(first.encoded.length);
		expect(prepared.vectors!.vectorOf(templates[0]!.title)).toBeDefined();
		const second = fakeEncoder();
		const more = [...history, {text: 'a brand new question about my parcel', templateId: 'shipping_delay'}];
		await prepareSentences(templates, more, true, {setting: 'on', dataDir, encoder: async () => second.encode});
		expect(second.encoded).toEqual(['a brand new question about my parcel']);
	});

	it('is off by the setting, without an encoder, for templates not in English, and says in one line when the encoder cannot load', async () => {
		const never = async () => {
			throw new Error('must not load');
		};
		expect(await prepareSentences(templates, history, true, {setting: 'off', dataDir: null, encoder: never})).toEqual({vectors: null});
		expect(await prepareSentences(templates, history, false, {setting: 'on', dataDir: null, encoder: never})).toEqual({vectors: null});
		expect(await prepareSentences(templates, history, true, {setting: 'on', dataDir: null})).toEqual({vectors: null});
		const failed = await prepareSentences(templates, history, true, {setting: 'on', dataDir: null, encoder: async () => Promise.reject(new Error('Cannot find package x\n  at stack'))});
		expect(failed).toEqual({vectors: null, warning: 'the sentence encoder could not be used (Cannot find package x): ranking by words'});
	});

	it('reads DESKTERM_SENTENCE_ENCODER', () => {
		expect(sentenceSettingOf({})).toBe('on');
		expect(sentenceSettingOf({DESKTERM_SENTENCE_ENCODER: 'off'})).toBe('off');
		expect(sentenceSettingOf({DESKTERM_SENTENCE_ENCODER: 'NO'})).toBe('off');
		expect(sentenceSettingOf({DESKTERM_SENTENCE_ENCODER: 'maybe'})).toBe('on');
		expect(sentenceSettingOf({DESKTERM_SENTENCE_ENCODER: 'on'})).toBe('on');
	});
});

describe('the shipped encoder (the installed package, nothing downloaded)', () => {
	it('gives unit vectors of 512 where a paraphrase is nearer than another topic', async () => {
		const encode = await loadSentenceEncoder();
		const [card, paraphrase, other] = await encode(['my card has not arrived yet', 'the card you sent me never came', 'what is the exchange rate for euros']);
		const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, k) => sum + value * b[k]!, 0);
		expect(card).toHaveLength(512);
		expect(dot(card!, card!)).toBeCloseTo(1, 2);
		expect(dot(card!, paraphrase!)).toBeGreaterThan(dot(card!, other!) + 0.2);
	});
});
