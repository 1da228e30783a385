// UTC offsets of an IANA time zone through Intl (no tz database dependency), cached per 15 minutes.

const quarterHour = 15 * 60_000;
const cacheLimit = 200_000;

export function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', {timeZone: name});
		return true;
	} catch {
		return false;
	}
}

/** Offset (local minus UTC, in ms) at a UTC instant. Offsets only change on quarter hours, hence the cache key. */
export function offsetLookup(timeZone: string): (utc: number) => number {
	if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return () => 0;
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
	});
	const cache = new Map<number, number>();
	return utc => {
		const bucket = Math.floor(utc / quarterHour);
		const cached = cache.get(bucket);
		if (cached !== undefined) return cached;
		const instant = bucket * quarterHour;
		const fields: Record<string, number> = {};
		for (const part of format.formatToParts(instant)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
		const local = Date.UTC(fields['year']!, fields['month']! - 1, fields['day']!, fields['hour']!, fields['minute']!);
		const offset = local - instant;
		if (cache.size > cacheLimit) cache.clear();
		cache.set(bucket, offset);
		return offset;
	};
}

/** The UTC instant of a wall-clock time (ms since epoch as if local were UTC), in two passes for DST edges. */
export function localToUtc(local: number, offsetAt: (utc: number) => number): number {
	const guess = local - offsetAt(local);
	return local - offsetAt(guess);
}
