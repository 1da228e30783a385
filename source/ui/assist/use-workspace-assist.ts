// Triage, suggestions and templates for the workspace in one object: what the panes draw and what keys ask for.
import {useMemo, useRef} from 'react';
import type {Agent, Conversation} from '../../domain/conversation.js';
import {placeholderValues} from '../../templates/placeholder-values.js';
import type {Template} from '../../templates/template.js';
import type {ComposerState} from '../screens/composer/composer-state.js';
import type {QueueAction, QueueState} from '../screens/queue/queue-state.js';
import type {DeskSession} from '../session/desk-session.js';
import type {AssistKit} from '../../operations/assist-kit.js';
import {templateInsertion, type TemplateInsertion} from '../../operations/insert-template.js';
import {pickNextBest} from '../../operations/next-best.js';
import type {ShownSuggestion} from '../../presenters/console-panels/suggestions-panel.js';
import {rehydrate} from '../../operations/queue-triage/triage-entry.js';
import {templatePopup, type PopupItem, type TemplatePopup, type TemplateToken} from '../../templates/template-popup.js';
import type {TriageProgress} from '../../operations/queue-triage/triage-runner.js';
import {useAssist, type AssistSources} from './use-assist.js';
import {useOpenAssist, type OpenAssist} from './use-open-assist.js';
import {useQueueTriage} from './use-queue-triage.js';
import {useEncoderPrefetch} from './use-encoder-prefetch.js';

const popupSize = 8;

export type WorkspaceAssist = {
	kit: AssistKit | null;
	badges: ReturnType<typeof useQueueTriage>;
	open: OpenAssist;
	progress: TriageProgress | null;
	/** The `/` list for the draft as it is now, or null (no token, closed, or no templates). */
	popup(composer: ComposerState | null, conversation: Conversation | null): TemplatePopup | null;
	/** A template (by id, in the conversation's language) put into the draft in place of the token. */
	insertion(id: string, composer: ComposerState, conversation: Conversation, me: Agent, token: TemplateToken | null): TemplateInsertion | null;
	nextBest(me: Agent, exclude: string | null): ReturnType<typeof pickNextBest> | 'not-ready';
};

type Inputs = {
	session: DeskSession;
	sources: AssistSources | null;
	queue: QueueState;
	queueDispatch: (action: QueueAction) => void;
	visible: readonly string[];
	conversation: Conversation | null;
	now: number;
	warn: (text: string) => void;
	/** A quiet status line (what was learned on start). */
	inform?: (text: string) => void;
};

export function useWorkspaceAssist({session, sources, queue, queueDispatch, visible, conversation, now, warn, inform}: Inputs): WorkspaceAssist {
	const {kit, triageVersion} = useAssist(session, sources, queue.status === 'ready', warn, inform);
	const badges = useQueueTriage(kit, triageVersion, queue, queueDispatch, visible, now);
	const open = useOpenAssist(kit, conversation, queue.loaded);
	useEncoderPrefetch(kit, queue);
	const suggestions = useRef<ShownSuggestion[]>([]);
	suggestions.current = open.suggestions.status === 'ready' ? open.suggestions.items : [];
	// The rows as shown: `n` picks within the queue's filters, the triage filter included.
	const rows = useRef(queue.items);
	rows.current = queue.items;
	// Without templates `/` stays a plain character.
	const lookup = useMemo(() => (kit && kit.library.templates.length > 0 ? searcher(kit, () => suggestions.current) : null), [kit]);
	const progress = kit?.triage ? kit.triage.runner.progress() : null;
	return {
		kit,
		badges,
		open,
		progress,
		popup(composer, current) {
			if (!composer || !current || !lookup || composer.fill) return null;
			return templatePopup(composer.buffer, composer.search, query => lookup(query, current));
		},
		insertion(id, composer, current, me, token) {
			const template = kit?.library.find(id, current.customer.language);
			if (!template) return null;
			return templateInsertion(composer.buffer, token, template, placeholderValues({customer: current.customer, agent: me, conversation: current}));
		},
		nextBest(me, exclude) {
			const triage = kit?.triage;
			if (!triage) return 'not-ready';
			const {runner: {entry}, config} = triage;
			const now = session.context.clock();
			return pickNextBest(rows.current, row => entry(row.id)?.score, row => rehydrate(entry(row.id)!, row, config, now), me, exclude);
		},
	};
}

/** `/` with nothing after it lists the suggestions; letters search every template (the last search is kept). */
function searcher(kit: AssistKit, suggested: () => ShownSuggestion[]) {
	let last: {language: string; query: string; channel: string; items: PopupItem[]} | undefined;
	return (query: string, conversation: Conversation): PopupItem[] => {
		const language = conversation.customer.language;
		if (query === '') {
			return suggested().flatMap(suggestion => {
				const template = kit.library.find(suggestion.templateId, language);
				return template ? [item(template, conversation, `${Math.round(suggestion.score * 100)}% suggested`)] : [];
			});
		}
		if (last && last.language === language && last.query === query && last.channel === conversation.channel) return last.items;
		const byId = new Map(kit.library.forLanguage(language).map(template => [template.id, template]));
		const items = kit.library
			.search(language)
			.search(query, popupSize)
			.flatMap(hit => {
				const template = byId.get(hit.templateId);
				return template ? [item(template, conversation, null)] : [];
			});
		last = {language, query, channel: conversation.channel, items};
		return items;
	};
}

function item(template: Template, conversation: Conversation, lead: string | null): PopupItem {
	const notes = [
		lead,
		template.shortcut ? `/${template.shortcut}` : null,
		template.humanOnly ? '⚑ human-only topic' : null,
		template.channels.length > 0 && !template.channels.includes(conversation.channel) ? `meant for ${template.channels.join(', ')}` : null,
		template.visibility === 'personal' ? 'personal' : null,
		baseLanguage(template.language) !== baseLanguage(conversation.customer.language) ? `in ${template.language}` : null,
	];
	return {id: template.id, title: template.title, detail: notes.filter(Boolean).join(' · ')};
}

const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0];
