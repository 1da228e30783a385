// Exports Period and the calendar buckets (UTC days and ISO-style weeks starting Monday) metrics count in.
export type Period = {from: number; until: number};

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;
export const weekMs = 7 * dayMs;

export function inPeriod(at: number, period: Period): boolean {
	return at >= period.from && at < period.until;
}

/** Start of the UTC day holding `at`. */
export function dayStart(at: number): number {
	return Math.floor(at / dayMs) * dayMs;
}

/** Start of the UTC week (Monday) holding `at`; epoch day 0 was a Thursday. */
export function weekStart(at: number): number {
	const day = dayStart(at);
	const weekday = (Math.floor(day / dayMs) + 3) % 7;
	return day - weekday * dayMs;
}

export function isoDay(at: number): string {
	return new Date(at).toISOString().slice(0, 10);
}
