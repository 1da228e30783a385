// Words as the ranking sees them: Unicode letters and digits, lower case, negations spelled out.

const wordPattern = /[\p{L}\p{N}]+/gu;
const placeholderPattern = /\{\{[^}]*\}\}/g;

/** Lower-cased words; "doesn't" becomes "does not" so a negation matches a template's "not". */
export function words(text: string): string[] {
	const lower = text.normalize('NFKC').toLowerCase();
	// Most messages have no apostrophe and no "...nt": skip the rewriting for them.
	if (!/['\u2018\u2019\u02bc]|nt\b/.test(lower)) return lower.match(wordPattern) ?? [];
	const spelled = lower
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.replace(/\bwon'?t\b/g, 'will not')
		.replace(/\bcan'?t\b/g, 'can not')
		.replace(/n't\b/g, ' not')
		.replace(/\b(do|does|did|is|was|are|were|has|have|had|could|would|should)nt\b/g, '$1 not')
		.replace(/'/g, '');
	return spelled.match(wordPattern) ?? [];
}

/** A template body without its {{placeholders}}: they are not what the customer writes about. */
export function stripPlaceholders(body: string): string {
	return body.replace(placeholderPattern, ' ');
}

/** Light suffix stripping: plural and verb endings, so "refunds" and "refunded" meet "refund". */
export function stem(word: string): string {
	if (word.length <= 3) return word;
	if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
	if (word.endsWith('sses')) return word.slice(0, -2);
	if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
	if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
	return word;
}

// Five letters keep a word's root and let "activation", "activate" and "activating" meet.
const matchKeyLength = 5;

/** The key two words must share to match in the lexical model: the stem's first letters. */
export function matchKey(word: string): string {
	const stemmed = stem(word);
	return stemmed.length > matchKeyLength ? stemmed.slice(0, matchKeyLength) : stemmed;
}

/** Character n-grams of each word padded with spaces, so word starts and ends count. */
export function charGrams(tokens: readonly string[], min: number, max: number): string[] {
	const grams: string[] = [];
	for (const token of tokens) {
		const padded = ` ${token} `;
		for (let size = min; size <= max; size++) {
			for (let start = 0; start + size <= padded.length; start++) grams.push(padded.slice(start, start + size));
		}
	}
	return grams;
}
