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

/** A period bound as people type it: "7d" (that long before now), or a date/time "2026-11-01" (UTC); undefined when neither. */
export function parsePeriodBound(text: string, now: number): number | undefined {
	const trimmed = text.trim();
	const relative = /^(\d+)([hdw])$/.exec(trimmed.toLowerCase());
	if (relative) return now - Number(relative[1]) * {h: hourMs, d: dayMs, w: weekMs}[relative[2] as 'h' | 'd' | 'w'];
	if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(trimmed)) return undefined;
	const at = Date.parse(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
	return Number.isNaN(at) ? undefined : at;
}
