import {describe, expect, it} from 'vitest';
import {decodeChangesCursor, decodePageCursor, encodeChangesCursor, encodePageCursor} from '../../../source/providers/rt/cursors.js';
import {checkRtMessages} from '../../../source/providers/rt/refusals.js';
import {restUrlFrom, rtSettings, userIdFromToken} from '../../../source/providers/rt/rt-settings.js';
import {timeFromRt, timeToTicketSql} from '../../../source/providers/rt/map-dates.js';

describe('refusals in 200 answers', () => {
	it('passes change messages, even when a value contains an alarming word', () => {
		expect(() => checkRtMessages(["Ticket 1: Owner changed from Nobody to root", 'Tags cannot-login added', 'Correspondence added'], 'x')).not.toThrow();
		expect(() => checkRtMessages([], 'x')).not.toThrow();
	});

	it('turns RT refusals into errors that quote RT', () => {
		expect(() => checkRtMessages(["Ticket 2: Status 'bogus' isn't a valid status for this ticket."], 'set the status')).toThrow(
			"Request Tracker refused to set the status: Status 'bogus' isn't a valid status for this ticket.",
		);
		const thrown = (() => {
			try {
				checkRtMessages(['Ticket 5: That user may not own tickets in that queue'], 'assign');
				return undefined;
			} catch (error) {
				return error;
			}
		})();
		expect(thrown).toMatchObject({code: 'forbidden', message: 'Request Tracker refused to assign: That user may not own tickets in that queue'});
		expect(() => checkRtMessages(['Ticket 2: Queue Nope does not exist'], 'assign')).toThrow(/Queue Nope does not exist/);
	});
});

describe('cursors', () => {
	it('round-trips a page cursor and refuses it on another query or garbage', () => {
		const cursor = encodePageCursor(3, "Status = 'new'");
		expect(decodePageCursor(cursor, "Status = 'new'")).toBe(3);
		expect(() => decodePageCursor(cursor, "Status = 'open'")).toThrow(/another queue query/);
		expect(() => decodePageCursor('nonsense', "Status = 'new'")).toThrow(/not a Request Tracker queue cursor/);
	});

	it('round-trips a changes cursor', () => {
		const cursor = encodeChangesCursor({since: '2026-11-22 14:00:00', seen: ['4']});
		expect(decodeChangesCursor(cursor)).toEqual({since: '2026-11-22 14:00:00', seen: ['4']});
	});
});

describe('settings', () => {
	it('accepts RT web or REST2 addresses', () => {
		expect(restUrlFrom('https://rt.example.com')).toBe('https://rt.example.com/REST/2.0');
		expect(restUrlFrom('https://rt.example.com/rt/')).toBe('https://rt.example.com/rt/REST/2.0');
		expect(restUrlFrom('http://127.0.0.1:8089/REST/2.0/')).toBe('http://127.0.0.1:8089/REST/2.0');
		expect(() => restUrlFrom('rt.example.com')).toThrow(/not a URL/);
	});

	it('reads the user id from an RT 5 token, and a profile user wins', () => {
		expect(userIdFromToken('1-14-3ef66d6cecbcf0bc7e8ab19732cef75c')).toBe('14');
		expect(userIdFromToken('secret')).toBeUndefined();
		expect(rtSettings('rt', {url: 'http://h'}, {token: '1-14-abc'}).user).toBe('14');
		expect(rtSettings('rt', {url: 'http://h', user: 'agent1'}, {token: '1-14-abc'}).user).toBe('agent1');
	});

	it('says what to run when the token or URL is missing', () => {
		expect(() => rtSettings('work', {url: 'http://h'}, {})).toThrow('no Request Tracker token for profile "work": set DESKTERM_RT_TOKEN or run `deskterm login rt --profile work`');
		expect(() => rtSettings('rt', {}, {token: '1-1-a'})).toThrow(/run `deskterm login rt`/);
		expect(() => rtSettings('rt', {url: 'http://h'}, {token: 'opaque'})).toThrow(/--user/);
	});
});

describe('dates', () => {
	it('treats the epoch as unset and writes TicketSQL dates in UTC', () => {
		expect(timeFromRt('1970-01-01T00:00:00Z')).toBeNull();
		expect(timeFromRt(undefined)).toBeNull();
		expect(timeFromRt('2026-11-22T14:28:23Z')).toBe(Date.UTC(2026, 10, 22, 14, 28, 23));
		expect(timeToTicketSql(Date.UTC(2026, 10, 22, 14, 28, 23, 900))).toBe('2026-11-22 14:28:23');
	});
});
