// Once a big load or scoring pass is over and the agent has not pressed a key for a moment, V8's spare pages go back
// (see operations/free-memory.ts). The collection stops the console for a few hundred ms at 100k rows, hence the pause; a small
// queue's pass leaves little behind, so it costs no collection.
import {useInput} from 'ink';
import {useEffect, useRef} from 'react';
import {returnFreedMemory} from '../../operations/free-memory.js';

/** Passes over fewer rows than this are left to V8. */
export const bigQueueRows = 5000;
const quietMs = 1500;

export type MemoryRelease = {release?: () => void; quietMs?: number};

/** `working`: rows still arriving or being scored; `rows`: how many the pass is over. */
export function useMemoryRelease(working: boolean, rows: number, options: MemoryRelease = {}): void {
	// The most rows seen since the last release: a big pass cut short by a small reload still left its pages.
	const pending = useRef(0);
	const lastKey = useRef(0);
	const release = options.release ?? returnFreedMemory;
	const wait = options.quietMs ?? quietMs;
	useInput(() => {
		lastKey.current = performance.now();
	});
	useEffect(() => {
		if (working) {
			pending.current = Math.max(pending.current, rows);
			return;
		}
		if (pending.current < bigQueueRows) {
			pending.current = 0;
			return;
		}
		let timer: NodeJS.Timeout;
		const due = () => {
			const typing = wait - (performance.now() - lastKey.current);
			if (typing > 0) {
				timer = setTimeout(due, typing);
				return;
			}
			pending.current = 0;
			release();
		};
		timer = setTimeout(due, wait);
		return () => clearTimeout(timer);
	}, [working, rows]);
}
