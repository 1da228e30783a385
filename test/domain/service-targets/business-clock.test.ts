// Covered time: 24/7, or a weekly schedule in a time zone that skips nights, weekends and holidays.
import {describe, expect, it} from 'vitest';
import {createBusinessClock, type DayInterval} from '../../../source/domain/service-targets/business-clock.js';
import {offsetLookup} from '../../../source/domain/service-targets/time-zone.js';

const hour = 3_600_000;
const nineToFive: DayInterval[] = [{start: 9 * 60, end: 17 * 60}];
const weekdays = [[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []];

describe('business clock', () => {
	it('counts every hour when the team works 24/7', () => {
		const clock = createBusinessClock({timezone: 'UTC', weekly: null, holidays: []});
		expect(clock.elapsed(Date.parse('2026-03-06T18:00:00Z'), Date.parse('2026-03-09T10:00:00Z'))).toBe(64 * hour);
		expect(clock.add(Date.parse('2026-03-06T18:00:00Z'), 24 * hour)).toBe(Date.parse('2026-03-07T18:00:00Z'));
	});

	it('skips nights and the weekend: Friday 16:00 plus 2 covered hours is Monday 10:00', () => {
		const clock = createBusinessClock({timezone: 'UTC', weekly: weekdays, holidays: []});
		const friday = Date.parse('2026-03-06T16:00:00Z');
		expect(clock.add(friday, 2 * hour)).toBe(Date.parse('2026-03-09T10:00:00Z'));
		expect(clock.elapsed(friday, Date.parse('2026-03-09T10:00:00Z'))).toBe(2 * hour);
		expect(clock.elapsed(Date.parse('2026-03-07T08:00:00Z'), Date.parse('2026-03-08T20:00:00Z'))).toBe(0);
	});

	it('skips holidays', () => {
		const clock = createBusinessClock({timezone: 'UTC', weekly: weekdays, holidays: ['2026-03-09']});
		expect(clock.add(Date.parse('2026-03-06T16:00:00Z'), 2 * hour)).toBe(Date.parse('2026-03-10T10:00:00Z'));
	});

	it('respects the time zone: 9:00 in New York is 14:00 UTC in winter and 13:00 UTC in summer', () => {
		const clock = createBusinessClock({timezone: 'America/New_York', weekly: weekdays, holidays: []});
		// Monday 2026-03-02 (EST, UTC-5) and Monday 2026-03-09 (EDT, UTC-4 since Sunday the 8th).
		expect(clock.add(Date.parse('2026-03-02T05:00:00Z'), 0)).toBe(Date.parse('2026-03-02T14:00:00Z'));
		expect(clock.add(Date.parse('2026-03-09T05:00:00Z'), 0)).toBe(Date.parse('2026-03-09T13:00:00Z'));
		expect(clock.elapsed(Date.parse('2026-03-06T21:00:00Z'), Date.parse('2026-03-09T14:00:00Z'))).toBe(hour + hour);
	});

	it('reads offsets from Intl, including half-hour zones', () => {
		expect(offsetLookup('Asia/Kolkata')(Date.parse('2026-01-01T00:00:00Z'))).toBe(5.5 * hour);
		expect(offsetLookup('Europe/Berlin')(Date.parse('2026-07-01T00:00:00Z'))).toBe(2 * hour);
	});
});
