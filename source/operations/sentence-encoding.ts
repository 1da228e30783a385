// The sentence encoder for a ranker: a child process (encoder-children.ts) encodes, its vectors of the templates and the
// history are cached in the data folder (only new texts are encoded). On by default for English templates;
// DESKTERM_SENTENCE_ENCODER=off or `suggest --no-encoder` ranks by words alone (docs/suggestions.md).
import {sentenceEncoderName} from '../ranking/sentence-encoder-file.js';
import {templatePieces, type Encode, type SentenceVectors} from '../ranking/sentence-model.js';
import {pieceClassifierStore} from '../ranking/piece-classifier-file.js';
import {openSentenceVectors, sentenceVectorsPath, type SentenceVectorCache} from '../ranking/sentence-vectors-file.js';
import type {LabelledExample, RankableTemplate} from '../ranking/rankable.js';

const dimensions = 512;

export type SentenceSetting = 'on' | 'off';

/** The encoder's shape, for a surface that hands one in (tests). */
export type SentenceEncode = Encode;

export type PreparedSentences = {vectors: SentenceVectors | null; warning?: string};

export type SentenceOptions = {
	setting: SentenceSetting;
	/** Where the vectors are cached; null keeps them in memory. */
	dataDir: string | null;
	/** The encoder (the child processes of encoder-children.ts; tests inject a small deterministic one); none: words alone. */
	encoder?: (() => Promise<Encode>) | undefined;
	/** Told how many texts are about to be encoded, when there are many (the first run over a big history). */
	onEncoding?: (count: number) => void;
};

// Past this many new texts, encoding takes seconds (about 10 ms each): the caller may say so.
const manyTexts = 200;

/** DESKTERM_SENTENCE_ENCODER=off (or 0, false, no) turns it off; anything else, or nothing, leaves it on. */
export function sentenceSettingOf(env: Readonly<Record<string, string | undefined>>): SentenceSetting {
	return /^(off|0|false|no)$/i.test(env['DESKTERM_SENTENCE_ENCODER']?.trim() ?? '') ? 'off' : 'on';
}

const caches = new Map<string, SentenceVectorCache>();

/** Encodes what the ranker needs (once per text, ever); null vectors when off, not English (the encoder reads English), or it fails to load. */
export async function prepareSentences(
	templates: readonly RankableTemplate[],
	history: readonly LabelledExample[],
	english: boolean,
	options: SentenceOptions,
): Promise<PreparedSentences> {
	if (options.setting === 'off' || !options.encoder || !english || templates.length < 2) return {vectors: null};
	let encode: Encode;
	try {
		encode = await options.encoder();
	} catch (error) {
		return {vectors: null, warning: failedLine(error)};
	}
	const path = options.dataDir ? sentenceVectorsPath(options.dataDir, sentenceEncoderName) : null;
	const key = path ?? '';
	let cache = caches.get(key);
	if (!cache || !path) {
		cache = openSentenceVectors(path, dimensions);
		if (path) caches.set(key, cache);
	}
	const texts = [...new Set([...templatePieces(templates).map(piece => piece.text), ...history.map(example => example.text)])];
	const missing = texts.filter(text => text.trim() !== '' && !cache.get(text));
	if (missing.length >= manyTexts) options.onEncoding?.(missing.length);
	if (missing.length > 0) {
		try {
			cache.add(missing, await encode(missing));
		} catch (error) {
			return {vectors: null, warning: failedLine(error)};
		}
	}
	const known = cache;
	let meanings = remembering.get(encode);
	if (!meanings) {
		meanings = remembered(encode);
		remembering.set(encode, meanings);
	}
	const classifiers = options.dataDir ? {classifiers: pieceClassifierStore(options.dataDir, sentenceEncoderName)} : {};
	return {vectors: {encode: meanings.encode, known: meanings.known, vectorOf: text => known.get(text), ...classifiers}};
}

/** The one line a surface shows when the encoder fails: the ranking goes on by words. */
export function failedLine(error: unknown): string {
	return `the sentence encoder could not be used (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): ranking by words`;
}

// The console asks again for the same conversation after every reload, and prefetches it: its parts are encoded once.
// Kept per encoder, not per ranker: a ranker rebuilt after a sent template still finds what was encoded before.
const memoLimit = 2048;
type Remembered = {encode: Encode; known: (text: string) => Float32Array | undefined};
const remembering = new WeakMap<Encode, Remembered>();
function remembered(encode: Encode): Remembered {
	const memo = new Map<string, Float32Array>();
	// A text already on its way to the encoder (the panel and the prefetch asking at once) is sent once.
	const inFlight = new Map<string, Promise<Float32Array>>();
	return {
		known: text => memo.get(text),
		async encode(texts) {
			const missing = [...new Set(texts.filter(text => !memo.has(text) && !inFlight.has(text)))];
			if (missing.length > 0) {
				const sent = encode(missing);
				missing.forEach((text, index) => {
					const one = sent.then(vectors => {
						if (memo.size >= memoLimit) memo.delete(memo.keys().next().value!);
						memo.set(text, vectors[index]!);
						return vectors[index]!;
					});
					one.catch(() => undefined).finally(() => inFlight.delete(text));
					inFlight.set(text, one);
				});
			}
			return Promise.all(texts.map(text => memo.get(text) ?? inFlight.get(text)!));
		},
	};
}
