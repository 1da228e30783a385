// Keys of the queue and conversation panes (with the ticket and app keys that listen alongside them).
import {keyLayers} from '../../../keys/keymap.js';
import type {ActionHandlers, KeyRoute} from '../../../keys/use-actions.js';
import {nextSort, sortLabels} from '../../queue/queue-filters.js';
import {selectedSummary} from '../../queue/queue-state.js';
import type {Overlay} from '../workspace-state.js';
import type {RouteContext} from './route-context.js';
import {assignPicker, priorityPicker, prompt, statusFilterPicker, statusPicker, teamFilterPicker, triageFilterPicker} from '../overlays.js';

/** Keys of the queue or the conversation pane, with the ticket and app keys that listen alongside. */
export function paneRoute(pane: 'queue' | 'conversation', {store, intents, session, assist, queueHeight, threadHeight, threadLines}: RouteContext): KeyRoute {
	const {queueDispatch, conversationDispatch, uiDispatch} = store;
	// Handlers read the newest state: several keys can arrive before the next render.
	const queue = () => store.latest().queue;
	const conversation = () => store.latest().conversation;
	const ui = () => store.latest().ui;
	const can = session.provider.capabilities;
	const open = (overlay: Overlay) => uiDispatch({type: 'open-overlay', overlay});
	const unsupported = (what: string) => intents.notify(`${session.provider.label} cannot ${what}`, 'warning');
	/** The summary a ticket action is about, for the pickers' current values. */
	const targeted = () => {
		const id = intents.target();
		if (id === null) return undefined;
		return conversation().conversation?.id === id ? conversation().conversation : queue().items.find(item => item.id === id);
	};
	const withTarget = (run: (current: NonNullable<ReturnType<typeof targeted>>) => void) => () => {
		const current = targeted();
		if (current) run(current);
		else intents.notify('Select a conversation first', 'warning');
	};
	const moveQueue = (delta: number) => queueDispatch({type: 'move', delta, height: queueHeight});
	const scroll = (delta: number) => conversationDispatch({type: 'scroll', delta, height: threadHeight, total: threadLines});
	const step = (delta: number) => {
		const next = queue().items[queue().selected + delta];
		if (next) intents.openConversation(next.id);
		else intents.notify(delta > 0 ? 'That was the last conversation in the queue' : 'That was the first conversation in the queue', 'muted');
	};

	const handlers: ActionHandlers = {
		'app.help': () => intents.run({type: 'help'}),
		'app.commandLine': () => open(prompt('command', '', ui().history.command)),
		'app.switchPane': () => {
			if (ui().focus === 'conversation') uiDispatch({type: 'focus', pane: 'queue'});
			else if (conversation().id !== null) uiDispatch({type: 'focus', pane: 'conversation'});
			else if (selectedSummary(queue())) intents.openConversation(selectedSummary(queue())!.id);
		},
		'app.refresh': () => intents.run({type: 'refresh'}),
		'app.quit': () => intents.run({type: 'quit'}),
		'app.nextBest': () => intents.run({type: 'next-best'}),
		'app.triageDetails': () => intents.run({type: 'triage-details'}),
		'ticket.reply': () => (can.reply ? intents.run({type: 'compose', kind: 'reply'}) : unsupported('send replies')),
		'ticket.note': () => (can.note ? intents.run({type: 'compose', kind: 'note'}) : unsupported('add internal notes')),
		'ticket.assign': withTarget(current =>
			can.assignAgent || can.assignTeam ? open(assignPicker(session.me, session.agents, session.teams, can, current.assigneeId)) : unsupported('assign conversations'),
		),
		'ticket.status': withTarget(current => (can.statuses.length > 0 ? open(statusPicker(can, current.status)) : unsupported('change the status'))),
		'ticket.priority': withTarget(current => (can.priority ? open(priorityPicker(current.priority)) : unsupported('set priorities'))),
		'ticket.tags': withTarget(() => (can.tags ? open(prompt('tags')) : unsupported('change tags'))),
	};
	const queueHandlers: ActionHandlers = {
		'queue.down': () => moveQueue(1),
		'queue.up': () => moveQueue(-1),
		'queue.pageDown': () => moveQueue(queueHeight),
		'queue.pageUp': () => moveQueue(-queueHeight),
		'queue.top': () => queueDispatch({type: 'jump', to: 'first', height: queueHeight}),
		'queue.bottom': () => queueDispatch({type: 'jump', to: 'last', height: queueHeight}),
		'queue.open': () => {
			const selected = selectedSummary(queue());
			if (selected) intents.openConversation(selected.id);
		},
		'queue.search': () => open(prompt('search', queue().filters.search, ui().history.search)),
		'queue.clearSearch': () => queue().filters.search !== '' && intents.run({type: 'filter', filters: {search: ''}}),
		'queue.viewMine': () => intents.run({type: 'filter', filters: {view: 'mine'}}),
		'queue.viewUnassigned': () => intents.run({type: 'filter', filters: {view: 'unassigned'}}),
		'queue.viewAll': () => intents.run({type: 'filter', filters: {view: 'all'}}),
		'queue.sort': () => {
			const sort = nextSort(queue().filters.sort, Boolean(assist.kit?.triage));
			intents.run({type: 'filter', filters: {sort}});
			intents.notify(`Sorted by ${sortLabels[sort]}`, 'muted');
		},
		'queue.statusFilter': () => open(statusFilterPicker(queue().filters.status)),
		'queue.teamFilter': () => open(teamFilterPicker(session.teams, queue().filters.team)),
		'queue.triageFilter': () =>
			assist.kit?.triage ? open(triageFilterPicker(queue().filters.triage)) : intents.notify('Triage is not ready yet (or its config is broken: see deskterm triage config lint)', 'warning'),
	};
	const conversationHandlers: ActionHandlers = {
		'conversation.down': () => scroll(1),
		'conversation.up': () => scroll(-1),
		'conversation.pageDown': () => scroll(Math.max(1, threadHeight - 2)),
		'conversation.pageUp': () => scroll(-Math.max(1, threadHeight - 2)),
		'conversation.top': () => conversationDispatch({type: 'jump', to: 'top'}),
		'conversation.bottom': () => conversationDispatch({type: 'jump', to: 'end'}),
		'conversation.next': () => step(1),
		'conversation.previous': () => step(-1),
		'conversation.back': () => uiDispatch({type: 'focus', pane: 'queue'}),
		'conversation.suggestion1': () => intents.run({type: 'reply-with-suggestion', index: 0}),
		'conversation.suggestion2': () => intents.run({type: 'reply-with-suggestion', index: 1}),
		'conversation.suggestion3': () => intents.run({type: 'reply-with-suggestion', index: 2}),
	};
	const isQueue = pane === 'queue';
	return {scopes: isQueue ? keyLayers.queue : keyLayers.conversation, handlers: {...handlers, ...(isQueue ? queueHandlers : conversationHandlers)}};
}
