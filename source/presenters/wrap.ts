// Word-wraps text to a width (by code points), keeping the writer's own line breaks.

export function wrapText(text: string, width: number): string[] {
	const size = Math.max(10, width);
	const lines: string[] = [];
	for (const paragraph of text.split(/\r?\n/)) {
		let line = '';
		for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
			for (const piece of splitLong(word, size)) {
				if (line === '') line = piece;
				else if ([...line].length + 1 + [...piece].length <= size) line += ` ${piece}`;
				else {
					lines.push(line);
					line = piece;
				}
			}
		}
		lines.push(line);
	}
	return lines;
}

function splitLong(word: string, size: number): string[] {
	const characters = [...word];
	if (characters.length <= size) return [word];
	const pieces: string[] = [];
	for (let start = 0; start < characters.length; start += size) pieces.push(characters.slice(start, start + size).join(''));
	return pieces;
}
