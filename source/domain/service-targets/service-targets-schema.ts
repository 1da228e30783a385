// The service-targets.yaml file: coverage (time zone, weekly hours, holidays), risk window, target overrides.
import * as z from '../../validation/zod.js';
import {channels, priorities, type Channel, type Priority} from '../conversation.js';
import {weekdays, type DayInterval} from './business-clock.js';
import {parseDuration} from './duration.js';
import {defaultServiceTargets, type ServiceTargets, type TargetPair} from './service-targets.js';
import {isTimeZone} from './time-zone.js';

/** zod/mini's transforms get the parse payload: a problem is pushed onto its issues. */
function fail(payload: z.core.ParsePayload, message: string): never {
	payload.issues.push({code: 'custom', message, input: payload.value});
	return z.NEVER;
}

const duration = z.pipe(
	z.string(),
	z.transform((text: string, payload) => parseDuration(text) ?? fail(payload, `"${text}" is not a duration (use 90s, 5m, 24h, 3d or 1h30m)`)),
);

const cell = z.strictObject({firstResponse: z.optional(duration), resolution: z.optional(duration)});
const channelTargets = z.strictObject(Object.fromEntries(priorities.map(priority => [priority, z.optional(cell)])) as Record<Priority, z.ZodMiniOptional<typeof cell>>);

const share = z.pipe(
	z.union([z.number(), z.string()]),
	z.transform((value: number | string, payload) => {
		const number = typeof value === 'number' ? value : /^\d+(?:\.\d+)?%$/.test(value.trim()) ? Number(value.trim().slice(0, -1)) / 100 : Number.NaN;
		return number > 0 && number <= 1 ? number : fail(payload, `"${value}" is not a share between 0 and 1 (e.g. 0.75 or 75%)`);
	}),
);

export const serviceTargetsSchema = z.strictObject({
	timezone: z.optional(z.string().check(z.refine(isTimeZone, {message: 'unknown time zone (use an IANA name such as Europe/Berlin or America/New_York)'}))),
	hours: z.optional(z.record(z.string(), z.string())),
	holidays: z.optional(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, {message: 'holidays are dates like 2026-12-25'})))),
	risk: z.optional(z.strictObject({share: z.optional(share), within: z.optional(duration)})),
	targets: z.optional(
		z.strictObject(Object.fromEntries(channels.map(channel => [channel, z.optional(channelTargets)])) as Record<Channel, z.ZodMiniOptional<typeof channelTargets>>),
	),
});

export type ServiceTargetsFile = z.infer<typeof serviceTargetsSchema>;

export type HoursProblem = {key: string; message: string};

/** Turns {"mon-fri": "09:00-17:00", sat: "closed"} into intervals per weekday, or the problems found. */
export function parseWeeklyHours(hours: Record<string, string>): {weekly: DayInterval[][]; problems: HoursProblem[]} {
	const weekly: DayInterval[][] = weekdays.map(() => []);
	const problems: HoursProblem[] = [];
	for (const [key, value] of Object.entries(hours)) {
		const days = parseDays(key);
		if (!days) {
			problems.push({key, message: `"${key}" is not a day or day range (use mon, tue ... sun, or a range like mon-fri)`});
			continue;
		}
		const intervals = parseIntervals(value);
		if (!intervals) {
			problems.push({key, message: `"${value}" is not a list of hours (use "09:00-17:00", "09:00-12:00, 13:00-17:00" or "closed")`});
			continue;
		}
		for (const dayIndex of days) weekly[dayIndex] = intervals;
	}
	if (problems.length === 0 && weekly.every(intervals => intervals.length === 0)) {
		problems.push({key: '', message: 'no covered hours at all: give at least one day, or leave "hours" out for 24/7'});
	}
	return {weekly, problems};
}

function parseDays(key: string): number[] | undefined {
	const [from, to, extra] = key.trim().toLowerCase().split('-');
	const start = weekdays.indexOf(from as (typeof weekdays)[number]);
	const end = to === undefined ? start : weekdays.indexOf(to as (typeof weekdays)[number]);
	if (extra !== undefined || start < 0 || end < 0) return undefined;
	const days: number[] = [];
	for (let index = start; ; index = (index + 1) % 7) {
		days.push(index);
		if (index === end) return days;
	}
}

function parseIntervals(value: string): DayInterval[] | undefined {
	if (value.trim().toLowerCase() === 'closed') return [];
	const intervals: DayInterval[] = [];
	for (const piece of value.split(',')) {
		const match = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(piece);
		if (!match) return undefined;
		const start = Number(match[1]) * 60 + Number(match[2]);
		const end = Number(match[3]) * 60 + Number(match[4]);
		if (Number(match[2]) > 59 || Number(match[4]) > 59 || end > 24 * 60 || start >= end) return undefined;
		intervals.push({start, end});
	}
	return intervals.sort((a, b) => a.start - b.start);
}

/** The effective targets: the shipped defaults with the file's values laid over them. */
export function mergeServiceTargets(file: ServiceTargetsFile, weekly: DayInterval[][] | null): ServiceTargets {
	const result = defaultServiceTargets();
	result.coverage = {timezone: file.timezone ?? 'UTC', weekly, holidays: file.holidays ?? []};
	if (file.risk?.share !== undefined) result.riskShare = file.risk.share;
	if (file.risk?.within !== undefined) result.riskWithin = file.risk.within;
	for (const channel of channels) {
		for (const priority of priorities) {
			const override = file.targets?.[channel]?.[priority];
			if (!override) continue;
			const cellTargets: TargetPair = result.table[channel][priority];
			if (override.firstResponse !== undefined) cellTargets.firstResponse = override.firstResponse;
			if (override.resolution !== undefined) cellTargets.resolution = override.resolution;
		}
	}
	return result;
}
