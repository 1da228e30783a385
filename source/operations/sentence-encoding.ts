// The sentence encoder for a ranker: loaded on first use, its vectors of the templates and the history cached in the
// data folder (only new texts are encoded). Off by default: it costs about 3 s and 180 MB RSS to load (docs/suggestions.md);
// on with DESKTERM_SENTENCE_ENCODER=on or `suggest --encoder`.
import {loadSentenceEncoder, sentenceEncoderName} from '../ranking/sentence-encoder-file.js';
import {templatePieces, type Encode, type SentenceVectors} from '../ranking/sentence-model.js';
import {openSentenceVectors, sentenceVectorsPath, type SentenceVectorCache} from '../ranking/sentence-vectors-file.js';
import type {LabelledExample, RankableTemplate} from '../ranking/rankable.js';

const dimensions = 512;

export type SentenceSetting = 'on' | 'off';

export type PreparedSentences = {vectors: SentenceVectors | null; warning?: string};

export type SentenceOptions = {
	setting: SentenceSetting;
	/** Where the vectors are cached; null keeps them in memory. */
	dataDir: string | null;
	/** Another encoder than the shipped one (tests inject a small deterministic one). */
	encoder?: () => Promise<Encode>;
	/** Told how many texts are about to be encoded, when there are many (the first run over a big history). */
	onEncoding?: (count: number) => void;
};

// Past this many new texts, encoding takes seconds (about 10 ms each): the caller may say so.
const manyTexts = 200;

/** DESKTERM_SENTENCE_ENCODER=on (or 1, true, yes) turns it on; anything else, or nothing, leaves it off. */
export function sentenceSettingOf(env: Readonly<Record<string, string | undefined>>): SentenceSetting {
	return /^(on|1|true|yes)$/i.test(env['DESKTERM_SENTENCE_ENCODER']?.trim() ?? '') ? 'on' : 'off';
}

const caches = new Map<string, SentenceVectorCache>();

/** Encodes what the ranker needs (once per text, ever); null vectors when off, not English (the encoder reads English), or it fails to load. */
export async function prepareSentences(
	templates: readonly RankableTemplate[],
	history: readonly LabelledExample[],
	english: boolean,
	options: SentenceOptions,
): Promise<PreparedSentences> {
	if (options.setting === 'off' || !english || templates.length < 2) return {vectors: null};
	let encode: Encode;
	try {
		encode = await (options.encoder ?? loadSentenceEncoder)();
	} catch (error) {
		return {vectors: null, warning: `the sentence encoder could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): ranking without it`};
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
	if (missing.length > 0) cache.add(missing, await encode(missing));
	const known = cache;
	return {vectors: {encode, vectorOf: text => known.get(text)}};
}
