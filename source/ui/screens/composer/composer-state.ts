// The composer's state: a reply or an internal note being written for one conversation, and its sending.
import {
	bufferFromText,
	deleteBackward,
	deleteForward,
	deleteToLineStart,
	deleteWordBackward,
	emptyBuffer,
	insertText,
	moveCursor,
	type CursorMove,
	type TextBuffer,
} from '../../text/text-buffer.js';

export type ComposerKind = 'reply' | 'note';

export type ComposerState = {
	conversationId: string;
	kind: ComposerKind;
	buffer: TextBuffer;
	sending: boolean;
	error: string | null;
};

export type BufferEdit =
	| {type: 'insert'; text: string}
	| {type: 'deleteBack'}
	| {type: 'deleteForward'}
	| {type: 'deleteWord'}
	| {type: 'deleteToStart'}
	| {type: 'move'; move: CursorMove};

export type ComposerAction =
	| {type: 'open'; conversationId: string; kind: ComposerKind; text?: string}
	| {type: 'edit'; edit: BufferEdit}
	| {type: 'replace'; text: string; kind?: ComposerKind}
	| {type: 'toggle-kind'}
	| {type: 'sending'}
	| {type: 'failed'; message: string}
	| {type: 'close'};

export function applyEdit(buffer: TextBuffer, edit: BufferEdit): TextBuffer {
	switch (edit.type) {
		case 'insert':
			return insertText(buffer, edit.text);
		case 'deleteBack':
			return deleteBackward(buffer);
		case 'deleteForward':
			return deleteForward(buffer);
		case 'deleteWord':
			return deleteWordBackward(buffer);
		case 'deleteToStart':
			return deleteToLineStart(buffer);
		case 'move':
			return moveCursor(buffer, edit.move);
	}
}

/** Null while no composer is open. */
export function composerReducer(state: ComposerState | null, action: ComposerAction): ComposerState | null {
	if (action.type === 'open') {
		if (state && state.conversationId === action.conversationId) return {...state, kind: action.kind};
		return {conversationId: action.conversationId, kind: action.kind, buffer: action.text ? bufferFromText(action.text) : emptyBuffer, sending: false, error: null};
	}
	if (state === null) return null;
	switch (action.type) {
		case 'edit':
			return state.sending ? state : {...state, buffer: applyEdit(state.buffer, action.edit), error: null};
		case 'replace':
			return {...state, buffer: bufferFromText(action.text), kind: action.kind ?? state.kind, error: null};
		case 'toggle-kind':
			return state.sending ? state : {...state, kind: state.kind === 'reply' ? 'note' : 'reply'};
		case 'sending':
			return {...state, sending: true, error: null};
		case 'failed':
			return {...state, sending: false, error: action.message};
		case 'close':
			return null;
	}
}
