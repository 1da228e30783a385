// Keys of the composer: its keymap actions, and every other printable key is text (`/` may open templates).
import {pickerState} from '../../../components/picker/picker-state.js';
import type {KeyRoute} from '../../../keys/use-actions.js';
import {isBlank} from '../../../text/text-buffer.js';
import type {BufferEdit} from '../../composer/composer-state.js';
import type {RouteContext} from './route-context.js';

export function composerRoute({store, intents, extensions}: RouteContext): KeyRoute {
	const edit = (change: BufferEdit) => () => store.composerDispatch({type: 'edit', edit: change});
	const insert = (text: string) => store.composerDispatch({type: 'edit', edit: {type: 'insert', text}});
	/** `/` at the start of an empty line opens the templates, when they are wired in. */
	const templateTrigger = (input: string): boolean => {
		const {composer, conversation} = store.latest();
		const open = conversation.conversation;
		if (input !== '/' || !composer || !extensions.templates || !open) return false;
		const line = composer.buffer.lines[composer.buffer.row] ?? '';
		if ([...line].slice(0, composer.buffer.column).join('').trim() !== '') return false;
		const items = extensions.templates.list(open).map(choice => ({id: choice.id, label: choice.title, ...(choice.detail ? {detail: choice.detail} : {})}));
		store.uiDispatch({type: 'open-overlay', overlay: {type: 'picker', purpose: 'template', picker: pickerState('Insert a template (type to filter)', items, {filterable: true})}});
		return true;
	};
	return {
		scopes: ['composer'],
		handlers: {
			'composer.send': () => void intents.send(),
			'composer.cancel': () => {
				const composer = store.latest().composer;
				if (!composer || composer.sending) return;
				if (isBlank(composer.buffer)) {
					store.composerDispatch({type: 'close'});
					intents.forgetDraft(composer.conversationId);
				} else {
					const question = composer.kind === 'note' ? 'Discard this note?' : 'Discard this reply?';
					store.uiDispatch({type: 'open-overlay', overlay: {type: 'confirm', purpose: 'discard-draft', question}});
				}
			},
			'composer.editor': () => void intents.editor(),
			'composer.toggleKind': () => store.composerDispatch({type: 'toggle-kind'}),
			'composer.newline': () => insert('\n'),
			'composer.left': edit({type: 'move', move: 'left'}),
			'composer.right': edit({type: 'move', move: 'right'}),
			'composer.up': edit({type: 'move', move: 'up'}),
			'composer.down': edit({type: 'move', move: 'down'}),
			'composer.lineStart': edit({type: 'move', move: 'lineStart'}),
			'composer.lineEnd': edit({type: 'move', move: 'lineEnd'}),
			'composer.deleteBack': edit({type: 'deleteBack'}),
			'composer.deleteForward': edit({type: 'deleteForward'}),
			'composer.deleteWord': edit({type: 'deleteWord'}),
			'composer.deleteToStart': edit({type: 'deleteToStart'}),
		},
		fallback: (input, key) => {
			if (input === '' || key.ctrl || key.meta) return;
			if (!templateTrigger(input)) insert(input);
		},
	};
}
