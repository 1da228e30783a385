// The one way the console takes keys: action ids from the keymap, never raw characters.
import {useInput} from 'ink';
import {keymap, type KeyAction, type KeyScope} from './keymap.js';
import {matchesKey, type KeyPress} from './key-pattern.js';

export type ActionHandlers = Partial<Record<string, () => void>>;

/** Where a key goes: the scopes that listen, their handlers, and what takes unclaimed keys (typing). */
export type KeyRoute = {
	scopes: readonly KeyScope[];
	handlers: ActionHandlers;
	fallback?: (input: string, key: KeyPress) => void;
};

export type KeyPolicy = {
	readOnly: boolean;
	/** Called instead of a dangerous action's handler in read-only mode. */
	onRefused?: (action: KeyAction) => void;
};

/** The action a key press means within these scopes (first scope wins), among those with a handler. */
export function resolveAction(
	scopes: readonly KeyScope[],
	handled: (id: string) => boolean,
	input: string,
	key: KeyPress,
): KeyAction | undefined {
	for (const scope of scopes) {
		for (const entry of keymap) {
			if (entry.scope !== scope || !handled(entry.id)) continue;
			if (entry.keys.some(pattern => matchesKey(pattern, input, key))) return entry;
		}
	}
	return undefined;
}

/** Runs the action a key means on a route; read-only mode refuses dangerous ones. */
export function dispatchKey(route: KeyRoute, input: string, key: KeyPress, policy: KeyPolicy): void {
	const found = resolveAction(route.scopes, id => route.handlers[id] !== undefined, input, key);
	if (!found) {
		route.fallback?.(input, key);
		return;
	}
	if (found.dangerous && policy.readOnly) {
		policy.onRefused?.(found);
		return;
	}
	route.handlers[found.id]?.();
}

export function useActions(route: KeyRoute, policy: KeyPolicy & {isActive?: boolean}): void {
	useInput((input, key) => dispatchKey(route, input, key, policy), {isActive: policy.isActive ?? true});
}
