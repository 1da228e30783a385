// For the open conversation: its triage in full and the suggested replies, worked out after the frame that shows
// it, and dropped when the agent moves on before they are ready.
import {useEffect, useMemo, useRef, useState} from 'react';
import type {Conversation, ConversationSummary} from '../../domain/conversation.js';
import {toDeskError} from '../../domain/errors.js';
import type {Triage} from '../../triage/types.js';
import type {AssistKit, SuggestAnswer} from '../../operations/assist-kit.js';
import type {ShownSuggestion, SuggestionsView} from '../../presenters/console-panels/suggestions-panel.js';

export type OpenAssist = {triage: Triage | null; suggestions: SuggestionsView};

export function useOpenAssist(kit: AssistKit | null, conversation: Conversation | null, rows: readonly ConversationSummary[]): OpenAssist {
	const [triage, setTriage] = useState<{id: string; triage: Triage} | null>(null);
	const [suggestions, setSuggestions] = useState<{id: string; view: SuggestionsView} | null>(null);
	const queueRows = useRef(rows);
	queueRows.current = rows;

	useEffect(() => {
		if (!kit || !conversation) return;
		let live = true;
		const controller = new AbortController();
		const timer = setImmediate(() => {
			const others = queueRows.current.filter(row => row.customerId === conversation.customerId && row.id !== conversation.id && row.status !== 'closed').length;
			kit.scoreOpen(conversation, others).then(
				scored => live && scored && setTriage({id: conversation.id, triage: scored}),
				() => undefined,
			);
			const show = (items: ShownSuggestion[], note?: string) =>
				live && setSuggestions({id: conversation.id, view: {status: 'ready', items, ...(note ? {note} : {})}});
			const fail = (error: unknown) => live && setSuggestions({id: conversation.id, view: {status: 'error', message: toDeskError(error).message}});
			// The local ranking shows at once; an AI re-ranker, when configured, reorders it when (and if) it answers.
			const reranked = (items: ShownSuggestion[], note?: string) => {
				if (!kit.rerank || items.length < 2 || !live) return show(items, note);
				show(items, 'asking the AI re-ranker…');
				kit.rerank(conversation, controller.signal).then(result => show(result.items, result.note), fail);
			};
			// The words' ranking first when the encoder has not read this conversation yet; the encoder's when it has.
			const ranked = (answer: SuggestAnswer) => {
				if (!answer.later) return reranked(answer.items, answer.note);
				show(answer.items, answer.note);
				answer.later.then(later => reranked(later.items, later.note), fail);
			};
			const quick = kit.suggest(conversation, false);
			if (!(quick instanceof Promise)) {
				show(quick.items, quick.note);
				// A ranker built before the latest sent templates answers at once; the one that knows them follows.
				Promise.resolve(kit.suggest(conversation, true)).then(ranked, fail);
			} else {
				setSuggestions({id: conversation.id, view: {status: 'loading', what: `learning from ${kit.library.templates.length} templates…`}});
				quick.then(ranked, fail);
			}
		});
		return () => {
			live = false;
			controller.abort();
			clearImmediate(timer);
		};
	}, [kit, conversation]);

	const id = conversation?.id;
	const off = !kit || kit.library.templates.length === 0;
	const shownTriage = triage !== null && triage.id === id ? triage.triage : null;
	const view = off ? offView : suggestions !== null && suggestions.id === id ? suggestions.view : rankingView;
	return useMemo(() => ({triage: shownTriage, suggestions: view}), [shownTriage, view]);
}

const offView: SuggestionsView = {status: 'off'};
const rankingView: SuggestionsView = {status: 'loading', what: 'ranking the templates…'};
