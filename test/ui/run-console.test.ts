import {describe, expect, it} from 'vitest';
import {refreshInterval} from '../../source/ui/run-console.js';

describe('console settings from the environment', () => {
	it('refreshes every 15 seconds unless DESKTERM_REFRESH_SECONDS says otherwise', () => {
		expect(refreshInterval({})).toBe(15_000);
		expect(refreshInterval({DESKTERM_REFRESH_SECONDS: '2.5'})).toBe(2500);
		expect(refreshInterval({DESKTERM_REFRESH_SECONDS: '0'})).toBe(0);
		expect(() => refreshInterval({DESKTERM_REFRESH_SECONDS: 'often'})).toThrow(/must be a number of seconds/);
		expect(() => refreshInterval({DESKTERM_REFRESH_SECONDS: '-1'})).toThrow(/0 or more/);
	});
});
