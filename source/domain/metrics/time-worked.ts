// Time worked on a conversation, as helpdesk time tracking counts it: the clock runs while the agent has the
// conversation open, each quiet stretch counts up to the idle limit, time in $EDITOR counts whole, and a
// stay shorter than the minimum (a glance while arrowing through the queue) is not recorded.
import {DeskError} from '../errors.js';
import {formatDuration, parseDuration} from '../service-targets/duration.js';

/** A quiet stretch longer than this counts only this long: the agent went away. */
export const idleLimitMs = 5 * 60_000;
/** Stays shorter than this are not recorded. */
export const minimumWorkedSeconds = 30;
/** One `--worked` above this is surely a typo. */
const maximumGivenMs = 24 * 3_600_000;

export type WorkTimer = {
	conversationId: string;
	/** Time already counted, up to lastActiveAt. */
	countedMs: number;
	/** The last key press (or the start, or the return from the editor). */
	lastActiveAt: number;
	/** Set while the terminal is handed to $EDITOR: that time counts whole. */
	heldSince: number | null;
};

export function startTimer(conversationId: string, at: number): WorkTimer {
	return {conversationId, countedMs: 0, lastActiveAt: at, heldSince: null};
}

/** A key press: the stretch since the last one counts, up to the idle limit. */
export function markActive(timer: WorkTimer, at: number): WorkTimer {
	if (timer.heldSince !== null) return timer;
	return {...timer, countedMs: workedMs(timer, at), lastActiveAt: Math.max(at, timer.lastActiveAt)};
}

export function holdTimer(timer: WorkTimer, at: number): WorkTimer {
	if (timer.heldSince !== null) return timer;
	return {...timer, countedMs: workedMs(timer, at), lastActiveAt: at, heldSince: at};
}

export function releaseTimer(timer: WorkTimer, at: number): WorkTimer {
	if (timer.heldSince === null) return timer;
	return {...timer, countedMs: timer.countedMs + Math.max(0, at - timer.heldSince), lastActiveAt: at, heldSince: null};
}

/** What the timer shows at `at`: counted time plus the current stretch (capped unless in the editor). */
export function workedMs(timer: WorkTimer, at: number): number {
	const stretch = Math.max(0, at - (timer.heldSince ?? timer.lastActiveAt));
	return timer.countedMs + (timer.heldSince === null ? Math.min(stretch, idleLimitMs) : stretch);
}

/** The whole seconds to record when the agent leaves or sends, or null under the minimum. */
export function secondsToRecord(timer: WorkTimer, at: number): number | null {
	const seconds = Math.round(workedMs(timer, at) / 1000);
	return seconds >= minimumWorkedSeconds ? seconds : null;
}

/** `--worked 5m`: whole seconds, more than none and at most a day. */
export function parseWorked(text: string): number {
	const milliseconds = parseDuration(text);
	if (milliseconds === undefined || Math.round(milliseconds / 1000) < 1) {
		throw new DeskError('usage', '--worked: expected a duration like 90s, 5m or 1h30m');
	}
	if (milliseconds > maximumGivenMs) throw new DeskError('usage', `--worked: ${formatDuration(milliseconds)} is more than a day in one go (give at most 24h)`);
	return Math.round(milliseconds / 1000);
}
