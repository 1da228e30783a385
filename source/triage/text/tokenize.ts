// One pass over the text: lowercase word tokens (letters, digits, inner apostrophes) in any script.

const nonWord = /[^\p{L}\p{N}'\u2019]+/u;
// Most messages are plain ASCII; the narrower class splits them about twice as fast.
const nonAscii = /[^\u0000-\u007F]/;
const nonAsciiWord = /[^a-z0-9']+/;

/** Apostrophes (' and ’) stay inside a word ("don't") and never start or end one. */
export function tokenize(text: string): string[] {
	const lower = text.toLowerCase();
	const tokens = lower.split(nonAscii.test(lower) ? nonWord : nonAsciiWord);
	// The separators are runs, so only the ends can be empty.
	if (tokens.length > 0 && tokens[0] === '') tokens.shift();
	if (tokens.length > 0 && tokens.at(-1) === '') tokens.pop();
	if (!lower.includes("'") && !lower.includes('\u2019')) return tokens;
	const result: string[] = [];
	for (const token of tokens) {
		// Quotes around a word are not part of it.
		const clean = token.replaceAll('\u2019', "'").replace(/^'+|'+$/g, '');
		if (clean !== '') result.push(clean);
	}
	return result;
}
