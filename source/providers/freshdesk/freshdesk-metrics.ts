// Freshdesk's metric read for `stats`: the period's tickets, each one's thread, and two bulk lists (survey answers,
// time entries) for the whole period, so ratings and time worked cost two paged reads rather than two per ticket.
import type {Agent} from '../../domain/conversation.js';
import {factsFromConversation, type ActivityEvent, type ConversationFacts} from '../../domain/metrics/metric-facts.js';
import type {HttpRequest} from '../http/http-types.js';
import type * as z from '../../validation/zod.js';
import {inBatches} from '../shared/in-batches.js';
import {freshdeskRequests as requests} from './freshdesk-requests.js';
import {freshdeskConversationListSchema, freshdeskSatisfactionRatingListSchema, freshdeskTicketListSchema, freshdeskTimeEntryListSchema, type FreshdeskTicket} from './freshdesk-schemas.js';
import {freshdeskRecordedEvents, ratingsByTicket, reopenedEvents, workedByTicket} from './map-freshdesk-metrics.js';
import {mapFreshdeskTicket, time, type FreshdeskDirectory} from './map-freshdesk-ticket.js';

/** Threads read at once, as the generic metric read does. */
const concurrency = 5;

export type FreshdeskMetricsOptions = {
	/** Every page of a numbered list, following the Link header. */
	pages<T>(request: (page: number) => HttpRequest, schema: z.ZodMiniType<T[]>, what: string): Promise<T[]>;
	/** A list read page by page, stopping when `more` says no row of a page is wanted any longer. */
	pagesWhile<T>(request: (page: number) => HttpRequest, schema: z.ZodMiniType<T[]>, what: string, more: (rows: T[]) => boolean): Promise<T[]>;
	directory: () => Promise<FreshdeskDirectory & {list: Agent[]}>;
	language: string;
};

export async function* freshdeskMetricFacts(options: FreshdeskMetricsOptions, period: {from: number; until: number}): AsyncIterable<ConversationFacts> {
	const since = new Date(period.from).toISOString();
	const createdAt = (ticket: FreshdeskTicket) => time(ticket.created_at) ?? 0;
	// A ticket opened in the period changed in it too; the list runs by creation, so it stops past the period's end.
	const [changed, ratings, timeEntries, directory] = await Promise.all([
		options.pagesWhile(page => requests.metricTickets(since, page), freshdeskTicketListSchema, 'a ticket list', rows => rows.every(ticket => createdAt(ticket) < period.until)),
		options.pages(page => requests.satisfactionRatings(since, page), freshdeskSatisfactionRatingListSchema, 'the satisfaction ratings'),
		options.pages(page => requests.timeEntries(since, page), freshdeskTimeEntryListSchema, 'the time entries'),
		options.directory(),
	]);
	const tickets = changed.filter(ticket => createdAt(ticket) >= period.from && createdAt(ticket) < period.until);
	const rated = ratingsByTicket(ratings);
	const worked = workedByTicket(timeEntries);
	const bots = new Set(directory.list.filter(agent => agent.role === 'bot').map(agent => agent.id));
	const thread = (ticket: FreshdeskTicket) => options.pages(page => requests.conversations(ticket.id, page), freshdeskConversationListSchema, 'the conversations');
	for await (const [ticket, entries] of inBatches(tickets, concurrency, thread)) {
		const conversation = mapFreshdeskTicket(ticket, entries, directory, options.language);
		const id = conversation.id;
		const events: ActivityEvent[] = [...(worked.get(id) ?? []), ...reopenedEvents(ticket)].sort((a, b) => a.at - b.at);
		yield {...factsFromConversation({...conversation, ratings: rated.get(id) ?? conversation.ratings}, events, bots), recorded: freshdeskRecordedEvents};
	}
}
