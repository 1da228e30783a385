// Durations as written in the config files.
import {describe, expect, it} from 'vitest';
import {formatDuration, parseDuration} from '../../../source/domain/service-targets/duration.js';

describe('durations', () => {
	it('reads 90s, 5m, 24h, 3d, 1w, 1h30m and 0m', () => {
		expect([' 90s', '5m', '24h', '3d', '1w', '1h30m', '0m', '1.5h'].map(parseDuration)).toEqual([90_000, 300_000, 86_400_000, 259_200_000, 604_800_000, 5_400_000, 0, 5_400_000]);
	});

	it('refuses anything else', () => {
		expect(['', 'soon', '5', 'm5', '-5m', '5 minutes'].map(parseDuration)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
	});

	it('writes the two largest units', () => {
		expect([0, 75_000, 5_400_000, 129_600_000].map(formatDuration)).toEqual(['0m', '1m15s', '1h30m', '1d12h']);
	});
});
