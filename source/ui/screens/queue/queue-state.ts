// The queue pane's state: every summary in memory, the selection (kept by id across reloads), the window.
import type {ConversationSummary} from '../../../domain/conversation.js';
import {defaultFilters, type QueueFilters} from './queue-filters.js';
import {scrollOffset, visibleRange} from './queue-window.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

/** An order and a filter the console applies over the back end's list (triage sort and filters). */
export type LocalView = {
	/** Higher first; rows without a rank follow in the back end's order. */
	rank: ReadonlyMap<string, number> | null;
	/** Only these ids are shown; null shows every row. */
	keep: ReadonlySet<string> | null;
};

export type QueueState = {
	filters: QueueFilters;
	/** Every row as the back end listed it. */
	loaded: ConversationSummary[];
	/** The rows shown: loaded, through the local view. */
	items: ConversationSummary[];
	local: LocalView | null;
	selected: number;
	/** The conversation the agent had selected; found again after every reload. */
	selectedId: string | null;
	offset: number;
	status: LoadStatus;
	/** Bumped for every reload; pages from an older load are ignored. */
	generation: number;
	/** Keep showing the old rows until the new list is complete (refresh), or show pages as they come. */
	swap: boolean;
	incoming: ConversationSummary[];
	complete: boolean;
	total: number | null;
	error: string | null;
	/** A merged queue's desks that did not answer this load (their rows are missing). */
	down: string[];
};

export type QueueAction =
	| {type: 'move'; delta: number; height: number}
	| {type: 'jump'; to: 'first' | 'last'; height: number}
	| {type: 'select-id'; id: string; height: number}
	| {type: 'set-filters'; filters: Partial<QueueFilters>}
	| {type: 'reload'}
	| {type: 'page'; generation: number; conversations: ConversationSummary[]; total: number | null; complete: boolean; down?: string[]}
	| {type: 'failed'; generation: number; message: string}
	| {type: 'patch'; summary: ConversationSummary}
	| {type: 'local-view'; view: LocalView | null};

export function initialQueueState(filters: QueueFilters = defaultFilters): QueueState {
	return {
		filters,
		loaded: [],
		items: [],
		local: null,
		selected: 0,
		selectedId: null,
		offset: 0,
		status: 'loading',
		generation: 1,
		swap: false,
		incoming: [],
		complete: false,
		total: null,
		error: null,
		down: [],
	};
}

function select(state: QueueState, index: number, height: number): QueueState {
	const count = state.items.length;
	if (count === 0) return {...state, selected: 0, offset: 0};
	const selected = Math.max(0, Math.min(count - 1, index));
	return {
		...state,
		selected,
		selectedId: state.items[selected]!.id,
		offset: scrollOffset(state.offset, selected, height, count),
	};
}

/** After the rows change: the same conversation if it is still listed, else the same position. */
function reselect(state: QueueState): QueueState {
	const found = state.selectedId === null ? -1 : state.items.findIndex(item => item.id === state.selectedId);
	const selected = found >= 0 ? found : Math.max(0, Math.min(state.selected, state.items.length - 1));
	const keepId = found >= 0 || !state.complete;
	return {
		...state,
		selected,
		selectedId: keepId ? state.selectedId : (state.items[selected]?.id ?? null),
	};
}

export function queueReducer(state: QueueState, action: QueueAction): QueueState {
	switch (action.type) {
		case 'move':
			return select(state, state.selected + action.delta, action.height);
		case 'jump':
			return select(state, action.to === 'first' ? 0 : state.items.length - 1, action.height);
		case 'select-id': {
			const index = state.items.findIndex(item => item.id === action.id);
			return index < 0 ? {...state, selectedId: action.id} : select(state, index, action.height);
		}
		case 'set-filters': {
			const filters = {...state.filters, ...action.filters};
			const changed = (Object.keys(filters) as Array<keyof QueueFilters>).filter(key => filters[key] !== state.filters[key]);
			// Choosing the view already shown changes nothing (and must not empty the list while it reloads).
			if (changed.length === 0) return state;
			// The triage filter is applied here, over the rows already loaded (see local-view).
			if (changed.every(key => key === 'triage')) return {...state, filters};
			return {...reloading(state, false), filters, selected: 0, offset: 0};
		}
		case 'reload':
			return reloading(state, state.items.length > 0);
		case 'page': {
			if (action.generation !== state.generation) return state;
			const incoming = state.incoming.concat(action.conversations);
			const showNow = !state.swap || action.complete;
			const next: QueueState = {
				...state,
				incoming: showNow && action.complete ? [] : incoming,
				loaded: showNow ? incoming : state.loaded,
				items: showNow ? applyView(incoming, state.local) : state.items,
				complete: action.complete,
				total: action.total,
				status: showNow ? 'ready' : state.status,
				error: null,
				down: action.down ?? [],
			};
			return showNow ? reselect(next) : next;
		}
		case 'failed':
			if (action.generation !== state.generation) return state;
			return {...state, status: 'error', error: action.message, incoming: [], complete: true};
		case 'patch': {
			const index = state.items.findIndex(item => item.id === action.summary.id);
			// Opening a conversation patches its row: an unchanged row keeps the arrays (a new 100k-row copy per key press).
			if (index < 0 || sameSummary(state.items[index]!, action.summary)) return state;
			const items = state.items.slice();
			items[index] = action.summary;
			const loaded = state.loaded.map(item => (item.id === action.summary.id ? action.summary : item));
			return {...state, items, loaded};
		}
		case 'local-view':
			if (action.view === state.local) return state;
			return reselect({...state, local: action.view, items: applyView(state.loaded, action.view)});
	}
}

function sameSummary(row: ConversationSummary, next: ConversationSummary): boolean {
	const keys = new Set([...Object.keys(row), ...Object.keys(next)]) as Set<keyof ConversationSummary>;
	for (const key of keys) {
		const [a, b] = [row[key], next[key]];
		if (Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') !== b.join('\u0000') : a !== b) return false;
	}
	return true;
}

/** The loaded rows through a local view: kept ones only, ranked ones first (highest first), the rest in order. */
export function applyView(rows: ConversationSummary[], view: LocalView | null): ConversationSummary[] {
	if (!view) return rows;
	const kept = view.keep ? rows.filter(row => view.keep!.has(row.id)) : rows;
	if (!view.rank) return kept;
	const rank = view.rank;
	return kept
		.map((row, index) => ({row, index, rank: rank.get(row.id) ?? Number.NEGATIVE_INFINITY}))
		.sort((a, b) => b.rank - a.rank || a.index - b.index)
		.map(entry => entry.row);
}

function reloading(state: QueueState, swap: boolean): QueueState {
	return {
		...state,
		generation: state.generation + 1,
		swap,
		incoming: [],
		complete: false,
		status: swap ? state.status : 'loading',
		items: swap ? state.items : [],
		loaded: swap ? state.loaded : [],
		error: null,
	};
}

export function selectedSummary(state: QueueState): ConversationSummary | undefined {
	return state.items[state.selected];
}

/** The rows on screen for a list of this height (the same window the pane draws). */
export function visibleSummaries(state: QueueState, height: number): ConversationSummary[] {
	const offset = scrollOffset(state.offset, state.selected, height, state.items.length);
	const {start, end} = visibleRange(offset, height, state.items.length);
	return state.items.slice(start, end);
}
