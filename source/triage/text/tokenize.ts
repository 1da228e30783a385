// One pass over the text: lowercase word tokens (letters, digits, inner apostrophes) in any script.

const nonWord = /[^\p{L}\p{N}']+/u;
const curlyApostrophe = /[\u2019\u02BC]/g;

export function tokenize(text: string): string[] {
	const tokens = text.toLowerCase().replace(curlyApostrophe, "'").split(nonWord);
	const result: string[] = [];
	for (const token of tokens) {
		if (token === '') continue;
		// Quotes around a word are not part of it; "don't" keeps its apostrophe.
		const trimmed = token.charCodeAt(0) === 39 || token.charCodeAt(token.length - 1) === 39 ? token.replace(/^'+|'+$/g, '') : token;
		if (trimmed !== '') result.push(trimmed);
	}
	return result;
}
