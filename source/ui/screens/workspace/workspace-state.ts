// The workspace's own state: which pane has the keyboard, the overlay on top, and the last notice.
import type {Tone} from '../../../presenters/queue-columns.js';
import {pickerReducer, type PickerEvent, type PickerState} from '../../components/picker/picker-state.js';
import {editLine, type LineEdit, type LineEditor} from '../../../text/line-editor.js';
import type {Pane} from './layout.js';

export type PromptPurpose = 'search' | 'command' | 'tags' | 'snooze';
export type PickerPurpose = 'assign' | 'status' | 'priority' | 'status-filter' | 'team-filter' | 'triage-filter';
export type ConfirmPurpose = 'discard-draft' | 'send-anyway';

export type Overlay =
	| {type: 'none'}
	| {type: 'help'; scroll: number}
	| {type: 'prompt'; purpose: PromptPurpose; label: string; editor: LineEditor}
	| {type: 'picker'; purpose: PickerPurpose; picker: PickerState}
	| {type: 'confirm'; purpose: ConfirmPurpose; question: string};

export type Notice = {text: string; tone: Tone};

export type WorkspaceState = {
	focus: Pane;
	overlay: Overlay;
	notice: Notice | null;
	/** What is being done right now ("Sending reply…"), shown until it finishes. */
	busy: string | null;
	history: Record<'search' | 'command', string[]>;
	/** The triage panel with every signal, above the thread (`e`). */
	triageDetails: boolean;
};

export type WorkspaceAction =
	| {type: 'focus'; pane: Pane}
	| {type: 'open-overlay'; overlay: Overlay}
	| {type: 'close-overlay'}
	| {type: 'edit-prompt'; edit: LineEdit}
	| {type: 'picker'; event: PickerEvent}
	| {type: 'scroll-help'; delta: number; max: number}
	| {type: 'notice'; notice: Notice | null}
	| {type: 'busy'; text: string | null}
	| {type: 'toggle-triage-details'}
	| {type: 'remember'; purpose: 'search' | 'command'; entry: string};

export const initialWorkspaceState: WorkspaceState = {
	focus: 'queue',
	overlay: {type: 'none'},
	notice: null,
	busy: null,
	history: {search: [], command: []},
	triageDetails: false,
};

const historyLimit = 50;

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
	switch (action.type) {
		case 'focus':
			return {...state, focus: action.pane};
		case 'open-overlay':
			return {...state, overlay: action.overlay, notice: null};
		case 'close-overlay':
			return {...state, overlay: {type: 'none'}};
		case 'edit-prompt':
			if (state.overlay.type !== 'prompt') return state;
			return {...state, overlay: {...state.overlay, editor: editLine(state.overlay.editor, action.edit)}};
		case 'picker':
			if (state.overlay.type !== 'picker') return state;
			return {...state, overlay: {...state.overlay, picker: pickerReducer(state.overlay.picker, action.event)}};
		case 'scroll-help':
			if (state.overlay.type !== 'help') return state;
			return {...state, overlay: {...state.overlay, scroll: Math.max(0, Math.min(action.max, state.overlay.scroll + action.delta))}};
		case 'notice':
			return {...state, notice: action.notice};
		case 'busy':
			return {...state, busy: action.text};
		case 'toggle-triage-details':
			return {...state, triageDetails: !state.triageDetails};
		case 'remember': {
			const entry = action.entry.trim();
			if (entry === '') return state;
			const previous = state.history[action.purpose].filter(each => each !== entry);
			return {...state, history: {...state.history, [action.purpose]: [...previous, entry].slice(-historyLimit)}};
		}
	}
}
