// A refresh loop for a screen that reads on a timer: one read at a time, the next an interval after it ends.
// The loop lives in the effect, not in React state: a timer tick commits nothing, so the only commits a refresh
// makes are the ones that bring new numbers (every commit opens Ink's render throttle, and a key pressed inside
// it waits for the throttle's trailing frame).
import {useCallback, useEffect, useRef, type DependencyList} from 'react';

/** `read` gets whether the loop still runs (its result is dropped once the deps changed); returns "read now". */
export function useRefreshLoop(read: (live: () => boolean) => Promise<void>, intervalMs: number, deps: DependencyList): () => void {
	const latest = useRef(read);
	latest.current = read;
	const wake = useRef<() => void>(() => undefined);

	useEffect(() => {
		let live = true;
		let running = false;
		let again = false;
		let timer: NodeJS.Timeout | undefined;
		const run = () => {
			running = true;
			latest
				.current(() => live)
				.catch(() => undefined)
				.finally(() => {
					running = false;
					if (!live) return;
					if (again) {
						again = false;
						run();
					} else timer = setTimeout(run, intervalMs);
				});
		};
		// Asked while a read is in flight: one more read right after it.
		wake.current = () => {
			if (running) again = true;
			else {
				clearTimeout(timer);
				run();
			}
		};
		run();
		return () => {
			live = false;
			wake.current = () => undefined;
			clearTimeout(timer);
		};
	}, [intervalMs, ...deps]);

	return useCallback(() => wake.current(), []);
}
