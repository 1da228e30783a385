// What the agent asks of triage and templates: the next-best conversation, the triage details, a suggested or
// chosen template put into the draft.
import {nextBestLine} from '../../../operations/next-best.js';
import type {Tone} from '../../../presenters/queue-columns.js';
import type {TemplateToken} from '../../../templates/template-popup.js';
import type {WorkspaceAssist} from '../../assist/use-workspace-assist.js';
import type {DeskSession} from '../../session/desk-session.js';
import type {WorkspaceStore} from './use-workspace-store.js';

type Helpers = {
	session: DeskSession;
	store: WorkspaceStore;
	assist: () => WorkspaceAssist;
	notify: (text: string, tone?: Tone) => void;
	openConversation: (id: string) => void;
	compose: () => void;
};

export function assistIntents({session, store, assist, notify, openConversation, compose}: Helpers) {
	const notReady = () => notify('Triage is not ready yet (or its config is broken: see deskterm triage config lint)', 'warning');

	const nextBest = () => {
		const open = store.latest().conversation.id;
		const picked = assist().nextBest(session.me, open);
		if (picked === 'not-ready') return notReady();
		const progress = assist().progress;
		const partial = progress && progress.scored < progress.total ? ` (scored ${progress.scored} of ${progress.total} so far)` : '';
		if (picked === null) {
			notify(`Nothing to take next: no open or pending conversation of yours or unassigned in this queue${partial}`, 'muted');
			return;
		}
		openConversation(picked.conversation.id);
		notify(`${nextBestLine(picked)}${partial}`, 'accent');
	};

	const triageDetails = () => {
		if (!assist().kit?.triage) return notReady();
		const showing = !store.latest().ui.triageDetails;
		store.uiDispatch({type: 'toggle-triage-details'});
		// The details sit above the thread, which otherwise opens at its latest message.
		store.conversationDispatch({type: 'jump', to: showing ? 'top' : 'end'});
	};

	const insertTemplate = (id: string, token: TemplateToken | null) => {
		const {composer, conversation} = store.latest();
		const open = conversation.conversation;
		if (!composer || !open || composer.conversationId !== open.id) return;
		const insertion = assist().insertion(id, composer, open, session.me, token);
		if (!insertion) notify(`No template "${id}" any more (the templates were reloaded?)`, 'warning');
		else store.composerDispatch({type: 'insert-template', insertion});
	};

	/** Suggestion 1, 2 or 3 into the draft, opening a reply first when none is open. */
	const replyWithSuggestion = (index: number) => {
		const view = assist().open.suggestions;
		const suggestion = view.status === 'ready' ? view.items[index] : undefined;
		if (!suggestion) {
			notify(view.status === 'loading' ? 'The suggestions are still being worked out' : `No suggestion ${index + 1} for this conversation`, 'muted');
			return;
		}
		if (!store.latest().composer) compose();
		insertTemplate(suggestion.templateId, null);
	};

	return {nextBest, triageDetails, insertTemplate, replyWithSuggestion};
}
