// One pass over the text: lowercase word tokens (letters, digits, inner apostrophes) in any script.

const nonWord = /[^\p{L}\p{N}'\u2019]+/u;

/** Apostrophes (' and ’) stay inside a word ("don't") and never start or end one. */
export function tokenize(text: string): string[] {
	const lower = text.toLowerCase();
	const parts = lower.split(nonWord);
	const curly = lower.includes('\u2019');
	const tokens: string[] = [];
	for (let part of parts) {
		if (part === '') continue;
		if (curly) part = part.replaceAll('\u2019', "'");
		// Quotes around a word are not part of it; only then is the slower trim needed.
		if (part.charCodeAt(0) === 39 || part.charCodeAt(part.length - 1) === 39) {
			part = part.replace(/^'+|'+$/g, '');
			if (part === '') continue;
		}
		tokens.push(part);
	}
	return tokens;
}
