import {describe, expect, it} from 'vitest';
import {orderFor, queueTicketSql, quote} from '../../../source/providers/rt/ticket-sql.js';
import {statusFromRt, statusToRt, statusesToTicketSql} from '../../../source/providers/rt/map-status.js';
import {priorityFromRt, priorityToRt} from '../../../source/providers/rt/map-priority.js';

describe('quote', () => {
	it('escapes quotes and backslashes so text cannot break out of the literal', () => {
		expect(quote("can't")).toBe("'can\\'t'");
		expect(quote('a\\b')).toBe("'a\\\\b'");
		expect(quote("x' OR id > '0")).toBe("'x\\' OR id > \\'0'");
	});
});

describe('queueTicketSql', () => {
	it('defaults to everything not closed', () => {
		expect(queueTicketSql({})).toBe("((Status = '__Active__' AND Status != 'stalled') OR Status = 'stalled')");
	});

	it('maps assignee, team, channel and text filters', () => {
		expect(queueTicketSql({statuses: ['open'], assignee: 'me'})).toBe("(Status = '__Active__' AND Status != 'stalled') AND Owner = '__CurrentUser__'");
		expect(queueTicketSql({statuses: ['closed'], assignee: 'unassigned', team: '3'})).toBe(
			"(Status = '__Inactive__' AND Status != 'deleted') AND Owner = 'Nobody' AND Queue = '3'",
		);
		expect(queueTicketSql({statuses: ['pending'], assignee: "o'brien", channel: 'chat'})).toBe("Status = 'stalled' AND Owner = 'o\\'brien' AND id < 0");
		expect(queueTicketSql({statuses: ['pending'], text: 'fire'})).toBe(
			"Status = 'stalled' AND (Subject LIKE 'fire' OR Requestor.EmailAddress LIKE 'fire' OR Requestor.RealName LIKE 'fire' OR Content LIKE 'fire')",
		);
	});

	it('matches nothing for snoozed only or no team, since RT has neither', () => {
		expect(queueTicketSql({statuses: ['snoozed']})).toBe('id < 0');
		expect(queueTicketSql({statuses: ['open'], team: 'none'})).toContain('id < 0');
	});

	it('filters tags through the configured custom field, and refuses without one', () => {
		expect(queueTicketSql({statuses: ['open'], tag: 'vip'}, {tagsField: 'Tags'})).toContain("CF.{Tags} = 'vip'");
		expect(() => queueTicketSql({tag: 'vip'})).toThrow(/no tags field/);
	});

	it('rejects unknown statuses, channels and sorts as usage errors', () => {
		expect(() => queueTicketSql({statuses: ['gone' as never]})).toThrow(/unknown status/);
		expect(() => queueTicketSql({channel: 'fax' as never})).toThrow(/unknown channel/);
		expect(() => orderFor('size' as never)).toThrow(/unknown sort/);
	});

	it('orders the queue the way each sort means', () => {
		expect(orderFor(undefined)).toEqual({orderby: ['Told', 'Created', 'id'], order: ['ASC', 'ASC', 'ASC']});
		expect(orderFor('priority').orderby[0]).toBe('Priority');
		expect(orderFor('updated')).toEqual({orderby: ['LastUpdated', 'id'], order: ['DESC', 'DESC']});
	});
});

describe('statuses and priorities', () => {
	it('maps RT lifecycles both ways and refuses snooze', () => {
		expect(['new', 'open', 'stalled', 'resolved', 'rejected', 'deleted', 'in-progress'].map(statusFromRt)).toEqual([
			'open', 'open', 'pending', 'closed', 'closed', 'closed', 'open',
		]);
		expect([statusToRt('open'), statusToRt('pending'), statusToRt('closed')]).toEqual(['open', 'stalled', 'resolved']);
		expect(() => statusToRt('snoozed')).toThrow(/no snooze/);
		expect(statusesToTicketSql(['snoozed'])).toBeNull();
	});

	it('follows RT 5 priority labels (Low 0, Medium 50, High 100) and round-trips each level', () => {
		expect(['0', '49', '50', '99', '100', 150, 'x', undefined].map(value => priorityFromRt(value))).toEqual([
			'low', 'low', 'normal', 'normal', 'high', 'urgent', 'normal', 'low',
		]);
		for (const level of ['low', 'normal', 'high', 'urgent'] as const) expect(priorityFromRt(priorityToRt(level))).toBe(level);
		expect(priorityFromRt(70, {normal: 30, high: 60, urgent: 90})).toBe('high');
	});
});
