// Keeps the status bar's counts, reloading them whenever `version` changes (after writes and refreshes).
import {useEffect, useState} from 'react';
import type {HelpdeskProvider} from '../../providers/provider.js';
import {loadDeskCounts, type DeskCounts} from './desk-counts.js';

export function useDeskCounts(provider: HelpdeskProvider, version: number): DeskCounts | null {
	const [counts, setCounts] = useState<DeskCounts | null>(null);
	useEffect(() => {
		let live = true;
		// Counts are a nicety: when the back end cannot give them, the bar simply shows none.
		loadDeskCounts(provider).then(
			next => live && setCounts(next),
			() => live && setCounts(null),
		);
		return () => {
			live = false;
		};
	}, [provider, version]);
	return counts;
}
