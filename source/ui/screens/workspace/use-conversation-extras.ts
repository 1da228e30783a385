// The workspace's extras around the thread and in queue rows: triage, suggestions and any wired-in panels or badges.
import {useEffect, useMemo, useRef, type Dispatch} from 'react';
import type {Conversation} from '../../../domain/conversation.js';
import type {OpenAssist} from '../../assist/use-open-assist.js';
import type {ConsoleExtensions, ConsolePanel, RowBadge} from '../../extensions.js';
import type {ConversationAction} from '../conversation/conversation-state.js';
import {conversationExtras, type ConversationExtras} from './conversation-extras.js';

type Inputs = {
	open: Conversation | null;
	assist: OpenAssist;
	badges: ConsoleExtensions['queueBadges'];
	extensions: ConsoleExtensions;
	now: number;
	wide: boolean;
	composing: boolean;
	focus: 'queue' | 'conversation';
	details: boolean;
	conversationDispatch: Dispatch<ConversationAction>;
};

export function useConversationExtras(inputs: Inputs): {extras: ConversationExtras; badges: ConsoleExtensions['queueBadges']} {
	const {open, assist, extensions, now, wide, composing, focus, details, conversationDispatch} = inputs;
	const extensionPanels = useMemo(
		() => (open ? (extensions.panels ?? []).map(panel => panel(open, now)).filter((panel): panel is ConsolePanel => panel !== null) : []),
		[open, now, extensions.panels],
	);
	const extras = useMemo(
		() => conversationExtras({conversation: open, assist, now, wide, composing, focus, details, extensionPanels}),
		[open, assist, now, wide, composing, focus, details, extensionPanels],
	);
	// With the details on, each conversation opens at its top, where they are.
	const openId = open?.id;
	const detailsShown = useRef(details);
	detailsShown.current = details;
	useEffect(() => {
		if (openId !== undefined && detailsShown.current) conversationDispatch({type: 'jump', to: 'top'});
	}, [openId, conversationDispatch]);
	const badges = useMemo(() => combineBadges(inputs.badges, extensions.queueBadges), [inputs.badges, extensions.queueBadges]);
	return {extras, badges};
}

type Badges = ConsoleExtensions['queueBadges'];

/** Triage's badges and any wired in through the extensions, side by side. */
function combineBadges(first: Badges, second: Badges): Badges {
	if (!first || !second) return first ?? second;
	return (row, now) => {
		const a = first(row, now);
		const b = second(row, now);
		return b.length === 0 ? a : a.length === 0 ? b : ([...a, ...b] satisfies RowBadge[]);
	};
}
