// One listener for the whole workspace: each key goes to the route of the layer active when it arrives.
import {useInput, usePaste} from 'ink';
import type {KeyAction} from '../../../keys/keymap.js';
import {splitTyping, type KeyPress} from '../../../keys/key-pattern.js';
import {dispatchKey, type KeyRoute} from '../../../keys/use-actions.js';
import {activeLayer} from '../active-layer.js';
import {composerRoute} from './composer-route.js';
import {confirmRoute, helpRoute, pickerRoute, promptRoute} from './overlay-routes.js';
import {paneRoute} from './pane-route.js';
import type {RouteContext} from './route-context.js';

export function useWorkspaceKeys(context: RouteContext): void {
	const {store, intents, readOnly} = context;
	const onRefused = (action: KeyAction) => intents.notify(`Read-only mode: cannot ${action.description}`, 'warning');
	const layerNow = () => {
		const {ui, composer} = store.latest();
		return activeLayer(ui, composer !== null);
	};
	const handle = (input: string, key: KeyPress) => {
		const layer = layerNow();
		const route: KeyRoute =
			layer === 'queue' || layer === 'conversation'
				? paneRoute(layer, context)
				: layer === 'composer'
					? composerRoute(context)
					: layer === 'picker'
						? pickerRoute(context)
						: layer === 'prompt'
							? promptRoute(context)
							: layer === 'confirm'
								? confirmRoute(context)
								: helpRoute(context);
		dispatchKey(route, input, key, {readOnly, onRefused});
	};
	useInput((input, key) => {
		// Each character of a multi-character read is its own key press, routed by the layer of its moment.
		if ([...input].length > 1 && !key.ctrl && !key.meta) for (const typed of splitTyping(input)) handle(typed.input, typed.key);
		else handle(input, key);
	});
	// Pasted text goes into whatever is being typed, newlines included; elsewhere it is ignored.
	usePaste(text => {
		const layer = layerNow();
		if (layer === 'composer') store.composerDispatch({type: 'edit', edit: {type: 'insert', text}});
		else if (layer === 'prompt') store.uiDispatch({type: 'edit-prompt', edit: {type: 'insert', text}});
	});
}
