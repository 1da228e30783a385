// Runs what the agent asked for: the shared operations for writes, the reducers for everything else.
import {useRef} from 'react';
import {toDeskError} from '../../../domain/errors.js';
import {assignConversation, setConversationPriority, setConversationStatus, updateConversationTags} from '../../../operations/conversation-actions.js';
import {resolveTeamFilter} from '../../../operations/find-people.js';
import {relativeTime} from '../../../presenters/time.js';
import type {Tone} from '../../../presenters/queue-columns.js';
import type {WorkspaceAssist} from '../../assist/use-workspace-assist.js';
import type {Intent} from '../../commands/intent.js';
import {summaryOf} from '../../../domain/summary-of.js';
import type {DeskSession} from '../../session/desk-session.js';
import type {DraftStore} from '../../session/draft-store.js';
import {bufferText, isBlank} from '../../../text/text-buffer.js';
import {editInEditor, type Suspend} from '../composer/open-editor.js';
import {selectedSummary} from '../queue/queue-state.js';
import {assistIntents} from './assist-intents.js';
import {sendDraft} from './send-draft.js';
import type {WorkspaceStore} from './use-workspace-store.js';

export type IntentDeps = {
	session: DeskSession;
	store: WorkspaceStore;
	assist: WorkspaceAssist;
	suspend: Suspend;
	drafts: DraftStore;
	quit: () => void;
	/** A reply or note to this conversation stands (delivered, or kept in the outbox). */
	onSent?: (id: string) => void;
	/** Rows of the queue list, for keeping the selection in view. */
	queueHeight: number;
};

export function useIntents(deps: IntentDeps) {
	// Async work finishes after later renders: read state through store.latest() and the rest through this ref.
	const latest = useRef(deps);
	latest.current = deps;
	const {session, store} = deps;
	const {context, provider} = session;

	const notify = (text: string, tone: Tone = 'ok') => store.uiDispatch({type: 'notice', notice: {text, tone}});

	/** The conversation a ticket action is about: the open one when its pane has the keyboard, else the selected row. */
	const target = (): string | null => {
		const {ui, conversation, queue} = store.latest();
		if (ui.focus === 'conversation' && conversation.id !== null) return conversation.id;
		return selectedSummary(queue)?.id ?? conversation.id;
	};

	const nameOf = (id: string): string => {
		const {queue, conversation} = store.latest();
		const name = conversation.conversation?.id === id ? conversation.conversation.customerName : queue.items.find(item => item.id === id)?.customerName;
		return name ? `#${id} (${name})` : `#${id}`;
	};

	/** Fresh data after a write; a new message scrolls the thread to it, other changes leave it where it is. */
	const afterWrite = (id: string, newMessage = false) => {
		if (store.latest().conversation.id === id) store.conversationDispatch({type: 'reload', ...(newMessage ? {scroll: 'end' as const} : {})});
		else provider.getConversation(id).then(fresh => store.queueDispatch({type: 'patch', summary: summaryOf(fresh)}), () => undefined);
		store.queueDispatch({type: 'reload'});
		store.refreshCounts();
	};

	const write = async (busy: string, id: string, action: () => Promise<string>) => {
		store.uiDispatch({type: 'busy', text: busy});
		try {
			notify(await action());
			afterWrite(id);
		} catch (error) {
			notify(toDeskError(error).message, 'danger');
		} finally {
			store.uiDispatch({type: 'busy', text: null});
		}
	};

	const forgetDraft = (id: string) => {
		deps.drafts.remove(id).catch(() => undefined);
	};

	/** Brings back what was being written here before (a dropped session, a crash), if the composer is still empty. */
	const restoreDraft = (id: string) => {
		deps.drafts.load(id).then(
			draft => {
				const composer = store.latest().composer;
				if (!draft || !composer || composer.conversationId !== id || !isBlank(composer.buffer)) return;
				store.composerDispatch({type: 'replace', text: draft.text, kind: draft.kind, inserted: draft.templates ?? []});
				notify(`Restored your unsent ${draft.kind} from ${relativeTime(draft.savedAt, context.clock())}`, 'accent');
			},
			() => undefined,
		);
	};

	const openConversation = (id: string) => {
		store.conversationDispatch({type: 'open', id});
		store.queueDispatch({type: 'select-id', id, height: latest.current.queueHeight});
		store.uiDispatch({type: 'focus', pane: 'conversation'});
	};

	const editor = async () => {
		const composer = store.latest().composer;
		if (!composer || composer.sending) return;
		try {
			const text = await editInEditor(bufferText(composer.buffer), context.env, latest.current.suspend);
			store.composerDispatch({type: 'replace', text});
		} catch (error) {
			store.composerDispatch({type: 'failed', message: toDeskError(error).message});
		}
	};

	const send = (options: {force?: boolean} = {}) =>
		sendDraft({
			...options,
			session,
			store,
			kit: () => latest.current.assist.kit,
			notify,
			nameOf,
			sent: id => {
				latest.current.onSent?.(id);
				forgetDraft(id);
				afterWrite(id, true);
			},
		});

	const compose = (id: string, kind: 'reply' | 'note') => {
		openConversation(id);
		store.composerDispatch({type: 'open', conversationId: id, kind});
		restoreDraft(id);
	};

	const assisted = assistIntents({
		session,
		store,
		assist: () => latest.current.assist,
		notify,
		openConversation,
		compose: () => {
			const id = target();
			if (id !== null) compose(id, 'reply');
		},
	});

	const run = (intent: Intent): void => {
		const id = target();
		switch (intent.type) {
			case 'quit':
				deps.quit();
				return;
			case 'help':
				store.uiDispatch({type: 'open-overlay', overlay: {type: 'help', scroll: 0}});
				return;
			case 'refresh':
				store.queueDispatch({type: 'reload'});
				store.conversationDispatch({type: 'reload'});
				store.refreshCounts();
				notify('Refreshed', 'muted');
				return;
			case 'filter':
				store.queueDispatch({type: 'set-filters', filters: intent.filters});
				store.uiDispatch({type: 'focus', pane: 'queue'});
				return;
			case 'team-filter': {
				const wanted = intent.name.trim().toLowerCase();
				if (wanted === 'any' || wanted === 'none') {
					run({type: 'filter', filters: {team: wanted === 'any' ? null : 'none', teamName: null}});
					return;
				}
				try {
					const id = resolveTeamFilter(intent.name, session.teams);
					run({type: 'filter', filters: {team: id, teamName: session.teams.find(each => each.id === id)?.name ?? null}});
				} catch (error) {
					notify(toDeskError(error).message, 'danger');
				}
				return;
			}
			case 'open':
				openConversation(intent.id);
				return;
			case 'insert-template':
				assisted.insertTemplate(intent.id, intent.token ?? null);
				return;
			case 'reply-with-suggestion':
				assisted.replyWithSuggestion(intent.index);
				return;
			case 'next-best':
				assisted.nextBest();
				return;
			case 'triage-details':
				assisted.triageDetails();
				return;
			default:
				break;
		}
		if (id === null) {
			notify('Select a conversation first', 'warning');
			return;
		}
		switch (intent.type) {
			case 'compose':
				compose(id, intent.kind);
				if (intent.editor) void editor();
				return;
			case 'assign':
				void write('Assigning…', id, async () => `Assigned ${nameOf(id)} to ${(await assignConversation(context, id, intent.target)).label}`);
				return;
			case 'status':
				void write('Setting the status…', id, async () => {
					// "4h" should read back as "in 4h": measure from before the write, not a few milliseconds after.
					const asked = context.clock();
					const result = await setConversationStatus(context, id, intent.status, intent.until);
					const wake = result.until === null ? '' : ` until ${new Date(result.until).toLocaleString('en-GB', {weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'})} (${relativeTime(result.until, asked)})`;
					return `${nameOf(id)} is now ${result.status}${wake}`;
				});
				return;
			case 'priority':
				void write('Setting the priority…', id, async () => `${nameOf(id)} priority is now ${await setConversationPriority(context, id, intent.priority)}`);
				return;
			case 'tags':
				void write('Changing tags…', id, async () => {
					const changes = await updateConversationTags(context, id, intent.words);
					return `${nameOf(id)} tags: ${[...changes.add.map(tag => `+${tag}`), ...changes.remove.map(tag => `-${tag}`)].join(' ')}`;
				});
				return;
		}
	};

	return {run, send, editor, target, notify, nameOf, afterWrite, openConversation, forgetDraft};
}

export type Intents = ReturnType<typeof useIntents>;
