// What a person types in the search box → safe FTS5 phrases or LIKE patterns (pure).

const maxWords = 8;

/**
 * One FTS5 phrase per whitespace-separated word, its last token a prefix: "ana@example.com" →
 * `"ana example com"*`. Only letters and digits reach FTS5, so no input can break its syntax.
 */
export function searchTerms(input: string): string[] {
	return words(input)
		.map(word => word.match(/[\p{L}\p{N}]+/gu) ?? [])
		.filter(tokens => tokens.length > 0)
		.map(tokens => `"${tokens.join(' ')}"*`);
}

/** One case-insensitive LIKE pattern per word, with % and _ escaped. */
export function likeTerms(input: string): string[] {
	return words(input).map(word => `%${word.replace(/[\\%_]/g, character => `\\${character}`)}%`);
}

function words(input: string): string[] {
	return input.trim().split(/\s+/).filter(Boolean).slice(0, maxWords);
}
