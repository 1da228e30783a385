// Hashed word, word-pair and character n-gram features for the learned models (no strings kept).
import {stem, words} from './tokenize.js';

export type FeatureOptions = {
	/** Smallest and largest character n-gram inside a space-padded word; 0 turns them off. */
	charMin: number;
	charMax: number;
	wordPairs: boolean;
};

export const classifierFeatures: FeatureOptions = {charMin: 3, charMax: 4, wordPairs: true};
export const neighbourFeatures: FeatureOptions = {charMin: 0, charMax: 0, wordPairs: true};

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
// Distinct seeds keep a word, a pair and an n-gram with the same letters apart.
const wordSeed = 0x1234567;
const pairSeed = 0x7654321;
const gramSeed = 0x2468ace;

function hashString(text: string, seed: number): number {
	let hash = (fnvOffset ^ seed) >>> 0;
	for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime);
	return hash >>> 0;
}

/** The feature hashes of a text, repeats included (counts become term frequencies). */
export function hashedFeatures(text: string, options: FeatureOptions): number[] {
	const tokens = words(text);
	const features: number[] = [];
	const stems = tokens.map(stem);
	for (const token of stems) features.push(hashString(token, wordSeed));
	if (options.wordPairs) {
		for (let index = 0; index + 1 < stems.length; index++) features.push(hashString(`${stems[index]} ${stems[index + 1]}`, pairSeed));
	}
	if (options.charMin > 0) {
		for (const token of tokens) {
			const padded = ` ${token} `;
			for (let start = 0; start < padded.length; start++) {
				let hash = (fnvOffset ^ gramSeed) >>> 0;
				for (let size = 1; size <= options.charMax && start + size <= padded.length; size++) {
					hash = Math.imul(hash ^ padded.charCodeAt(start + size - 1), fnvPrime);
					if (size >= options.charMin) features.push((hash ^ size) >>> 0);
				}
			}
		}
	}
	return features;
}

// Hashing a few hundred messages takes about 10 ms: a pause short enough for a console frame.
const textsPerStep = 256;

/** The features of many texts, yielding between batches (see softmaxTraining). */
export function* hashAll(texts: readonly string[], options: FeatureOptions): Generator<void, number[][]> {
	const result: number[][] = [];
	for (const text of texts) {
		result.push(hashedFeatures(text, options));
		if (result.length % textsPerStep === 0) yield;
	}
	return result;
}
