// The composer's text: lines and a cursor, edited by pure functions (Enter is a new line, never a send).
import {stripTerminalControls} from '../presenters/sanitize.js';

export type TextBuffer = {
	lines: string[];
	row: number;
	/** Cursor position in the line, in code points. */
	column: number;
};

export const emptyBuffer: TextBuffer = {lines: [''], row: 0, column: 0};

const chars = (line: string): string[] => [...line];

export function bufferFromText(text: string): TextBuffer {
	const lines = cleanText(text).split('\n');
	const row = lines.length - 1;
	return {lines, row, column: chars(lines[row]!).length};
}

export function bufferText(buffer: TextBuffer): string {
	return buffer.lines.join('\n');
}

export function isBlank(buffer: TextBuffer): boolean {
	return buffer.lines.every(line => line.trim() === '');
}

/** Line endings made \n, tabs made spaces, terminal escapes and control characters dropped. */
export function cleanText(text: string): string {
	return stripTerminalControls(text.replace(/\r\n?/g, '\n').replace(/\t/g, '    '));
}

export function insertText(buffer: TextBuffer, text: string): TextBuffer {
	const pieces = cleanText(text).split('\n');
	const line = chars(buffer.lines[buffer.row]!);
	const before = line.slice(0, buffer.column).join('');
	const after = line.slice(buffer.column).join('');
	const inserted = pieces.map((piece, index) => (index === 0 ? before : '') + piece);
	const lastIndex = inserted.length - 1;
	const column = chars(inserted[lastIndex]!).length;
	inserted[lastIndex] += after;
	const lines = [...buffer.lines.slice(0, buffer.row), ...inserted, ...buffer.lines.slice(buffer.row + 1)];
	return {lines, row: buffer.row + lastIndex, column};
}

export function deleteBackward(buffer: TextBuffer): TextBuffer {
	if (buffer.column > 0) {
		const line = chars(buffer.lines[buffer.row]!);
		line.splice(buffer.column - 1, 1);
		return replaceLine(buffer, line.join(''), buffer.column - 1);
	}
	if (buffer.row === 0) return buffer;
	const previous = buffer.lines[buffer.row - 1]!;
	const lines = [...buffer.lines];
	lines.splice(buffer.row - 1, 2, previous + buffer.lines[buffer.row]!);
	return {lines, row: buffer.row - 1, column: chars(previous).length};
}

export function deleteForward(buffer: TextBuffer): TextBuffer {
	const line = chars(buffer.lines[buffer.row]!);
	if (buffer.column < line.length) {
		line.splice(buffer.column, 1);
		return replaceLine(buffer, line.join(''), buffer.column);
	}
	if (buffer.row === buffer.lines.length - 1) return buffer;
	const lines = [...buffer.lines];
	lines.splice(buffer.row, 2, buffer.lines[buffer.row]! + buffer.lines[buffer.row + 1]!);
	return {...buffer, lines};
}

/** Deletes back to the start of the previous word (Ctrl+W). */
export function deleteWordBackward(buffer: TextBuffer): TextBuffer {
	if (buffer.column === 0) return deleteBackward(buffer);
	const line = chars(buffer.lines[buffer.row]!);
	let start = buffer.column;
	while (start > 0 && line[start - 1] === ' ') start--;
	while (start > 0 && line[start - 1] !== ' ') start--;
	line.splice(start, buffer.column - start);
	return replaceLine(buffer, line.join(''), start);
}

export function deleteToLineStart(buffer: TextBuffer): TextBuffer {
	const line = chars(buffer.lines[buffer.row]!);
	return replaceLine(buffer, line.slice(buffer.column).join(''), 0);
}

function replaceLine(buffer: TextBuffer, line: string, column: number): TextBuffer {
	const lines = [...buffer.lines];
	lines[buffer.row] = line;
	return {lines, row: buffer.row, column};
}

export type CursorMove = 'left' | 'right' | 'up' | 'down' | 'lineStart' | 'lineEnd';

export function moveCursor(buffer: TextBuffer, move: CursorMove): TextBuffer {
	const length = (row: number) => chars(buffer.lines[row]!).length;
	switch (move) {
		case 'left':
			if (buffer.column > 0) return {...buffer, column: buffer.column - 1};
			return buffer.row > 0 ? {...buffer, row: buffer.row - 1, column: length(buffer.row - 1)} : buffer;
		case 'right':
			if (buffer.column < length(buffer.row)) return {...buffer, column: buffer.column + 1};
			return buffer.row < buffer.lines.length - 1 ? {...buffer, row: buffer.row + 1, column: 0} : buffer;
		case 'up':
			if (buffer.row === 0) return {...buffer, column: 0};
			return {...buffer, row: buffer.row - 1, column: Math.min(buffer.column, length(buffer.row - 1))};
		case 'down':
			if (buffer.row === buffer.lines.length - 1) return {...buffer, column: length(buffer.row)};
			return {...buffer, row: buffer.row + 1, column: Math.min(buffer.column, length(buffer.row + 1))};
		case 'lineStart':
			return {...buffer, column: 0};
		case 'lineEnd':
			return {...buffer, column: length(buffer.row)};
	}
}
