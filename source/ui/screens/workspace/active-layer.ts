// Which keys listen right now: an overlay's, the composer's, or the focused pane's.
import type {KeyLayer} from '../../keys/keymap.js';
import type {ComposerState} from '../composer/composer-state.js';
import type {WorkspaceState} from './workspace-state.js';

/** composer: null when no composer is open, else its layer ('templates' while the `/` list shows, 'fill' for field prompts). */
export function activeLayer(ui: WorkspaceState, composer: 'composer' | 'templates' | 'fill' | null): KeyLayer {
	if (ui.overlay.type !== 'none') return ui.overlay.type;
	if (composer !== null) return composer;
	return ui.focus;
}

/** The composer's own layer: field prompts first, then the `/` list while it shows. */
export function composerLayer(composer: ComposerState | null, listShown: boolean): 'composer' | 'templates' | 'fill' | null {
	if (composer === null) return null;
	if (composer.fill) return 'fill';
	return listShown ? 'templates' : 'composer';
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
