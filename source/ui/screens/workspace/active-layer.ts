// Which keys listen right now: an overlay's, the composer's, or the focused pane's.
import type {KeyLayer} from '../../keys/keymap.js';
import type {WorkspaceState} from './workspace-state.js';

export function activeLayer(ui: WorkspaceState, composerOpen: boolean): KeyLayer {
	if (ui.overlay.type !== 'none') return ui.overlay.type;
	if (composerOpen) return 'composer';
	return ui.focus;
}

/** Keymap actions the back end cannot do: kept out of the footer (the key itself explains why it does nothing). */
export function unsupportedActions(capabilities: {reply: boolean; note: boolean; assignAgent: boolean; assignTeam: boolean; statuses: readonly string[]; priority: boolean; tags: boolean}): Set<string> {
	const hidden = new Set<string>();
	if (!capabilities.reply) hidden.add('ticket.reply');
	if (!capabilities.note) hidden.add('ticket.note');
	if (!capabilities.assignAgent && !capabilities.assignTeam) hidden.add('ticket.assign');
	if (capabilities.statuses.length === 0) hidden.add('ticket.status');
	if (!capabilities.priority) hidden.add('ticket.priority');
	if (!capabilities.tags) hidden.add('ticket.tags');
	return hidden;
}
