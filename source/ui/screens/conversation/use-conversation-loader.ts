// Fetches the open conversation whenever the reducer asks (open, reload), ignoring answers that came too late.
import {useEffect, type Dispatch} from 'react';
import {toDeskError} from '../../../domain/errors.js';
import type {HelpdeskProvider} from '../../../providers/provider.js';
import type {ConversationAction, ConversationState} from './conversation-state.js';

export function useConversationLoader(provider: HelpdeskProvider, state: ConversationState, dispatch: Dispatch<ConversationAction>): void {
	const {id, generation} = state;
	useEffect(() => {
		if (id === null) return;
		let live = true;
		provider.getConversation(id).then(
			conversation => live && dispatch({type: 'loaded', generation, conversation}),
			(error: unknown) => live && dispatch({type: 'failed', generation, message: toDeskError(error).message}),
		);
		return () => {
			live = false;
		};
	}, [provider, id, generation, dispatch]);
}
