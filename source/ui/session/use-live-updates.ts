// Polls the back end for changes so new conversations and customer replies appear without pressing R.
import {useEffect, useRef} from 'react';
import type {Changes, HelpdeskProvider} from '../../providers/provider.js';

export function useLiveUpdates(provider: HelpdeskProvider, everyMilliseconds: number, onChange: (changes: Changes) => void): void {
	const handler = useRef(onChange);
	handler.current = onChange;
	useEffect(() => {
		if (!provider.capabilities.changes || everyMilliseconds <= 0) return;
		let live = true;
		let cursor: string | null = null;
		let timer: NodeJS.Timeout | undefined;
		const poll = async () => {
			try {
				const changes = await provider.changesSince(cursor);
				const first = cursor === null;
				cursor = changes.cursor;
				if (live && !first && (changes.changed.length > 0 || changes.removed.length > 0)) handler.current(changes);
			} catch {
				// A missed poll is retried on the next tick; writes and R report errors where the agent acts.
			}
			if (live) {
				timer = setTimeout(poll, everyMilliseconds);
				timer.unref?.();
			}
		};
		void poll();
		return () => {
			live = false;
			clearTimeout(timer);
		};
	}, [provider, everyMilliseconds]);
}
