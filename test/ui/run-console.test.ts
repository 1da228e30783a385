import {describe, expect, it} from 'vitest';
import {refreshInterval, withoutFetch} from '../../source/ui/run-console.js';

describe('console settings from the environment', () => {
	it('refreshes every 15 seconds unless DESKTERM_REFRESH_SECONDS says otherwise', () => {
		expect(refreshInterval({})).toBe(15_000);
		expect(refreshInterval({DESKTERM_REFRESH_SECONDS: '2.5'})).toBe(2500);
		expect(refreshInterval({DESKTERM_REFRESH_SECONDS: '0'})).toBe(0);
		expect(() => refreshInterval({DESKTERM_REFRESH_SECONDS: 'often'})).toThrow(/must be a number of seconds/);
		expect(() => refreshInterval({DESKTERM_REFRESH_SECONDS: '-1'})).toThrow(/0 or more/);
	});
});

describe('loading the Ink half without fetch', () => {
	it('hides fetch only while loading, and puts the very same one back', async () => {
		const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
		const seen = await withoutFetch(async () => typeof globalThis.fetch);
		expect(seen).toBe('undefined');
		expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
		await expect(withoutFetch(async () => {
			throw new Error('load failed');
		})).rejects.toThrow('load failed');
		expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
	});
});
