// Durations as people write them in config files: "24h", "60m", "90s", "3d", "1h30m", "0m".
import {DeskError} from '../errors.js';

const units: Record<string, number> = {s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000};
const whole = /^(?:\d+(?:\.\d+)?[smhdw])+$/;
const part = /(\d+(?:\.\d+)?)([smhdw])/g;

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
	const trimmed = text.trim().toLowerCase().replace(/\s+/g, '');
	if (!whole.test(trimmed)) return undefined;
	let total = 0;
	for (const match of trimmed.matchAll(part)) total += Number(match[1]) * units[match[2]!]!;
	return Math.round(total);
}

export function requireDuration(text: string, what: string): number {
	const parsed = parseDuration(text);
	if (parsed === undefined) throw new DeskError('usage', `${what}: "${text}" is not a duration (use 90s, 5m, 24h, 3d or 1h30m)`);
	return parsed;
}

/** "1h30m", "5m", "2d4h", "45s": the shortest exact-enough form for help and JSON-free output. */
export function formatDuration(milliseconds: number): string {
	let rest = Math.round(Math.abs(milliseconds) / 1_000);
	if (rest === 0) return '0m';
	const parts: string[] = [];
	for (const [unit, seconds] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
		const count = Math.floor(rest / seconds);
		if (count > 0) parts.push(`${count}${unit}`);
		rest -= count * seconds;
		if (parts.length === 2) break;
	}
	return parts.join('');
}
