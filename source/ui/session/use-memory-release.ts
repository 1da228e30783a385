// Once a big load or scoring pass is over and the console has been quiet a moment, V8's spare pages go back (see
// free-memory.ts). A small queue's pass leaves little behind, so it costs no collection.
import {useEffect, useRef} from 'react';
import {returnFreedMemory} from './free-memory.js';

/** Passes over fewer rows than this are left to V8. */
export const bigQueueRows = 5000;
const quietMs = 1500;

export type MemoryRelease = {release?: () => void; quietMs?: number};

/** `working`: rows still arriving or being scored; `rows`: how many the pass is over. */
export function useMemoryRelease(working: boolean, rows: number, options: MemoryRelease = {}): void {
	// The most rows seen since the last release: a big pass cut short by a small reload still left its pages.
	const pending = useRef(0);
	const release = options.release ?? returnFreedMemory;
	const wait = options.quietMs ?? quietMs;
	useEffect(() => {
		if (working) {
			pending.current = Math.max(pending.current, rows);
			return;
		}
		if (pending.current < bigQueueRows) {
			pending.current = 0;
			return;
		}
		const timer = setTimeout(() => {
			pending.current = 0;
			release();
		}, wait);
		return () => clearTimeout(timer);
	}, [working, rows]);
}
