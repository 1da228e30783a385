import {describe, expect, it} from 'vitest';
import {chosenItem, hotkeyItem, pickerReducer, pickerState, visibleChoices} from '../../../source/ui/components/picker/picker-state.js';

const agents = [
	{id: 'me', label: 'me (Dana Whitfield)'},
	{id: 'none', label: 'nobody'},
	{id: 'a2', label: 'Omar Haddad', detail: 'Technical Support'},
	{id: 'team:billing', label: 'team: Billing'},
];

describe('the picker', () => {
	it('filters long lists by word starts as the person types', () => {
		let state = pickerState('Assign to', agents, {filterable: true});
		state = pickerReducer(state, {type: 'type', text: 'tech'});
		expect(visibleChoices(state).map(item => item.id)).toEqual(['a2']);
		state = pickerReducer(state, {type: 'backspace'});
		state = pickerReducer(state, {type: 'backspace'});
		state = pickerReducer(state, {type: 'backspace'});
		state = pickerReducer(state, {type: 'backspace'});
		expect(visibleChoices(state)).toHaveLength(4);
		state = pickerReducer(state, {type: 'type', text: 'bill'});
		expect(chosenItem(state)?.id).toBe('team:billing');
	});

	it('wraps around when moving and starts on the current value', () => {
		let state = pickerState('Priority', [{id: 'urgent', label: 'urgent', hotkey: 'u'}, {id: 'high', label: 'high', hotkey: 'h'}], {selectedId: 'high'});
		expect(chosenItem(state)?.id).toBe('high');
		state = pickerReducer(state, {type: 'move', delta: 1});
		expect(chosenItem(state)?.id).toBe('urgent');
		expect(hotkeyItem(state, 'h')?.id).toBe('high');
		expect(pickerReducer(state, {type: 'type', text: 'x'})).toBe(state);
	});

	it('offers no hotkeys in a filterable list', () => {
		expect(hotkeyItem(pickerState('x', [{id: 'a', label: 'a', hotkey: 'a'}], {filterable: true}), 'a')).toBeUndefined();
	});
});
