// A one-line text field (search, command line, tags, wake time): value, cursor and history, edited purely.
import {stripTerminalControls} from '../presenters/sanitize.js';

export type LineEditor = {
	value: string;
	/** Cursor in code points. */
	cursor: number;
	history: readonly string[];
	/** Position while walking the history; history.length means the line being typed. */
	historyIndex: number;
	/** What was typed before walking the history, given back when walking past the newest entry. */
	draft: string;
};

export function lineEditor(value = '', history: readonly string[] = []): LineEditor {
	return {value, cursor: [...value].length, history, historyIndex: history.length, draft: value};
}

export type LineEdit =
	| {type: 'insert'; text: string}
	| {type: 'deleteBack'}
	| {type: 'deleteForward'}
	| {type: 'deleteWord'}
	| {type: 'clear'}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'start'}
	| {type: 'end'}
	| {type: 'historyBack'}
	| {type: 'historyForward'}
	| {type: 'set'; value: string};

export function editLine(editor: LineEditor, edit: LineEdit): LineEditor {
	const characters = [...editor.value];
	const at = (value: string, cursor: number): LineEditor => ({...editor, value, cursor, draft: value, historyIndex: editor.history.length});
	switch (edit.type) {
		case 'insert': {
			const text = [...stripTerminalControls(edit.text.replace(/[\r\n\t]+/g, ' '))];
			characters.splice(editor.cursor, 0, ...text);
			return at(characters.join(''), editor.cursor + text.length);
		}
		case 'deleteBack':
			if (editor.cursor === 0) return editor;
			characters.splice(editor.cursor - 1, 1);
			return at(characters.join(''), editor.cursor - 1);
		case 'deleteForward':
			if (editor.cursor >= characters.length) return editor;
			characters.splice(editor.cursor, 1);
			return at(characters.join(''), editor.cursor);
		case 'deleteWord': {
			let start = editor.cursor;
			while (start > 0 && characters[start - 1] === ' ') start--;
			while (start > 0 && characters[start - 1] !== ' ') start--;
			characters.splice(start, editor.cursor - start);
			return at(characters.join(''), start);
		}
		case 'clear':
			return at('', 0);
		case 'set':
			return at(edit.value, [...edit.value].length);
		case 'left':
			return {...editor, cursor: Math.max(0, editor.cursor - 1)};
		case 'right':
			return {...editor, cursor: Math.min(characters.length, editor.cursor + 1)};
		case 'start':
			return {...editor, cursor: 0};
		case 'end':
			return {...editor, cursor: characters.length};
		case 'historyBack':
			return walkHistory(editor, editor.historyIndex - 1);
		case 'historyForward':
			return walkHistory(editor, editor.historyIndex + 1);
	}
}

function walkHistory(editor: LineEditor, index: number): LineEditor {
	if (index < 0 || index > editor.history.length) return editor;
	const value = index === editor.history.length ? editor.draft : editor.history[index]!;
	return {...editor, value, cursor: [...value].length, historyIndex: index};
}
