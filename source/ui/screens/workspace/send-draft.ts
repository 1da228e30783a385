// Sends the draft: a refused send opens the field prompts, a reply from templates goes with their actions and is
// recorded for the ranking, and the notice says everything that happened.
import {toDeskError} from '../../../domain/errors.js';
import {addNoteToConversation, replyToConversation} from '../../../operations/conversation-actions.js';
import type {Tone} from '../../../presenters/queue-columns.js';
import {createFillSession} from '../../../templates/fill-session.js';
import {unfilledFieldsMessage} from '../../../templates/placeholders.js';
import type {AssistKit} from '../../assist/assist-kit.js';
import type {DeskSession} from '../../session/desk-session.js';
import {bufferText, isBlank} from '../../text/text-buffer.js';
import type {WorkspaceStore} from './use-workspace-store.js';

type Helpers = {
	session: DeskSession;
	store: WorkspaceStore;
	kit: () => AssistKit | null;
	notify: (text: string, tone?: Tone) => void;
	nameOf: (id: string) => string;
	sent: (id: string) => void;
};

export async function sendDraft({session, store, kit, notify, nameOf, sent}: Helpers): Promise<void> {
	const composer = store.latest().composer;
	if (!composer || composer.sending) return;
	if (isBlank(composer.buffer)) {
		store.composerDispatch({type: 'failed', message: composer.kind === 'note' ? 'the note is empty' : 'the reply is empty'});
		return;
	}
	const id = composer.conversationId;
	const text = bufferText(composer.buffer);
	const unfilled = composer.kind === 'reply' ? unfilledFieldsMessage(text) : null;
	if (unfilled) {
		// The operation would refuse too; here the agent lands on the first empty field, ready to type it.
		store.composerDispatch({type: 'start-fill', session: createFillSession(text, 0)});
		store.composerDispatch({type: 'failed', message: `${unfilled}: type the value, Enter accepts`});
		return;
	}
	store.composerDispatch({type: 'sending'});
	const {context} = session;
	try {
		const assist = kit();
		if (composer.kind === 'note') {
			await addNoteToConversation(context, id, text);
			notify(`Internal note added to ${nameOf(id)}`);
		} else if (assist && composer.inserted.length > 0) {
			const open = store.latest().conversation.conversation;
			const conversation = open?.id === id ? open : await session.provider.getConversation(id);
			const result = await assist.sendTemplateReply(context, id, {body: text, inserted: composer.inserted, customerText: assist.customerTextOf(conversation)});
			if (result.used.length > 0) assist.rankers.learned();
			const done = [`Reply sent to ${nameOf(id)}`, ...result.applied];
			const problems = [...result.failed.map(failure => `could not ${failure}`), ...(result.recordError ? [`the template use was not recorded: ${result.recordError}`] : [])];
			notify([...done, ...problems].join(' · '), problems.length > 0 ? 'warning' : 'ok');
		} else {
			await replyToConversation(context, id, text);
			notify(`Reply sent to ${nameOf(id)}`);
		}
		store.composerDispatch({type: 'close'});
		sent(id);
	} catch (error) {
		store.composerDispatch({type: 'failed', message: toDeskError(error).message});
	}
}
