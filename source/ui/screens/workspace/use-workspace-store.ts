// The workspace's reducers (queue, conversation, composer, its own) and the loaders that feed them.
import {useEffect, useReducer} from 'react';
import {useEagerReducer} from '../../state/use-eager-reducer.js';
import type {DeskSession} from '../../session/desk-session.js';
import {summaryOf} from '../../../domain/summary-of.js';
import {useDeskCounts} from '../../session/use-desk-counts.js';
import {composerReducer} from '../composer/composer-state.js';
import {conversationReducer, initialConversationState} from '../conversation/conversation-state.js';
import {useConversationLoader} from '../conversation/use-conversation-loader.js';
import {initialQueueState, queueReducer} from '../queue/queue-state.js';
import {useQueueLoader} from '../queue/use-queue-loader.js';
import {initialWorkspaceState, workspaceReducer} from './workspace-state.js';

export function useWorkspaceStore(session: DeskSession) {
	const [queue, queueDispatch, readQueue] = useEagerReducer(queueReducer, () => initialQueueState());
	const [conversation, conversationDispatch, readConversation] = useEagerReducer(conversationReducer, () => initialConversationState);
	const [composer, composerDispatch, readComposer] = useEagerReducer(composerReducer, () => null);
	const [ui, uiDispatch, readUi] = useEagerReducer(workspaceReducer, () => initialWorkspaceState);
	const [countsVersion, refreshCounts] = useReducer((version: number) => version + 1, 0);
	useQueueLoader(session.provider, queue, queueDispatch);
	useConversationLoader(session.provider, conversation, conversationDispatch);
	const counts = useDeskCounts(session.provider, countsVersion);
	// Every fetch of the open conversation also freshens its queue row.
	const loaded = conversation.conversation;
	useEffect(() => {
		if (loaded) queueDispatch({type: 'patch', summary: summaryOf(loaded)});
	}, [loaded]);
	/** The newest state, for key handlers and async work (the render's values may be a key behind). */
	const latest = () => ({queue: readQueue(), conversation: readConversation(), composer: readComposer(), ui: readUi()});
	// countsVersion also paces the outbox's background delivery: at start, on refresh and after writes.
	return {queue, queueDispatch, conversation, conversationDispatch, composer, composerDispatch, ui, uiDispatch, counts, countsVersion, refreshCounts, latest};
}

export type WorkspaceStore = ReturnType<typeof useWorkspaceStore>;
