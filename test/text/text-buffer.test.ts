import {describe, expect, it} from 'vitest';
import {
	bufferFromText,
	bufferText,
	deleteBackward,
	deleteForward,
	deleteToLineStart,
	deleteWordBackward,
	emptyBuffer,
	insertText,
	isBlank,
	moveCursor,
} from '../../source/text/text-buffer.js';
import {bufferRows, visibleBufferRows} from '../../source/text/buffer-rows.js';

describe('the composer text buffer', () => {
	it('types, breaks lines and joins them again', () => {
		let buffer = insertText(emptyBuffer, 'Hi Ada,');
		buffer = insertText(buffer, '\n');
		buffer = insertText(buffer, 'thanks!');
		expect(bufferText(buffer)).toBe('Hi Ada,\nthanks!');
		expect(buffer).toMatchObject({row: 1, column: 7});
		buffer = moveCursor(buffer, 'lineStart');
		buffer = deleteBackward(buffer);
		expect(bufferText(buffer)).toBe('Hi Ada,thanks!');
		expect(buffer).toMatchObject({row: 0, column: 7});
	});

	it('inserts pasted multi-line text at the cursor and keeps what followed', () => {
		let buffer = bufferFromText('Dear X, bye');
		buffer = {...buffer, column: 8};
		buffer = insertText(buffer, 'one\r\ntwo\nthree ');
		expect(bufferText(buffer)).toBe('Dear X, one\ntwo\nthree bye');
		expect(buffer).toMatchObject({row: 2, column: 6});
	});

	it('drops terminal escapes and turns tabs into spaces', () => {
		expect(bufferText(insertText(emptyBuffer, 'a\u001B[31mred\u0007\tb'))).toBe('ared    b');
	});

	it('deletes forward across a line end, words and to the line start', () => {
		let buffer = bufferFromText('ab\ncd');
		buffer = {...buffer, row: 0, column: 2};
		expect(bufferText(deleteForward(buffer))).toBe('abcd');
		const words = bufferFromText('refund the order  ');
		expect(bufferText(deleteWordBackward(words))).toBe('refund the ');
		expect(bufferText(deleteToLineStart({...words, column: 7}))).toBe('the order  ');
	});

	it('moves the cursor without leaving the text', () => {
		const buffer = bufferFromText('long line\nab');
		expect(moveCursor({...buffer, row: 0, column: 9}, 'down')).toMatchObject({row: 1, column: 2});
		expect(moveCursor({...buffer, row: 1, column: 0}, 'left')).toMatchObject({row: 0, column: 9});
		expect(moveCursor({...buffer, row: 0, column: 9}, 'right')).toMatchObject({row: 1, column: 0});
		expect(moveCursor({...buffer, row: 0, column: 3}, 'up')).toMatchObject({row: 0, column: 0});
		expect(moveCursor(buffer, 'down')).toMatchObject({row: 1, column: 2});
	});

	it('knows a buffer of spaces and empty lines is blank', () => {
		expect(isBlank(bufferFromText('  \n \n'))).toBe(true);
		expect(isBlank(bufferFromText('\nx'))).toBe(false);
	});
});

describe('buffer rows', () => {
	it('wraps long lines and marks the cursor', () => {
		const buffer = {...bufferFromText('hello brave new world'), column: 6};
		const layout = bufferRows(buffer, 12);
		expect(layout.rows.map(row => row.before + (row.cursor ?? '') + row.after)).toEqual(['hello ', 'brave new ', 'world']);
		expect(layout.cursorRow).toBe(1);
		expect(layout.rows[1]).toEqual({before: '', cursor: 'b', after: 'rave new '});
	});

	it('puts a cursor cell after the last character', () => {
		const layout = bufferRows(bufferFromText('ok'), 20);
		expect(layout.rows).toEqual([{before: 'ok', cursor: ' ', after: ''}]);
	});

	it('shows the rows around the cursor when the text is taller than the box', () => {
		const buffer = bufferFromText('1\n2\n3\n4\n5');
		const rows = visibleBufferRows(bufferRows({...buffer, row: 1, column: 0}, 10), 2);
		expect(rows.map(row => row.before + (row.cursor ?? '') + row.after)).toEqual(['1', '2']);
		const end = visibleBufferRows(bufferRows(buffer, 10), 2);
		expect(end.map(row => row.before + (row.cursor ?? '') + row.after)).toEqual(['4', '5 ']);
	});
});
