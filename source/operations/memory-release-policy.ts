// When the console gives V8's spare pages back (operations/free-memory.ts). The only collection that returns them
// is the memory-reducing one, which stops the console for 150-250 ms at 100k rows, so it runs only when the console's
// own thread grew: after a big load or a big pass on this thread, or when RSS rose past a margin since the last
// release and V8 has not given it back itself (the young generation grown again under key presses). A small load or
// pass costs no stall unless the thread grew past the margin meanwhile, and then it is released as work is, not as
// typing.

/** Work on the console's thread over fewer rows than this is left to V8. */
export const bigQueueRows = 5000;

export type ReleaseLimits = {
	/** No key for this long after a big load or pass on this thread. */
	quietMs: number;
	/** No key for this long after growth alone: V8's own memory reducer gives a typing burst's growth back about 12 s
	 * after it, with a shorter stall than this release (bench at 100k), so this is the fallback when it has not. */
	typingQuietMs: number;
	/** RSS this far over what it was after the last release counts as growth worth a release. */
	growthBytes: number;
	/** Growth alone is released at most this often: an agent typing in bursts gets one stall in this time. */
	growthEveryMs: number;
};

export const releaseLimits: ReleaseLimits = {quietMs: 1500, typingQuietMs: 20_000, growthBytes: 16 * 1024 * 1024, growthEveryMs: 30_000};

export type ReleaseAsk = {
	/** Rows still arriving or being scored: nothing runs until that ends. */
	working: boolean;
	/** The most rows a load or a pass on the console's own thread was over since the last release. */
	rowsHere: number;
	/** RSS now minus RSS just after the last release (or at start). */
	grownBytes: number;
	/** Time since the last key press. */
	idleMs: number;
	/** Time since the last release (or since start). */
	sinceReleaseMs: number;
	/** A load or a pass ended since the last release: growth then is the work's, not the keys'. */
	workEnded: boolean;
};

export type ReleaseReason = 'big work here' | 'grown by work' | 'grown';
export type ReleaseDecision = {kind: 'none'} | {kind: 'wait'; ms: number} | {kind: 'release'; reason: ReleaseReason};

export function releaseDecision(ask: ReleaseAsk, limits: ReleaseLimits = releaseLimits): ReleaseDecision {
	if (ask.working) return {kind: 'none'};
	const grown = ask.grownBytes >= limits.growthBytes;
	const [reason, quiet]: [ReleaseReason, number] | [null, 0] =
		ask.rowsHere >= bigQueueRows
			? ['big work here', limits.quietMs]
			: grown && ask.workEnded
				? ['grown by work', limits.quietMs]
				: grown
					? ['grown', limits.typingQuietMs]
					: [null, 0];
	if (reason === null) return {kind: 'none'};
	// Never while keys arrive: a key pressed during the collection waits for all of it.
	const wait = Math.max(quiet - ask.idleMs, reason === 'grown' ? limits.growthEveryMs - ask.sinceReleaseMs : 0);
	if (wait > 0) return {kind: 'wait', ms: wait};
	return {kind: 'release', reason};
}
