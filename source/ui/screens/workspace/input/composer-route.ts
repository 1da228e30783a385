// Keys of the composer: its keymap actions, every other printable key is text; the `/` template list and the
// template field prompts take the keys they need and hand the rest to the composer.
import type {KeyPress} from '../../../keys/key-pattern.js';
import {dispatchKey, type KeyRoute} from '../../../keys/use-actions.js';
import {createFillSession} from '../../../../templates/fill-session.js';
import {bufferOffset} from '../../../../text/text-offset.js';
import {bufferText, isBlank} from '../../../../text/text-buffer.js';
import type {BufferEdit} from '../../composer/composer-state.js';
import type {RouteContext} from './route-context.js';

const printable = (input: string, key: KeyPress) => input !== '' && !key.ctrl && !key.meta;

export function composerRoute({store, intents}: RouteContext): KeyRoute {
	const edit = (change: BufferEdit) => () => store.composerDispatch({type: 'edit', edit: change});
	const insert = (text: string) => store.composerDispatch({type: 'edit', edit: {type: 'insert', text}});
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
			'composer.fillFields': () => {
				const composer = store.latest().composer;
				if (!composer) return;
				const session = createFillSession(bufferText(composer.buffer), bufferOffset(composer.buffer));
				if (session.fields.length === 0) intents.notify('No template field to fill: every {{field}} has a value', 'muted');
				else store.composerDispatch({type: 'start-fill', session});
			},
			'composer.suggestion1': () => intents.run({type: 'reply-with-suggestion', index: 0}),
			'composer.suggestion2': () => intents.run({type: 'reply-with-suggestion', index: 1}),
			'composer.suggestion3': () => intents.run({type: 'reply-with-suggestion', index: 2}),
		},
		fallback: (input, key) => {
			if (printable(input, key)) insert(input);
		},
	};
}

/** While the `/` list shows: Enter inserts, arrows choose, Esc closes; everything else is typing. */
export function templatesRoute(context: RouteContext): KeyRoute {
	const {store, intents, assist} = context;
	const popup = () => {
		const {composer, conversation} = store.latest();
		return assist.popup(composer, conversation.conversation);
	};
	const move = (delta: number) => () => store.composerDispatch({type: 'search-move', delta, count: popup()?.items.length ?? 0});
	return {
		scopes: ['templates'],
		handlers: {
			'templates.insert': () => {
				const current = popup();
				const item = current?.items[current.selected];
				if (current && item) intents.run({type: 'insert-template', id: item.id, token: current.token});
				else store.composerDispatch({type: 'edit', edit: {type: 'insert', text: '\n'}});
			},
			'templates.down': move(1),
			'templates.up': move(-1),
			'templates.close': () => {
				const current = popup();
				if (current) store.composerDispatch({type: 'search-close', key: current.token.key});
			},
		},
		fallback: (input, key) => dispatchKey(composerRoute(context), input, key, {readOnly: context.readOnly}),
	};
}

/** While a template field is being filled: typing goes into the field; Enter, Tab and Esc move on. */
export function fillRoute(context: RouteContext): KeyRoute {
	const {store} = context;
	const fill = (event: Parameters<typeof store.composerDispatch>[0] & {type: 'fill'}) => () => store.composerDispatch(event);
	return {
		scopes: ['fill'],
		handlers: {
			'fill.accept': fill({type: 'fill', event: {type: 'accept'}}),
			'fill.next': fill({type: 'fill', event: {type: 'next'}}),
			'fill.previous': fill({type: 'fill', event: {type: 'previous'}}),
			'fill.deleteBack': fill({type: 'fill', event: {type: 'backspace'}}),
			'fill.clear': fill({type: 'fill', event: {type: 'clear'}}),
			'fill.stop': fill({type: 'fill', event: {type: 'stop'}}),
		},
		fallback: (input, key) => {
			if (printable(input, key)) store.composerDispatch({type: 'fill', event: {type: 'type', text: input}});
			else dispatchKey(composerRoute(context), input, key, {readOnly: context.readOnly});
		},
	};
}
