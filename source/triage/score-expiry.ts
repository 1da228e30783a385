// When a kept triage score stops being true with the clock alone, and the one rule for whether it still stands:
// the console's queue and the lead's dashboard keep scores between reads and both ask it.
const hour = 3_600_000;

/** The waits at which effort gains a signal ("waiting hours", then "more than a day"); effort reads them from here. */
export const waitBands = {hours: 4 * hour, day: 24 * hour} as const;

/**
 * The first time after `scoredAt` at which the clock alone moves a score's levels: the customer's wait entering its
 * next band. Infinity when nobody waits or the last band is reached (other inputs change the conversation's version).
 */
export function levelsExpireAt(waitingSince: number | null, scoredAt: number): number {
	if (waitingSince === null) return Number.POSITIVE_INFINITY;
	for (const band of [waitBands.hours, waitBands.day]) if (waitingSince + band > scoredAt) return waitingSince + band;
	return Number.POSITIVE_INFINITY;
}

/**
 * Whether a score kept at `scoredAt` has aged at `now`: past its expiry, or older than `maxAgeMs` (the priority
 * follows the target clock between bands, so the queue bounds its age; levels alone pass Infinity).
 * Positional, allocation-free: asked of every row of a 100k queue each minute.
 */
export function scoreAged(scoredAt: number, expiresAt: number, now: number, maxAgeMs: number): boolean {
	return now >= expiresAt || now - scoredAt > maxAgeMs;
}
