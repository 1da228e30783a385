// Keys of the overlays: pickers (letters or filter typing), one-line prompts, y/N questions and the key list.
import {completeCommand, isDangerousCommand} from '../../../commands/command-line.js';
import type {Intent} from '../../../commands/intent.js';
import {chosenItem, hotkeyItem, type PickerItem} from '../../../components/picker/picker-state.js';
import type {KeyRoute} from '../../../keys/use-actions.js';
import type {LineEdit} from '../../../../text/line-editor.js';
import {pickedIntent, promptedIntent, type PromptOverlay} from '../overlays.js';
import type {RouteContext} from './route-context.js';

const printable = (input: string, key: {ctrl: boolean; meta: boolean}) => input !== '' && !key.ctrl && !key.meta;

export function pickerRoute({store, intents, session}: RouteContext): KeyRoute {
	const overlay = () => store.latest().ui.overlay;
	const choose = (item: PickerItem | undefined) => {
		const current = overlay();
		if (current.type !== 'picker' || !item) return;
		store.uiDispatch({type: 'close-overlay'});
		const result: Intent | PromptOverlay = pickedIntent(current.purpose, item, session.teams);
		if (result.type === 'prompt') store.uiDispatch({type: 'open-overlay', overlay: result});
		else intents.run(result);
	};
	return {
		scopes: ['picker'],
		handlers: {
			'picker.down': () => store.uiDispatch({type: 'picker', event: {type: 'move', delta: 1}}),
			'picker.up': () => store.uiDispatch({type: 'picker', event: {type: 'move', delta: -1}}),
			'picker.choose': () => {
				const current = overlay();
				if (current.type === 'picker') choose(chosenItem(current.picker));
			},
			'picker.cancel': () => store.uiDispatch({type: 'close-overlay'}),
			'picker.deleteBack': () => store.uiDispatch({type: 'picker', event: {type: 'backspace'}}),
		},
		fallback: (input, key) => {
			const current = overlay();
			if (current.type !== 'picker' || !printable(input, key)) return;
			const hotkey = hotkeyItem(current.picker, input);
			if (hotkey) choose(hotkey);
			else store.uiDispatch({type: 'picker', event: {type: 'type', text: input}});
		},
	};
}

export function promptRoute({store, intents, readOnly}: RouteContext): KeyRoute {
	const overlay = () => store.latest().ui.overlay;
	const edit = (change: LineEdit) => () => store.uiDispatch({type: 'edit-prompt', edit: change});
	const submit = () => {
		const current = overlay();
		if (current.type !== 'prompt') return;
		const {purpose, editor} = current;
		if (purpose === 'search' || purpose === 'command') store.uiDispatch({type: 'remember', purpose, entry: editor.value});
		store.uiDispatch({type: 'close-overlay'});
		if (purpose === 'command' && readOnly && isDangerousCommand(editor.value)) {
			intents.notify(`Read-only mode: ":${editor.value.trim()}" would change the desk`, 'warning');
			return;
		}
		const result = promptedIntent(purpose, editor.value);
		if (typeof result === 'string') intents.notify(result, 'danger');
		else intents.run(result);
	};
	return {
		scopes: ['prompt'],
		handlers: {
			'prompt.submit': submit,
			'prompt.cancel': () => store.uiDispatch({type: 'close-overlay'}),
			'prompt.complete': () => {
				const current = overlay();
				if (current.type === 'prompt' && current.purpose === 'command') {
					store.uiDispatch({type: 'edit-prompt', edit: {type: 'set', value: completeCommand(current.editor.value)}});
				}
			},
			'prompt.left': edit({type: 'left'}),
			'prompt.right': edit({type: 'right'}),
			'prompt.start': edit({type: 'start'}),
			'prompt.end': edit({type: 'end'}),
			'prompt.deleteBack': edit({type: 'deleteBack'}),
			'prompt.deleteForward': edit({type: 'deleteForward'}),
			'prompt.deleteWord': edit({type: 'deleteWord'}),
			'prompt.clear': edit({type: 'clear'}),
			'prompt.historyBack': edit({type: 'historyBack'}),
			'prompt.historyForward': edit({type: 'historyForward'}),
		},
		fallback: (input, key) => {
			if (printable(input, key)) store.uiDispatch({type: 'edit-prompt', edit: {type: 'insert', text: input}});
		},
	};
}

export function confirmRoute({store, intents}: RouteContext): KeyRoute {
	return {
		scopes: ['confirm'],
		handlers: {
			'confirm.yes': () => {
				const {ui, composer} = store.latest();
				const id = composer?.conversationId;
				store.uiDispatch({type: 'close-overlay'});
				if (ui.overlay.type === 'confirm' && ui.overlay.purpose === 'send-anyway') {
					void intents.send({force: true});
					return;
				}
				store.composerDispatch({type: 'close'});
				if (id !== undefined) intents.forgetDraft(id);
				intents.notify('Draft discarded', 'muted');
			},
			'confirm.no': () => {
				const {ui} = store.latest();
				store.uiDispatch({type: 'close-overlay'});
				if (ui.overlay.type === 'confirm' && ui.overlay.purpose === 'send-anyway') intents.notify('Not sent: your text is kept; read what changed, then send again', 'muted');
			},
		},
	};
}

export function helpRoute({store, helpLines, helpHeight}: RouteContext): KeyRoute {
	const scroll = (delta: number) => () => store.uiDispatch({type: 'scroll-help', delta, max: Math.max(0, helpLines - helpHeight)});
	return {
		scopes: ['help'],
		handlers: {
			'help.down': scroll(1),
			'help.up': scroll(-1),
			'help.pageDown': scroll(helpHeight - 1),
			'help.pageUp': scroll(-(helpHeight - 1)),
			'help.close': () => store.uiDispatch({type: 'close-overlay'}),
		},
	};
}
