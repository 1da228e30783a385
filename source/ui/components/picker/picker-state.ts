// A list to choose from (assignee, status, priority, filters): a short one answers to letters, a long one to typing.

export type PickerItem = {
	id: string;
	label: string;
	/** A second column, e.g. an agent's team or what a status means. */
	detail?: string;
	/** One key that chooses this item at once (short pickers only). */
	hotkey?: string;
};

export type PickerState = {
	title: string;
	items: readonly PickerItem[];
	/** Long lists filter as the person types; short ones use hotkeys instead. */
	filterable: boolean;
	filter: string;
	selected: number;
};

export function pickerState(title: string, items: readonly PickerItem[], options: {filterable?: boolean; selectedId?: string | null} = {}): PickerState {
	const selected = Math.max(0, items.findIndex(item => item.id === options.selectedId));
	return {title, items, filterable: options.filterable ?? false, filter: '', selected};
}

/** Items matching the filter: every word typed must start a word of the label or the detail. */
export function visibleChoices(state: PickerState): readonly PickerItem[] {
	const words = state.filter.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return state.items;
	return state.items.filter(item => {
		const haystack = `${item.label} ${item.detail ?? ''}`.toLowerCase().split(/[\s:()@.,-]+/).filter(Boolean);
		return words.every(word => haystack.some(part => part.startsWith(word)));
	});
}

export type PickerEvent = {type: 'move'; delta: number} | {type: 'type'; text: string} | {type: 'backspace'};

export function pickerReducer(state: PickerState, event: PickerEvent): PickerState {
	switch (event.type) {
		case 'move': {
			const count = visibleChoices(state).length;
			if (count === 0) return state;
			return {...state, selected: (state.selected + event.delta + count) % count};
		}
		case 'type':
			return state.filterable ? {...state, filter: state.filter + event.text.replace(/[\r\n\t]/g, ''), selected: 0} : state;
		case 'backspace':
			return state.filterable ? {...state, filter: [...state.filter].slice(0, -1).join(''), selected: 0} : state;
	}
}

export function chosenItem(state: PickerState): PickerItem | undefined {
	return visibleChoices(state)[state.selected];
}

/** The item whose hotkey this is, in a short picker. */
export function hotkeyItem(state: PickerState, input: string): PickerItem | undefined {
	if (state.filterable || input === '') return undefined;
	return state.items.find(item => item.hotkey === input);
}
