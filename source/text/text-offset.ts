// The composer's cursor as an offset into the whole text and back: template insertion and fields work on flat text.
import type {TextBuffer} from './text-buffer.js';

/** The cursor as a UTF-16 offset into the lines joined by \n. */
export function bufferOffset(buffer: TextBuffer): number {
	let offset = 0;
	for (let row = 0; row < buffer.row; row++) offset += buffer.lines[row]!.length + 1;
	return offset + [...buffer.lines[buffer.row]!].slice(0, buffer.column).join('').length;
}

/** Clean text (see cleanText) as a buffer with the cursor at a UTF-16 offset (clamped to the text). */
export function bufferAt(text: string, offset: number): TextBuffer {
	const lines = text.split('\n');
	let rest = Math.max(0, Math.min(text.length, offset));
	let row = 0;
	while (row < lines.length - 1 && rest > lines[row]!.length) {
		rest -= lines[row]!.length + 1;
		row++;
	}
	const line = lines[row]!;
	return {lines, row, column: [...line.slice(0, Math.min(rest, line.length))].length};
}
