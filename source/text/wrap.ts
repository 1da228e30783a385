// Terminal cell widths and word wrapping, so scrolling can count lines before Ink draws them.

/** Cells a code point takes: 2 for East Asian wide and emoji, 0 for combining marks, else 1. */
export function charWidth(codePoint: number): number {
	if ((codePoint >= 0x300 && codePoint <= 0x36f) || codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) return 0;
	if (
		(codePoint >= 0x1100 && codePoint <= 0x115f) ||
		(codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
		(codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
		(codePoint >= 0xf900 && codePoint <= 0xfaff) ||
		(codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
		(codePoint >= 0xff00 && codePoint <= 0xff60) ||
		(codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
		(codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
		(codePoint >= 0x20000 && codePoint <= 0x3fffd)
	) {
		return 2;
	}
	return 1;
}

export function displayWidth(text: string): number {
	let width = 0;
	for (const character of text) width += charWidth(character.codePointAt(0)!);
	return width;
}

/** A piece of a line as drawn: its text and where it starts in the line (code points). */
export type WrappedSegment = {text: string; start: number};

/** Wraps one line (no newlines) at word boundaries, breaking words longer than the width. */
export function wrapLine(line: string, width: number): WrappedSegment[] {
	const characters = [...line];
	const limit = Math.max(1, width);
	const segments: WrappedSegment[] = [];
	let start = 0;
	while (start < characters.length) {
		let used = 0;
		let end = start;
		let lastBreak = -1;
		while (end < characters.length) {
			const cells = charWidth(characters[end]!.codePointAt(0)!);
			if (used + cells > limit) break;
			used += cells;
			if (characters[end] === ' ') lastBreak = end;
			end++;
		}
		if (end < characters.length && lastBreak > start) end = lastBreak + 1;
		segments.push({text: characters.slice(start, end).join(''), start});
		start = end;
	}
	return segments.length > 0 ? segments : [{text: '', start: 0}];
}

/** Wraps text with newlines into display lines, trimming the spaces a wrap leaves at line ends. */
export function wrapText(text: string, width: number): string[] {
	return text.split('\n').flatMap(line => wrapLine(line, width).map(segment => segment.text.replace(/ +$/, '')));
}

/** Cuts text to a width with an ellipsis, or pads it with spaces to exactly that width. */
export function fitWidth(text: string, width: number): string {
	if (width <= 0) return '';
	const total = displayWidth(text);
	if (total <= width) return text + ' '.repeat(width - total);
	let used = 0;
	let result = '';
	for (const character of text) {
		const cells = charWidth(character.codePointAt(0)!);
		if (used + cells > width - 1) break;
		used += cells;
		result += character;
	}
	return `${result}…${' '.repeat(Math.max(0, width - used - 1))}`;
}
