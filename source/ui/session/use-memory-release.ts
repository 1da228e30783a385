// Gives V8's spare pages back once the agent has not pressed a key for a moment, when the console's thread grew:
// after a big load or pass, or when RSS rose past a margin (operations/memory-release-policy.ts).
// The collection stops the console for a few hundred ms at 100k rows, hence the pause.
import {useInput} from 'ink';
import {useEffect, useRef} from 'react';
import {returnFreedMemory} from '../../operations/free-memory.js';
import {releaseDecision, releaseLimits, type ReleaseLimits, type ReleaseReason} from '../../operations/memory-release-policy.js';

export {bigQueueRows} from '../../operations/memory-release-policy.js';

const settleMs = 50;

export type MemoryRelease = {
	release?: (reason: ReleaseReason) => void;
	/** The process's resident memory now. */
	rss?: () => number;
	clock?: () => number;
	limits?: Partial<ReleaseLimits>;
};

/** `working`: rows still arriving or being scored (on this thread); `rows`: how many it is over. */
export function useMemoryRelease(working: boolean, rows: number, options: MemoryRelease = {}): void {
	const release = options.release ?? (reason => void returnFreedMemory(reason));
	const rss = options.rss ?? process.memoryUsage.rss;
	const clock = options.clock ?? performance.now.bind(performance);
	const limits = {...releaseLimits, ...options.limits};
	// The most rows worked here since the last release: a big pass cut short by a small reload still left its pages.
	const rowsHere = useRef(0);
	const baseRss = useRef<number | null>(null);
	const lastRelease = useRef<number | null>(null);
	const lastKey = useRef(Number.NEGATIVE_INFINITY);
	const workEnded = useRef(false);
	const busy = useRef(working);
	busy.current = working;
	const timer = useRef<NodeJS.Timeout | undefined>(undefined);
	baseRss.current ??= rss();
	lastRelease.current ??= clock();

	const check = () => {
		timer.current = undefined;
		const now = clock();
		const decision = releaseDecision(
			{
				working: busy.current,
				rowsHere: rowsHere.current,
				grownBytes: rss() - baseRss.current!,
				idleMs: now - lastKey.current,
				sinceReleaseMs: now - lastRelease.current!,
				workEnded: workEnded.current,
			},
			limits,
		);
		if (decision.kind === 'wait') schedule(decision.ms);
		if (decision.kind !== 'release') return;
		release(decision.reason);
		rowsHere.current = 0;
		workEnded.current = false;
		baseRss.current = rss();
		lastRelease.current = clock();
	};
	const schedule = (ms: number) => {
		clearTimeout(timer.current);
		timer.current = setTimeout(check, ms);
	};
	// The end of a typing burst is looked at once (the check waits on while keys keep coming).
	useInput(() => {
		lastKey.current = clock();
		if (timer.current === undefined && !busy.current) schedule(limits.typingQuietMs);
	});
	// Work that just ended counts too: a load's last page arrives in the render that ends it.
	const wasWorking = useRef(false);
	useEffect(() => {
		if (wasWorking.current || working) rowsHere.current = Math.max(rowsHere.current, rows);
		if (working) {
			clearTimeout(timer.current);
			timer.current = undefined;
			wasWorking.current = true;
			return;
		}
		if (wasWorking.current) workEnded.current = true;
		wasWorking.current = false;
		// Looked at once the frame that shows the end is out (Ink draws at most every 33 ms); the rule waits for the keys.
		schedule(Math.min(limits.quietMs, settleMs));
	}, [working, rows]);
	useEffect(() => () => clearTimeout(timer.current), []);
}
