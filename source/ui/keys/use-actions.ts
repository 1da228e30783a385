// The one way components take keys: action ids from the keymap, never raw characters.
import {useInput} from 'ink';
import {keymap, type KeyAction, type KeyScope} from './keymap.js';
import {matchesKey, type KeyPress} from './key-pattern.js';

export type ActionHandlers = Partial<Record<string, () => void>>;

export type UseActionsOptions = {
	isActive: boolean;
	readOnly: boolean;
	/** Called instead of a dangerous action's handler in read-only mode. */
	onRefused?: (action: KeyAction) => void;
	/** Keys no action claimed (typing into a text field). */
	fallback?: (input: string, key: KeyPress) => void;
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

export function useActions(scopes: readonly KeyScope[], handlers: ActionHandlers, options: UseActionsOptions): void {
	useInput(
		(input, key) => {
			const found = resolveAction(scopes, id => handlers[id] !== undefined, input, key);
			if (!found) {
				options.fallback?.(input, key);
				return;
			}
			if (found.dangerous && options.readOnly) {
				options.onRefused?.(found);
				return;
			}
			handlers[found.id]?.();
		},
		{isActive: options.isActive},
	);
}
