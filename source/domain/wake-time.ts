// Parses when a snoozed conversation should wake: "45m", "2h", "3d", "1w", "tomorrow", or an ISO time.
import {DeskError} from './errors.js';

const units: Record<string, number> = {m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000};

export function parseWakeTime(text: string, now: number): number {
	const trimmed = text.trim().toLowerCase();
	const duration = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(trimmed);
	if (duration) return now + Math.round(Number(duration[1]) * units[duration[2]!]!);
	if (trimmed === 'tomorrow') {
		const wake = new Date(now + units['d']!);
		wake.setHours(9, 0, 0, 0);
		return wake.getTime();
	}
	if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) {
		const parsed = Date.parse(text.trim());
		if (!Number.isNaN(parsed)) return parsed;
	}
	throw new DeskError('usage', `cannot read wake time "${text}" (use 30m, 2h, 3d, 1w, tomorrow or an ISO time like 2026-12-01T09:00)`);
}
