// Sends the draft through the outbox: a refused send opens the field prompts; a conversation that changed since
// the composer opened asks first; the notice says what happened (delivered, kept in the outbox, refused).
import {baselineOf, changesSince} from '../../../domain/conversation-changes.js';
import {toDeskError} from '../../../domain/errors.js';
import {classifyFailure} from '../../../operations/outbox/outbox-machine.js';
import {sendMessage, type SendOutcome} from '../../../operations/outbox/send-message.js';
import {describeChange} from '../../../presenters/conversation-changes.js';
import type {Tone} from '../../../presenters/queue-columns.js';
import {createFillSession} from '../../../templates/fill-session.js';
import {unfilledFieldsMessage} from '../../../templates/placeholders.js';
import type {AssistKit} from '../../../operations/assist-kit.js';
import type {DeskSession} from '../../session/desk-session.js';
import {bufferText, isBlank} from '../../../text/text-buffer.js';
import type {ComposerState} from '../composer/composer-state.js';
import type {WorkspaceStore} from './use-workspace-store.js';

type Helpers = {
	session: DeskSession;
	store: Pick<WorkspaceStore, 'latest' | 'composerDispatch' | 'uiDispatch'>;
	kit: () => AssistKit | null;
	notify: (text: string, tone?: Tone) => void;
	nameOf: (id: string) => string;
	sent: (id: string) => void;
	/** The agent saw what changed and said yes: no second look. */
	force?: boolean;
};

export async function sendDraft(helpers: Helpers): Promise<void> {
	const {session, store, kit, notify, nameOf, sent} = helpers;
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
		if (!helpers.force && (await changedSinceOpened(helpers, composer))) return;
		const assist = kit();
		const what = composer.kind === 'note' ? 'Internal note' : 'Reply';
		if (assist && composer.kind === 'reply' && composer.inserted.length > 0) {
			const open = store.latest().conversation.conversation;
			const conversation = open?.id === id ? open : await session.provider.getConversation(id);
			const result = await assist.sendTemplateReply(context, id, {body: text, inserted: composer.inserted, customerText: assist.customerTextOf(conversation)}, {forgetFailed: true});
			if (!settled(helpers, result.delivery, what)) return;
			if (result.used.length > 0 && result.delivery.status === 'delivered') assist.rankers.learned();
			if (result.delivery.status === 'delivered') {
				const problems = [...result.failed.map(failure => `could not ${failure}`), ...(result.recordError ? [`the template use was not recorded: ${result.recordError}`] : [])];
				notify([`Reply sent to ${nameOf(id)}`, ...result.applied, ...problems].join(' · '), problems.length > 0 ? 'warning' : 'ok');
			}
		} else {
			const outcome = await sendMessage(context, {conversationId: id, kind: composer.kind, body: text}, {forgetFailed: true});
			if (!settled(helpers, outcome, what)) return;
			if (outcome.status === 'delivered') notify(composer.kind === 'note' ? `Internal note added to ${nameOf(id)}` : `Reply sent to ${nameOf(id)}`);
		}
		store.composerDispatch({type: 'close'});
		sent(id);
	} catch (error) {
		store.composerDispatch({type: 'failed', message: toDeskError(error).message});
	}
}

/** False when the composer stays open (a certain failure: the text is kept there with the reason). */
function settled({store, notify, nameOf}: Helpers, outcome: SendOutcome, what: string): boolean {
	if (outcome.status === 'failed' || outcome.status === 'changed') {
		store.composerDispatch({type: 'failed', message: outcome.error?.message ?? outcome.item.lastError ?? 'the back end refused it'});
		return false;
	}
	if (outcome.status === 'queued') {
		const why = outcome.error?.message ?? outcome.item.lastError ?? 'another deskterm is sending it';
		notify(`${what} to ${nameOf(outcome.item.conversationId)} not delivered yet (${why}): kept in the outbox as ${outcome.item.id}, retried in the background`, 'warning');
	}
	return true;
}

/**
 * The collision guard: reads the conversation again and, when a customer wrote, another agent answered or
 * noted, or the assignee changed since the composer opened, shows what and asks (No is the default).
 */
async function changedSinceOpened({session, store}: Helpers, composer: ComposerState): Promise<boolean> {
	const baseline = composer.baseline;
	if (baseline === null) return false;
	let lines: string[];
	let fresh = baseline;
	try {
		const conversation = await session.provider.getConversation(composer.conversationId);
		const now = session.context.clock();
		lines = changesSince(baseline, conversation, session.me.id).map(change => describeChange(change, now));
		fresh = baselineOf(conversation);
	} catch (error) {
		const failure = toDeskError(error);
		// A conversation that is gone or closed to us will not take the message either: say so, keep the text.
		if (classifyFailure(failure) === 'failed') {
			store.composerDispatch({type: 'failed', message: failure.message});
			return true;
		}
		lines = [`could not check for changes: ${failure.message}`];
	}
	if (lines.length === 0) return false;
	store.composerDispatch({type: 'changed', changes: lines, baseline: fresh});
	const question = composer.kind === 'note' ? 'The conversation changed since you started: add the note anyway?' : 'The conversation changed since you started: send anyway?';
	store.uiDispatch({type: 'open-overlay', overlay: {type: 'confirm', purpose: 'send-anyway', question}});
	return true;
}
