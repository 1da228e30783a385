// The conversation pane's state: which conversation, its load, and where the thread is scrolled.
import type {Conversation} from '../../../domain/conversation.js';

export type ConversationState = {
	id: string | null;
	status: 'empty' | 'loading' | 'ready' | 'error';
	conversation: Conversation | null;
	error: string | null;
	/** The first visible thread line, or 'end' to keep the latest message in view. */
	scroll: number | 'end';
	/** Bumped per fetch; an answer for an older fetch is ignored. */
	generation: number;
};

export type ConversationAction =
	| {type: 'open'; id: string}
	| {type: 'reload'; scroll?: 'end'}
	| {type: 'loaded'; generation: number; conversation: Conversation}
	| {type: 'failed'; generation: number; message: string}
	| {type: 'scroll'; delta: number; height: number; total: number}
	| {type: 'jump'; to: 'top' | 'end'};

export const initialConversationState: ConversationState = {
	id: null,
	status: 'empty',
	conversation: null,
	error: null,
	scroll: 'end',
	generation: 0,
};

/** The first visible line for a viewport of `height` over `total` lines. */
export function threadOffset(scroll: number | 'end', height: number, total: number): number {
	const last = Math.max(0, total - height);
	return scroll === 'end' ? last : Math.max(0, Math.min(scroll, last));
}

export function conversationReducer(state: ConversationState, action: ConversationAction): ConversationState {
	switch (action.type) {
		case 'open':
			if (action.id === state.id && state.status !== 'error') return state;
			return {id: action.id, status: 'loading', conversation: null, error: null, scroll: 'end', generation: state.generation + 1};
		case 'reload':
			if (state.id === null) return state;
			return {...state, generation: state.generation + 1, scroll: action.scroll ?? state.scroll};
		case 'loaded':
			if (action.generation !== state.generation) return state;
			return {...state, status: 'ready', conversation: action.conversation, error: null};
		case 'failed':
			if (action.generation !== state.generation) return state;
			return {...state, status: 'error', error: action.message};
		case 'scroll': {
			const last = Math.max(0, action.total - action.height);
			const next = threadOffset(state.scroll, action.height, action.total) + action.delta;
			return {...state, scroll: next >= last ? 'end' : Math.max(0, next)};
		}
		case 'jump':
			return {...state, scroll: action.to === 'top' ? 0 : 'end'};
	}
}
