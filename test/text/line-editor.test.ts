import {describe, expect, it} from 'vitest';
import {editLine, lineEditor} from '../../source/text/line-editor.js';

describe('the one-line editor', () => {
	it('inserts at the cursor and deletes around it', () => {
		let editor = lineEditor('asign');
		editor = editLine(editor, {type: 'start'});
		editor = editLine(editor, {type: 'right'});
		editor = editLine(editor, {type: 'insert', text: 's'});
		expect(editor.value).toBe('assign');
		editor = editLine(editor, {type: 'end'});
		editor = editLine(editor, {type: 'insert', text: ' me\n'});
		expect(editor.value).toBe('assign me ');
		expect(editLine(editor, {type: 'deleteWord'}).value).toBe('assign ');
		expect(editLine(editor, {type: 'clear'}).value).toBe('');
		expect(editLine({...editor, cursor: 0}, {type: 'deleteForward'}).value).toBe('ssign me ');
	});

	it('walks the history and gives the typed line back', () => {
		let editor = lineEditor('', ['assign me', 'status pending']);
		editor = editLine(editor, {type: 'insert', text: 'ta'});
		editor = editLine(editor, {type: 'historyBack'});
		expect(editor.value).toBe('status pending');
		editor = editLine(editor, {type: 'historyBack'});
		editor = editLine(editor, {type: 'historyBack'});
		expect(editor.value).toBe('assign me');
		editor = editLine(editor, {type: 'historyForward'});
		editor = editLine(editor, {type: 'historyForward'});
		expect(editor.value).toBe('ta');
	});
});
