// Which keyword lists apply to a customer's language: English always, plus their own when shipped.
import {english} from './english.js';
import {lexiconGroups, type Lexicon, type LexiconGroup} from './groups.js';
import {french, german, spanish} from './other-languages.js';

export const lexicons: Record<string, Lexicon> = {en: english, de: german, fr: french, es: spanish};

/** The primary subtag of a BCP 47 tag: "de-AT" -> "de". */
export function baseLanguage(tag: string): string {
	return tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** Group index and phrase for every keyword that applies to a language. */
export function lexiconEntries(language: string): Array<{group: number; phrase: string}> {
	const own = lexicons[baseLanguage(language)];
	const sources = own && own !== english ? [english, own] : [english];
	const entries: Array<{group: number; phrase: string}> = [];
	for (const source of sources) {
		lexiconGroups.forEach((group: LexiconGroup, index) => {
			for (const phrase of source[group] ?? []) entries.push({group: index, phrase});
		});
	}
	return entries;
}
