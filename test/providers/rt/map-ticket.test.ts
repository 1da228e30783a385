import {describe, expect, it} from 'vitest';
import {summaryFromTicket, tagsFromTicket} from '../../../source/providers/rt/map-ticket.js';
import {rtTicketSchema} from '../../../source/providers/rt/rt-schemas.js';
import {listedTicket, ticketOne} from './rt-fixtures.js';

const parse = (value: unknown) => rtTicketSchema.parse(value);
const at = (iso: string) => Date.parse(iso);

describe('summaryFromTicket', () => {
	it('maps a listed ticket: requestor is the customer, Nobody is unassigned, the queue is the team', () => {
		const summary = summaryFromTicket(parse(listedTicket('7', {Subject: 'Printer on fire'})));
		expect(summary).toMatchObject({
			id: '7',
			subject: 'Printer on fire',
			customerId: 'alice@example.com',
			customerName: 'Alice Jones',
			channel: 'email',
			status: 'open',
			priority: 'low',
			assigneeId: null,
			assigneeName: null,
			teamId: '1',
			teamName: 'General',
			tags: [],
			createdAt: at('2026-11-22T14:00:00Z'),
			// Never told: the customer has been waiting since the ticket was created.
			waitingSince: at('2026-11-22T14:00:00Z'),
			firstResponseAt: null,
			closedAt: null,
			version: 'updated:2026-11-22T14:00:00Z',
		});
	});

	it('reads a single ticket: numeric id, owner by name, epoch dates as unset', () => {
		const summary = summaryFromTicket(parse(ticketOne), {tagsField: 'tags'});
		expect(summary).toMatchObject({id: '1', assigneeId: 'root', assigneeName: 'root', teamName: null, priority: 'normal', tags: ['billing', 'vip']});
		expect(summary.firstResponseAt).toBe(at('2026-11-22T14:35:00Z'));
		// Told after creation and the last update was by staff: nobody is waiting.
		expect(summary.waitingSince).toBeNull();
	});

	it('counts the customer as waiting when a requestor made the last update', () => {
		const summary = summaryFromTicket(
			parse(listedTicket('8', {Told: '2026-11-22T14:10:00Z', LastUpdated: '2026-11-22T15:00:00Z', LastUpdatedBy: {type: 'user', id: 'alice@example.com'}})),
		);
		expect(summary.waitingSince).toBe(at('2026-11-22T15:00:00Z'));
	});

	it('closes resolved and rejected tickets, and stalled ones are pending', () => {
		const resolved = summaryFromTicket(parse(listedTicket('9', {Status: 'resolved', Resolved: '2026-11-23T08:00:00Z'})));
		expect(resolved).toMatchObject({status: 'closed', closedAt: at('2026-11-23T08:00:00Z'), waitingSince: null});
		expect(summaryFromTicket(parse(listedTicket('10', {Status: 'rejected'}))).status).toBe('closed');
		expect(summaryFromTicket(parse(listedTicket('11', {Status: 'stalled'}))).status).toBe('pending');
	});

	it('survives a ticket without requestor or subject', () => {
		const summary = summaryFromTicket(parse(listedTicket('12', {Subject: '', Requestor: []})));
		expect(summary).toMatchObject({subject: '(no subject)', customerId: '', customerName: '(no requestor)'});
	});
});

describe('tagsFromTicket', () => {
	it('reads only the configured custom field, case-insensitively', () => {
		const ticket = parse(ticketOne);
		expect(tagsFromTicket(ticket, 'TAGS')).toEqual(['billing', 'vip']);
		expect(tagsFromTicket(ticket, 'Labels')).toEqual([]);
		expect(tagsFromTicket(ticket, undefined)).toEqual([]);
	});
});
