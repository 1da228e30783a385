// Precompiled keyword matching: phrases indexed by their first token, one scan per conversation.
import {tokenize} from './tokenize.js';

export type PhraseEntry = {key: number; phrase: string};

type Compiled = {key: number; phrase: string; rest: string[]};

export type PhraseMatcher = {
	readonly keyCount: number;
	/** The first phrase that matched per key (undefined where none did). */
	scan(tokens: readonly string[]): Array<string | undefined>;
};

export function compilePhrases(entries: readonly PhraseEntry[], keyCount: number): PhraseMatcher {
	const byFirst = new Map<string, Compiled[]>();
	for (const entry of entries) {
		const [first, ...rest] = tokenize(entry.phrase);
		if (first === undefined) continue;
		const list = byFirst.get(first) ?? [];
		list.push({key: entry.key, phrase: entry.phrase, rest});
		byFirst.set(first, list);
	}
	return {
		keyCount,
		scan(tokens) {
			const hits = new Array<string | undefined>(keyCount);
			for (let index = 0; index < tokens.length; index++) {
				const candidates = byFirst.get(tokens[index]!);
				if (candidates === undefined) continue;
				for (const candidate of candidates) {
					if (hits[candidate.key] !== undefined) continue;
					let matched = true;
					for (let offset = 0; offset < candidate.rest.length; offset++) {
						if (tokens[index + 1 + offset] !== candidate.rest[offset]) {
							matched = false;
							break;
						}
					}
					if (matched) hits[candidate.key] = candidate.phrase;
				}
			}
			return hits;
		},
	};
}
