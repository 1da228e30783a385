// The sentence encoder reads the highlighted conversation and its neighbours ahead (in its own process), so that
// opening one shows the encoder's suggestions at once; moving the highlight cancels what was still to read.
import {useEffect, useRef} from 'react';
import type {AssistKit} from '../../operations/assist-kit.js';
import type {QueueState} from '../screens/queue/queue-state.js';

// The highlighted one first, then the rows a key away: a handful, so a long queue never queues up work.
const around = [0, 1, -1, 2];

export function useEncoderPrefetch(kit: AssistKit | null, queue: QueueState): void {
	const rows = useRef(queue.items);
	rows.current = queue.items;
	const selected = queue.status === 'ready' ? queue.selected : -1;
	const highlighted = selected >= 0 ? queue.items[selected]?.id : undefined;
	useEffect(() => {
		if (!kit || highlighted === undefined) return;
		// After the frame that moved the highlight: the lane's first read must not delay it.
		const timer = setImmediate(() => {
			const at = rows.current.findIndex(row => row.id === highlighted);
			kit.prefetch(around.flatMap(step => rows.current[at + step]?.id ?? []));
		});
		return () => clearImmediate(timer);
	}, [kit, highlighted]);
	useEffect(() => () => kit?.prefetch([]), [kit]);
}
