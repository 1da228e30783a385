// The composer's `/` list: the word being typed after a slash (at a line start or after a space) and its matches.
import type {TextBuffer} from '../text/text-buffer.js';

export type TemplateToken = {
	/** The letters after the slash. */
	query: string;
	row: number;
	/** Where the slash is in the line, in code points. */
	start: number;
	/** The same token at the same place: the list stays closed there once the agent closed it. */
	key: string;
};

export type PopupItem = {id: string; title: string; detail: string};

export type TemplatePopup = {token: TemplateToken; items: PopupItem[]; selected: number};

// "/", then letters, digits, - or _, right before the cursor; a slash inside a word (a path, a URL) is text.
const tokenPattern = /(?:^|\s)\/([\p{L}\p{N}_-]{0,40})$/u;

export function templateToken(buffer: TextBuffer): TemplateToken | null {
	const before = [...(buffer.lines[buffer.row] ?? '')].slice(0, buffer.column).join('');
	const match = tokenPattern.exec(before);
	if (!match) return null;
	const query = match[1]!;
	const start = buffer.column - [...query].length - 1;
	return {query, row: buffer.row, start, key: `${buffer.row}:${start}`};
}

/** The list to show, or null: no token, or the agent closed it on this token. */
export function templatePopup(
	buffer: TextBuffer,
	search: {selected: number; closedAt: string | null},
	lookup: (query: string) => PopupItem[],
): TemplatePopup | null {
	const token = templateToken(buffer);
	if (!token || token.key === search.closedAt) return null;
	const items = lookup(token.query);
	return {token, items, selected: Math.max(0, Math.min(search.selected, items.length - 1))};
}

/** The buffer without the token (the cursor where the slash was), so a template can take its place. */
export function withoutToken(buffer: TextBuffer, token: TemplateToken): TextBuffer {
	const line = [...buffer.lines[token.row]!];
	const length = [...token.query].length + 1;
	const lines = [...buffer.lines];
	lines[token.row] = [...line.slice(0, token.start), ...line.slice(token.start + length)].join('');
	return {lines, row: token.row, column: token.start};
}
