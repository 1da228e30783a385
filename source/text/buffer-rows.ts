// Lays a text buffer out as display rows for a width, marking the cursor, and picks the rows that fit.
import type {TextBuffer} from './text-buffer.js';
import {wrapLine} from './wrap.js';

/** A display row; when the cursor is on it, `cursor` is the character under it (a space at a line end). */
export type BufferRow = {before: string; cursor: string | null; after: string};

export function bufferRows(buffer: TextBuffer, width: number): {rows: BufferRow[]; cursorRow: number} {
	const rows: BufferRow[] = [];
	let cursorRow = 0;
	// One cell stays free so the cursor fits after the last character.
	const wrapWidth = Math.max(1, width - 1);
	buffer.lines.forEach((line, lineIndex) => {
		const characters = [...line];
		const segments = wrapLine(line, wrapWidth);
		segments.forEach((segment, segmentIndex) => {
			const segmentCharacters = [...segment.text];
			const end = segment.start + segmentCharacters.length;
			const isLast = segmentIndex === segments.length - 1;
			const holdsCursor =
				lineIndex === buffer.row && buffer.column >= segment.start && (buffer.column < end || (isLast && buffer.column === end));
			if (!holdsCursor) {
				rows.push({before: segment.text, cursor: null, after: ''});
				return;
			}
			const offset = buffer.column - segment.start;
			cursorRow = rows.length;
			rows.push({
				before: segmentCharacters.slice(0, offset).join(''),
				cursor: characters[buffer.column] ?? ' ',
				after: segmentCharacters.slice(offset + 1).join(''),
			});
		});
	});
	return {rows, cursorRow};
}

/** The rows that fit a height, scrolled so the cursor row is visible (closest to the bottom). */
export function visibleBufferRows(layout: {rows: BufferRow[]; cursorRow: number}, height: number): BufferRow[] {
	if (layout.rows.length <= height) return layout.rows;
	const start = Math.max(0, Math.min(layout.cursorRow - height + 1, layout.rows.length - height));
	return layout.rows.slice(start, start + height);
}
