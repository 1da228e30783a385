// An axis value is the sum of its signals' weights, clamped to 0..100, with a level for each third.
import type {AxisScore, Level, Signal} from '../types.js';

/** Values below `medium` are low, below `high` medium, the rest high. */
export const levelThresholds = {medium: 35, high: 65} as const;

export function levelOf(value: number): Level {
	return value >= levelThresholds.high ? 'high' : value >= levelThresholds.medium ? 'medium' : 'low';
}

/** Adds the baseline signal when nothing else fired, so every score explains itself. */
export function axisScore(signals: Signal[], baseline: Signal): AxisScore {
	const all = signals.length === 0 ? [baseline] : signals;
	let sum = 0;
	for (const signal of all) sum += signal.weight;
	const value = Math.max(0, Math.min(100, Math.round(sum)));
	return {level: levelOf(value), value, signals: all};
}
