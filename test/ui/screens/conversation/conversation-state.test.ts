import {describe, expect, it} from 'vitest';
import {conversationReducer, initialConversationState, threadOffset} from '../../../../source/ui/screens/conversation/conversation-state.js';
import {makeConversation} from '../../../helpers/conversations.js';

describe('the conversation reducer', () => {
	it('loads the conversation it opened and ignores older answers', () => {
		let state = conversationReducer(initialConversationState, {type: 'open', id: '7'});
		const first = state.generation;
		state = conversationReducer(state, {type: 'open', id: '8'});
		expect(conversationReducer(state, {type: 'loaded', generation: first, conversation: makeConversation({id: '7'})})).toBe(state);
		state = conversationReducer(state, {type: 'loaded', generation: state.generation, conversation: makeConversation({id: '8'})});
		expect(state).toMatchObject({status: 'ready', id: '8'});
	});

	it('opens at the latest message and scrolls within the thread', () => {
		let state = conversationReducer(initialConversationState, {type: 'open', id: '1'});
		expect(threadOffset(state.scroll, 10, 50)).toBe(40);
		state = conversationReducer(state, {type: 'scroll', delta: -15, height: 10, total: 50});
		expect(state.scroll).toBe(25);
		state = conversationReducer(state, {type: 'jump', to: 'top'});
		expect(threadOffset(state.scroll, 10, 50)).toBe(0);
		state = conversationReducer(state, {type: 'scroll', delta: 100, height: 10, total: 50});
		expect(state.scroll).toBe('end');
	});

	it('keeps the thread on reload and can follow the end after a send', () => {
		let state = conversationReducer(initialConversationState, {type: 'open', id: '1'});
		state = conversationReducer(state, {type: 'jump', to: 'top'});
		const reloaded = conversationReducer(state, {type: 'reload', scroll: 'end'});
		expect(reloaded.generation).toBe(state.generation + 1);
		expect(reloaded.scroll).toBe('end');
		expect(conversationReducer(initialConversationState, {type: 'reload'})).toBe(initialConversationState);
	});
});
