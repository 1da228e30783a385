import {describe, expect, it} from 'vitest';
import {placeholderValues} from '../../source/templates/placeholder-values.js';
import type {Template} from '../../source/templates/template.js';
import {templateInsertion} from '../../source/operations/insert-template.js';
import {templatePopup, templateToken} from '../../source/templates/template-popup.js';
import {composerReducer, type ComposerState} from '../../source/ui/screens/composer/composer-state.js';
import {bufferFromText, bufferText, type TextBuffer} from '../../source/text/text-buffer.js';
import {bufferAt, bufferOffset} from '../../source/text/text-offset.js';
import {makeCustomer, testAgents} from '../helpers/conversations.js';

const refund: Template = {
	id: 'refund',
	title: 'Refund approved',
	tags: [],
	shortcut: 'refund',
	language: 'en',
	channels: [],
	visibility: 'team',
	actions: {status: 'pending'},
	humanOnly: false,
	body: 'Hi {{customer.first_name | there}},\n\nI refunded {{amount}} on {{date}}.\n\n{{agent.first_name}}',
	source: null,
};
const values = placeholderValues({customer: makeCustomer({name: 'Ada Lovelace'}), agent: testAgents[0]!, conversation: {id: '1', subject: 's', channel: 'email'}});

const at = (text: string, row: number, column: number): TextBuffer => ({...bufferFromText(text), row, column});

describe('the / token', () => {
	it('is a slash at a line start or after a space, with the letters before the cursor', () => {
		expect(templateToken(at('/ref', 0, 4))).toEqual({query: 'ref', row: 0, start: 0, key: '0:0'});
		expect(templateToken(at('Thanks /re and more', 0, 10))).toMatchObject({query: 're', start: 7});
		expect(templateToken(at('see http://x.com/ref', 0, 20))).toBeNull();
		expect(templateToken(at('/ref more', 0, 9))).toBeNull();
		expect(templateToken(at('a\n/', 1, 1))).toMatchObject({query: '', row: 1, start: 0, key: '1:0'});
	});

	it('shows the list until the agent closes it on that token', () => {
		const lookup = (query: string) => (query === 'ref' ? [{id: 'refund', title: 'Refund approved', detail: ''}] : []);
		const open = templatePopup(at('/ref', 0, 4), {selected: 5, closedAt: null}, lookup);
		expect(open).toMatchObject({items: [{id: 'refund'}], selected: 0});
		expect(templatePopup(at('/ref', 0, 4), {selected: 0, closedAt: '0:0'}, lookup)).toBeNull();
		expect(templatePopup(at('/xyz', 0, 4), {selected: 0, closedAt: null}, lookup)).toMatchObject({items: []});
	});
});

describe('inserting a template into the draft', () => {
	it('replaces the token, fills what it can, starts on the first empty field, and keeps the text around', () => {
		const buffer = at('Thanks for waiting.\n\n/ref\nP.S. more', 2, 4);
		const insertion = templateInsertion(buffer, templateToken(buffer), refund, values);
		expect(insertion.text).toBe('Thanks for waiting.\n\nHi Ada,\n\nI refunded {{amount}} on {{date}}.\n\nDana\nP.S. more');
		expect(insertion.text.slice(insertion.session!.fields[insertion.session!.current]!.start, insertion.cursor)).toBe('{{amount}}');
		expect(insertion.inserted).toMatchObject({id: 'refund', text: 'Hi Ada,\n\nI refunded {{amount}} on {{date}}.\n\nDana', actions: {status: 'pending'}});
		expect(insertion.text.slice(0, insertion.end).endsWith('Dana')).toBe(true);
	});

	it('fills the fields through the prompts, Tab and Shift+Tab moving between them, then puts the cursor after the template', () => {
		const buffer = at('/ref\nBye', 0, 4);
		let state: ComposerState | null = composerReducer(null, {type: 'open', conversationId: '1', kind: 'reply'});
		state = composerReducer(state, {type: 'replace', text: bufferText(buffer)});
		state = {...state!, buffer};
		state = composerReducer(state, {type: 'insert-template', insertion: templateInsertion(buffer, templateToken(buffer), refund, values)});
		for (const text of ['€', '20']) state = composerReducer(state, {type: 'fill', event: {type: 'type', text}});
		state = composerReducer(state, {type: 'fill', event: {type: 'next'}});
		state = composerReducer(state, {type: 'fill', event: {type: 'type', text: 'Monday'}});
		state = composerReducer(state, {type: 'fill', event: {type: 'previous'}});
		expect(state!.fill?.value).toBe('€20');
		state = composerReducer(state, {type: 'fill', event: {type: 'backspace'}});
		state = composerReducer(state, {type: 'fill', event: {type: 'clear'}});
		expect(bufferText(state!.buffer)).toContain('I refunded {{amount}} on Monday.');
		// Enter on an empty field keeps asking for it.
		state = composerReducer(state, {type: 'fill', event: {type: 'accept'}});
		expect(state!.fill?.session.fields[state!.fill.session.current]?.name).toBe('amount');
		state = composerReducer(state, {type: 'fill', event: {type: 'type', text: '€2'}});
		state = composerReducer(state, {type: 'fill', event: {type: 'accept'}});
		expect(state!.fill).toBeNull();
		expect(bufferText(state!.buffer)).toBe('Hi Ada,\n\nI refunded €2 on Monday.\n\nDana\nBye');
		expect(bufferOffset(state!.buffer)).toBe(bufferText(state!.buffer).indexOf('\nBye'));
		expect(state!.inserted.map(template => template.id)).toEqual(['refund']);
	});

	it('ends the prompts when the text is edited by hand, and closes the list on its token', () => {
		let state = composerReducer(null, {type: 'open', conversationId: '1', kind: 'reply'});
		const buffer = at('/ref', 0, 4);
		state = composerReducer({...state!, buffer}, {type: 'insert-template', insertion: templateInsertion(buffer, templateToken(buffer), refund, values)});
		expect(state!.fill).not.toBeNull();
		state = composerReducer(state, {type: 'edit', edit: {type: 'move', move: 'lineEnd'}});
		expect(state!.fill).toBeNull();
		state = composerReducer(state, {type: 'search-close', key: '3:0'});
		expect(state!.search).toEqual({selected: 0, closedAt: '3:0'});
		state = composerReducer(state, {type: 'search-move', delta: -1, count: 4});
		expect(state!.search.selected).toBe(3);
	});
});

describe('cursor offsets', () => {
	it('go from a buffer to the flat text and back, counting wide characters as the text does', () => {
		const buffer = at('héllo\n😀 wörld\nend', 1, 2);
		const offset = bufferOffset(buffer);
		expect('héllo\n😀 wörld\nend'.slice(offset)).toBe('wörld\nend');
		expect(bufferAt('héllo\n😀 wörld\nend', offset)).toEqual(buffer);
		expect(bufferAt('ab\ncd', 99)).toEqual({lines: ['ab', 'cd'], row: 1, column: 2});
	});
});
