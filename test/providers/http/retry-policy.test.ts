import {describe, expect, it} from 'vitest';
import {backoffDelay, isIdempotent, waitFromHeaders, windowClosedUntil} from '../../../source/providers/http/retry-policy.js';

const now = Date.UTC(2026, 2, 1, 9, 0, 0);

describe('waitFromHeaders', () => {
	it('reads Retry-After in seconds and as an HTTP date', () => {
		expect(waitFromHeaders({'retry-after': '3'}, now)).toEqual({ms: 3000, header: 'retry-after'});
		expect(waitFromHeaders({'retry-after': new Date(now + 90_000).toUTCString()}, now)).toEqual({ms: 90_000, header: 'retry-after'});
		expect(waitFromHeaders({'retry-after': new Date(now - 5000).toUTCString()}, now)?.ms).toBe(0);
	});

	it('reads the providers\u2019 rate-limit headers: seconds, unix timestamps', () => {
		expect(waitFromHeaders({'ratelimit-reset': '41'}, now)?.ms).toBe(41_000);
		expect(waitFromHeaders({'x-ratelimit-retry-after': '12'}, now)?.ms).toBe(12_000);
		expect(waitFromHeaders({'x-ratelimit-reset': String(now / 1000 + 8)}, now)?.ms).toBe(8000);
		expect(waitFromHeaders({'x-ratelimit-reset': String(now + 2500)}, now)?.ms).toBe(2500);
		expect(waitFromHeaders({'x-ratelimit-reset': '10'}, now)?.ms).toBe(10_000);
	});

	it('prefers Retry-After and ignores what it cannot read', () => {
		expect(waitFromHeaders({'retry-after': '2', 'ratelimit-reset': '50'}, now)?.header).toBe('retry-after');
		expect(waitFromHeaders({'retry-after': 'soon'}, now)).toBeUndefined();
		expect(waitFromHeaders({}, now)).toBeUndefined();
	});
});

describe('windowClosedUntil', () => {
	it('closes the window only when nothing remains', () => {
		expect(windowClosedUntil({'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5)}, now)).toBe(now + 5000);
		expect(windowClosedUntil({'x-ratelimit-remaining': '3', 'x-ratelimit-reset': String(now / 1000 + 5)}, now)).toBeUndefined();
		expect(windowClosedUntil({'ratelimit-remaining': '0'}, now)).toBeUndefined();
	});
});

describe('backoffDelay', () => {
	it('doubles per attempt, jitters the upper half and stops at the ceiling', () => {
		const backoff = {baseMs: 100, maxMs: 1000};
		expect(backoffDelay(1, backoff, () => 0)).toBe(50);
		expect(backoffDelay(1, backoff, () => 1)).toBe(100);
		expect(backoffDelay(3, backoff, () => 0)).toBe(200);
		expect(backoffDelay(10, backoff, () => 1)).toBe(1000);
	});
});

describe('isIdempotent', () => {
	it('treats GET, PUT, DELETE as repeatable and POST, PATCH as not, unless told', () => {
		expect(['GET', 'PUT', 'DELETE', 'POST', 'PATCH'].map(method => isIdempotent(method, undefined))).toEqual([true, true, true, false, false]);
		expect(isIdempotent('POST', true)).toBe(true);
		expect(isIdempotent('GET', false)).toBe(false);
	});
});
