// How long ago / how long until, in the few characters a queue column has.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "now", "12m", "3h", "4d", "7w": compact, for columns. */
export function shortDuration(milliseconds: number): string {
	const span = Math.abs(milliseconds);
	if (span < minute) return 'now';
	if (span < hour) return `${Math.floor(span / minute)}m`;
	if (span < day) return `${Math.floor(span / hour)}h`;
	if (span < 14 * day) return `${Math.floor(span / day)}d`;
	return `${Math.floor(span / (7 * day))}w`;
}

/** "3h ago" / "in 2d", for prose. */
export function relativeTime(at: number, now: number): string {
	const difference = at - now;
	if (Math.abs(difference) < minute) return 'just now';
	return difference < 0 ? `${shortDuration(difference)} ago` : `in ${shortDuration(difference)}`;
}

export function isoTime(at: number | null): string | null {
	return at === null ? null : new Date(at).toISOString();
}
