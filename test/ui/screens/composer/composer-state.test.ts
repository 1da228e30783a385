import {describe, expect, it} from 'vitest';
import {composerReducer} from '../../../../source/ui/screens/composer/composer-state.js';
import {bufferText} from '../../../../source/text/text-buffer.js';

describe('the composer reducer', () => {
	it('opens for a conversation, edits, and keeps the draft when reopened for the same one', () => {
		let state = composerReducer(null, {type: 'open', conversationId: '4', kind: 'reply'});
		state = composerReducer(state, {type: 'edit', edit: {type: 'insert', text: 'Hello'}});
		state = composerReducer(state, {type: 'open', conversationId: '4', kind: 'note'});
		expect(state).toMatchObject({kind: 'note', conversationId: '4'});
		expect(bufferText(state!.buffer)).toBe('Hello');
	});

	it('refuses edits while sending and keeps the text when the send fails', () => {
		let state = composerReducer(null, {type: 'open', conversationId: '4', kind: 'reply', text: 'Draft'});
		state = composerReducer(state, {type: 'sending'});
		state = composerReducer(state, {type: 'edit', edit: {type: 'insert', text: 'x'}});
		expect(bufferText(state!.buffer)).toBe('Draft');
		state = composerReducer(state, {type: 'failed', message: 'desk unavailable'});
		expect(state).toMatchObject({sending: false, error: 'desk unavailable'});
		expect(bufferText(state!.buffer)).toBe('Draft');
	});

	it('switches between reply and note, takes an editor result, and closes', () => {
		let state = composerReducer(null, {type: 'open', conversationId: '1', kind: 'reply'});
		state = composerReducer(state, {type: 'toggle-kind'});
		expect(state?.kind).toBe('note');
		state = composerReducer(state, {type: 'replace', text: 'from the editor\n'});
		expect(bufferText(state!.buffer)).toBe('from the editor\n');
		expect(composerReducer(state, {type: 'close'})).toBeNull();
		expect(composerReducer(null, {type: 'close'})).toBeNull();
	});
});
