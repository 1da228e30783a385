// Saves the composer's text a moment after each change, and forgets it once sent or discarded.
import {useEffect, useRef} from 'react';
import type {ComposerState} from '../screens/composer/composer-state.js';
import {bufferText, isBlank} from '../../text/text-buffer.js';
import type {DraftStore} from './draft-store.js';

const pauseMs = 400;

export function useDraftAutosave(store: DraftStore, composer: ComposerState | null, clock: () => number, onError: (message: string) => void): void {
	const report = useRef(onError);
	report.current = onError;
	useEffect(() => {
		if (composer === null || composer.sending) return;
		const timer = setTimeout(() => {
			const {conversationId, kind, buffer, inserted} = composer;
			const draft = {conversationId, kind, text: bufferText(buffer), savedAt: clock(), ...(inserted.length > 0 ? {templates: inserted} : {})};
			const saving = isBlank(buffer) ? store.remove(conversationId) : store.save(draft);
			saving.catch((error: unknown) => report.current(`could not keep the draft on disk: ${error instanceof Error ? error.message : String(error)}`));
		}, pauseMs);
		return () => clearTimeout(timer);
	}, [store, composer, clock]);
}
