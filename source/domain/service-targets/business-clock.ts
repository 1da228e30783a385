// Counts only covered time: a weekly schedule in a time zone, minus holidays; or every hour (24/7).
import {localToUtc, offsetLookup} from './time-zone.js';

const day = 86_400_000;
/** Walking further than this finds no covered time: the schedule is empty (config validation prevents it). */
const maxDays = 3_660;

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/** Minutes after local midnight, [start, end). */
export type DayInterval = {start: number; end: number};

export type Coverage = {
	timezone: string;
	/** Covered intervals per weekday (index 0 = Sunday); null means 24/7. */
	weekly: DayInterval[][] | null;
	/** Local dates (YYYY-MM-DD) with no coverage at all. */
	holidays: string[];
};

export type BusinessClock = {
	readonly alwaysOn: boolean;
	/** Covered milliseconds between two instants (0 when to <= from). */
	elapsed(from: number, to: number): number;
	/** The instant when `amount` covered milliseconds have passed since `from`. */
	add(from: number, amount: number): number;
};

export const alwaysOnCoverage: Coverage = {timezone: 'UTC', weekly: null, holidays: []};

export function createBusinessClock(coverage: Coverage): BusinessClock {
	const weekly = coverage.weekly;
	if (weekly === null) {
		return {alwaysOn: true, elapsed: (from, to) => Math.max(0, to - from), add: (from, amount) => from + amount};
	}
	const offsetAt = offsetLookup(coverage.timezone);
	const holidays = new Set(coverage.holidays);
	const days = new Map<number, Array<[number, number]>>();

	const localDay = (utc: number) => Math.floor((utc + offsetAt(utc)) / day);
	function intervals(dayNumber: number): Array<[number, number]> {
		let result = days.get(dayNumber);
		if (result) return result;
		const date = new Date(dayNumber * day).toISOString().slice(0, 10);
		// Day 0 (1970-01-01) was a Thursday.
		const schedule = holidays.has(date) ? [] : weekly![(dayNumber + 4) % 7]!;
		result = schedule.map(({start, end}) => [
			localToUtc(dayNumber * day + start * 60_000, offsetAt),
			localToUtc(dayNumber * day + end * 60_000, offsetAt),
		]);
		if (days.size > 50_000) days.clear();
		days.set(dayNumber, result);
		return result;
	}

	return {
		alwaysOn: false,
		elapsed(from, to) {
			if (to <= from) return 0;
			let total = 0;
			const last = Math.min(localDay(to), localDay(from) + maxDays);
			for (let dayNumber = localDay(from); dayNumber <= last; dayNumber++) {
				for (const [start, end] of intervals(dayNumber)) {
					const overlap = Math.min(end, to) - Math.max(start, from);
					if (overlap > 0) total += overlap;
				}
			}
			return total;
		},
		add(from, amount) {
			let left = amount;
			const first = localDay(from);
			for (let dayNumber = first; dayNumber <= first + maxDays; dayNumber++) {
				for (const [start, end] of intervals(dayNumber)) {
					const begin = Math.max(start, from);
					if (end <= begin) continue;
					if (begin + left <= end) return begin + left;
					left -= end - begin;
				}
			}
			return Number.POSITIVE_INFINITY;
		},
	};
}
