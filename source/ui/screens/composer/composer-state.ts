// The composer's state: a reply or an internal note being written for one conversation, the templates put into it,
// the `/` list and the field prompts, and its sending.
import type {ConversationBaseline} from '../../../domain/conversation-changes.js';
import type {InsertedTemplate} from '../../../operations/template-use.js';
import type {TemplateInsertion} from '../../../operations/insert-template.js';
import {bufferAt} from '../../../text/text-offset.js';
import {fillReducer, startFill, type FillEvent, type FillState} from './fill-state.js';
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
} from '../../../text/text-buffer.js';

export type ComposerKind = 'reply' | 'note';

export type ComposerState = {
	conversationId: string;
	kind: ComposerKind;
	buffer: TextBuffer;
	sending: boolean;
	error: string | null;
	/** Templates inserted into this draft, in order: their actions go with the reply, their use is recorded. */
	inserted: InsertedTemplate[];
	/** Prompts for template fields; null while the text is edited freely. */
	fill: FillState | null;
	/** The `/` list: the highlighted template, and the token the agent closed it on (it stays closed there). */
	search: {selected: number; closedAt: string | null};
	/** The conversation as the agent saw it when the composer opened: the collision guard compares with it. */
	baseline: ConversationBaseline | null;
	/** What changed since then (who, when, first line), shown while the agent decides whether to send anyway. */
	changes: string[] | null;
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
	| {type: 'replace'; text: string; kind?: ComposerKind; inserted?: InsertedTemplate[]}
	| {type: 'insert-template'; insertion: TemplateInsertion}
	| {type: 'fill'; event: FillEvent}
	| {type: 'start-fill'; session: TemplateInsertion['session']}
	| {type: 'search-move'; delta: number; count: number}
	| {type: 'search-close'; key: string}
	| {type: 'toggle-kind'}
	| {type: 'baseline'; baseline: ConversationBaseline}
	| {type: 'changed'; changes: string[]; baseline: ConversationBaseline}
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
		return {
			conversationId: action.conversationId,
			kind: action.kind,
			buffer: action.text ? bufferFromText(action.text) : emptyBuffer,
			sending: false,
			error: null,
			inserted: [],
			fill: null,
			search: {selected: 0, closedAt: null},
			baseline: null,
			changes: null,
		};
	}
	if (state === null) return null;
	if (state.sending && action.type !== 'sending' && action.type !== 'failed' && action.type !== 'changed' && action.type !== 'close') return state;
	switch (action.type) {
		case 'edit':
			// Editing the text by hand ends the field prompts (their positions would no longer hold).
			return {...state, buffer: applyEdit(state.buffer, action.edit), error: null, fill: null, search: {...state.search, selected: 0}};
		case 'replace':
			return {...state, buffer: bufferFromText(action.text), kind: action.kind ?? state.kind, error: null, fill: null, inserted: action.inserted ?? state.inserted};
		case 'insert-template': {
			const {insertion} = action;
			const fill = insertion.session ? startFill(insertion.session, insertion.text.length - insertion.end) : null;
			return {
				...state,
				buffer: bufferAt(insertion.text, insertion.cursor),
				inserted: [...state.inserted, insertion.inserted],
				fill,
				error: null,
				search: {selected: 0, closedAt: null},
			};
		}
		case 'start-fill': {
			const fill = action.session ? startFill(action.session, 0) : null;
			if (!fill) return state;
			const field = fill.session.fields[fill.session.current]!;
			return {...state, fill, buffer: bufferAt(fill.session.text, field.end)};
		}
		case 'fill': {
			if (!state.fill) return state;
			const next = fillReducer(state.fill, action.event);
			return {...state, fill: next.fill, buffer: bufferAt((next.fill ?? state.fill).session.text, next.cursor), error: null};
		}
		case 'search-move':
			return action.count === 0 ? state : {...state, search: {...state.search, selected: (state.search.selected + action.delta + action.count) % action.count}};
		case 'search-close':
			return {...state, search: {selected: 0, closedAt: action.key}};
		case 'toggle-kind':
			return {...state, kind: state.kind === 'reply' ? 'note' : 'reply'};
		case 'baseline':
			// The first sight counts: later reloads (live updates) must not hide what changed since.
			return state.baseline === null ? {...state, baseline: action.baseline} : state;
		case 'changed':
			// Asking once per change: the next send compares with what the agent has now been shown.
			return {...state, sending: false, changes: action.changes, baseline: action.baseline};
		case 'sending':
			return {...state, sending: true, error: null};
		case 'failed':
			return {...state, sending: false, error: action.message};
		case 'close':
			return null;
	}
}
