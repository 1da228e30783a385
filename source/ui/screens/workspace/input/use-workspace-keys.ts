// One listener for the whole workspace: each key goes to the route of the layer active when it arrives.
import {useInput, usePaste} from 'ink';
import type {KeyAction, KeyLayer} from '../../../keys/keymap.js';
import {splitTyping, type KeyPress} from '../../../keys/key-pattern.js';
import {dispatchKey, type KeyRoute} from '../../../keys/use-actions.js';
import {activeLayer, composerLayer} from '../active-layer.js';
import {composerRoute, fillRoute, templatesRoute} from './composer-route.js';
import {confirmRoute, helpRoute, pickerRoute, promptRoute} from './overlay-routes.js';
import {paneRoute} from './pane-route.js';
import type {RouteContext} from './route-context.js';

const routes: Record<KeyLayer, (context: RouteContext) => KeyRoute> = {
	queue: context => paneRoute('queue', context),
	conversation: context => paneRoute('conversation', context),
	composer: composerRoute,
	templates: templatesRoute,
	fill: fillRoute,
	picker: pickerRoute,
	prompt: promptRoute,
	confirm: confirmRoute,
	help: helpRoute,
};

export function useWorkspaceKeys(context: RouteContext): void {
	const {store, intents, readOnly} = context;
	const onRefused = (action: KeyAction) => intents.notify(`Read-only mode: cannot ${action.description}`, 'warning');
	const layerNow = () => {
		const {ui, composer, conversation} = store.latest();
		return activeLayer(ui, composerLayer(composer, context.assist.popup(composer, conversation.conversation) !== null));
	};
	const handle = (input: string, key: KeyPress) => {
		const route = routes[layerNow()](context);
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
		if (layer === 'composer' || layer === 'templates') store.composerDispatch({type: 'edit', edit: {type: 'insert', text}});
		else if (layer === 'fill') store.composerDispatch({type: 'fill', event: {type: 'type', text}});
		else if (layer === 'prompt') store.uiDispatch({type: 'edit-prompt', edit: {type: 'insert', text}});
	});
}
