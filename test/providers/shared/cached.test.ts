// The adapters' caches: one load shared by every caller, a failed load forgotten, a timed one reloaded.
import {describe, expect, it} from 'vitest';
import {cachedFor, cachedOnce} from '../../../source/providers/shared/cached.js';

/** A load that answers from a script of results, counting its calls. */
function scripted(...results: Array<string | Error>) {
	const calls = {count: 0};
	const load = async () => {
		const result = results[calls.count++]!;
		if (result instanceof Error) throw result;
		return result;
	};
	return {calls, load};
}

describe('cachedOnce', () => {
	it('loads once for every caller, also callers that ask before the first answer', async () => {
		const {calls, load} = scripted('dana');
		const whoami = cachedOnce(load);
		expect(await Promise.all([whoami(), whoami()])).toEqual(['dana', 'dana']);
		expect(await whoami()).toBe('dana');
		expect(calls.count).toBe(1);
	});

	it('forgets a failed load, so the next call asks again', async () => {
		const {calls, load} = scripted(new Error('offline'), 'dana');
		const whoami = cachedOnce(load);
		await expect(whoami()).rejects.toThrow('offline');
		expect(await whoami()).toBe('dana');
		expect(calls.count).toBe(2);
	});
});

describe('cachedFor', () => {
	it('keeps an answer for the time given on the clock, then loads again', async () => {
		let now = 1_000;
		const {calls, load} = scripted('first', 'second');
		const staff = cachedFor(60_000, () => now, load);
		expect(await staff()).toBe('first');
		now += 60_000;
		expect(await staff()).toBe('first');
		now += 1;
		expect(await staff()).toBe('second');
		expect(calls.count).toBe(2);
	});

	it('forgets a failed load before its time is up', async () => {
		const {calls, load} = scripted(new Error('forbidden'), 'staff');
		const staff = cachedFor(60_000, () => 0, load);
		await expect(staff()).rejects.toThrow('forbidden');
		expect(await staff()).toBe('staff');
		expect(calls.count).toBe(2);
	});
});
