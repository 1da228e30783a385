// The `?` overlay and the footer hints, generated from the keymap so they can never drift from it.
import {availableActions, keyLayers, scopeTitles, type KeyLayer, type KeyScope} from './keymap.js';
import {keyLabel} from './key-pattern.js';

export type HelpRow = {keys: string; description: string};
export type HelpSection = {scope: KeyScope; title: string; rows: HelpRow[]};

const scopeOrder: KeyScope[] = ['app', 'queue', 'ticket', 'conversation', 'composer', 'templates', 'fill', 'prompt', 'picker', 'confirm', 'help'];

export function helpSections(readOnly: boolean): HelpSection[] {
	const actions = availableActions(readOnly);
	return scopeOrder
		.map(scope => ({
			scope,
			title: scopeTitles[scope],
			rows: actions
				.filter(entry => entry.scope === scope)
				.map(entry => ({keys: entry.keys.map(keyLabel).join(' '), description: entry.description})),
		}))
		.filter(section => section.rows.length > 0);
}

export type FooterHint = {id: string; key: string; label: string};

/** The short hints for the footer: the first key of each hinted action in the layer, in table order. */
export function footerHints(layer: KeyLayer, readOnly: boolean, hidden: ReadonlySet<string> = new Set()): FooterHint[] {
	const scopes: readonly KeyScope[] = keyLayers[layer];
	return availableActions(readOnly)
		.filter(entry => entry.hint !== undefined && scopes.includes(entry.scope) && !hidden.has(entry.id))
		.sort((left, right) => scopes.indexOf(left.scope) - scopes.indexOf(right.scope))
		.map(entry => ({id: entry.id, key: keyLabel(entry.keys[0]!), label: entry.hint!}));
}
