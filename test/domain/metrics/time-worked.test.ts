import {describe, expect, it} from 'vitest';
import {holdTimer, idleLimitMs, markActive, parseWorked, releaseTimer, secondsToRecord, startTimer, workedMs} from '../../../source/domain/metrics/time-worked.js';

const minute = 60_000;

describe('the time-worked rule', () => {
	it('counts the time open while the agent keeps pressing keys', () => {
		let timer = startTimer('7', 0);
		timer = markActive(timer, 2 * minute);
		timer = markActive(timer, 4 * minute);
		expect(workedMs(timer, 5 * minute)).toBe(5 * minute);
		expect(secondsToRecord(timer, 5 * minute)).toBe(300);
	});

	it('counts a quiet stretch only up to the idle limit (the agent went away, or the machine slept)', () => {
		let timer = startTimer('7', 0);
		timer = markActive(timer, minute);
		expect(workedMs(timer, minute + 60 * minute)).toBe(minute + idleLimitMs);
		timer = markActive(timer, 61 * minute);
		expect(workedMs(timer, 62 * minute)).toBe(minute + idleLimitMs + minute);
	});

	it('counts time in $EDITOR whole, however long', () => {
		let timer = holdTimer(startTimer('7', 0), minute);
		expect(markActive(timer, 10 * minute)).toBe(timer);
		expect(workedMs(timer, 21 * minute)).toBe(21 * minute);
		timer = releaseTimer(timer, 21 * minute);
		expect(workedMs(timer, 22 * minute)).toBe(22 * minute);
	});

	it('records nothing for a glance under 30 seconds', () => {
		expect(secondsToRecord(startTimer('7', 0), 29_000)).toBeNull();
		expect(secondsToRecord(startTimer('7', 0), 30_000)).toBe(30);
	});

	it('never counts backwards when the clock steps back', () => {
		const timer = markActive(startTimer('7', 10 * minute), 5 * minute);
		expect(workedMs(timer, 5 * minute)).toBe(0);
	});
});

describe('parseWorked', () => {
	it.each([
		['90s', 90],
		['5m', 300],
		['1h30m', 5400],
		[' 2H ', 7200],
		['24h', 86_400],
	])('%s is %i seconds', (text, seconds) => {
		expect(parseWorked(text)).toBe(seconds);
	});

	it.each(['5', 'abc', '0m', '', '0.2s', '5 minutes'])('refuses "%s"', text => {
		expect(() => parseWorked(text)).toThrow('--worked: expected a duration like 90s, 5m or 1h30m');
	});

	it('refuses more than a day', () => {
		expect(() => parseWorked('2d')).toThrow('--worked: 2d is more than a day in one go (give at most 24h)');
	});
});
