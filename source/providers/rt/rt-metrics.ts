// The metric read on RT: the tickets created in the period (TicketSQL, 100 a page), then each one's
// history once, a few at a time; nothing of the thread's bodies is fetched.
import type {ConversationFacts} from '../../domain/metrics/metric-facts.js';
import {timeToTicketSql} from './map-dates.js';
import {factsFromRtTicket, metricHistoryFields} from './map-metric-facts.js';
import {statusesToTicketSql} from './map-status.js';
import {ticketListFields, type TicketMapOptions} from './map-ticket.js';
import {hasNextPage, maxPerPage, type RtApi} from './rt-api.js';
import {ticketPath} from './rt-reads.js';
import {rtTicketSchema, rtTransactionSchema} from './rt-schemas.js';

/** Histories read at once: enough to hide latency, few enough for a small RT. */
const historyConcurrency = 5;

export function metricTicketSql(period: {from: number; until: number}): string {
	const statuses = statusesToTicketSql(['open', 'pending', 'closed'])!;
	return `Created >= '${timeToTicketSql(period.from)}' AND Created < '${timeToTicketSql(period.until)}' AND ${statuses}`;
}

export function createRtMetrics(api: RtApi, options: TicketMapOptions) {
	return {
		async *iterateMetricFacts(period: {from: number; until: number}): AsyncIterable<ConversationFacts> {
			const query = metricTicketSql(period);
			for (let page = 1; ; page++) {
				const body = await api.page('/tickets', rtTicketSchema, {query, page, per_page: maxPerPage, orderby: ['Created', 'id'], order: ['ASC', 'ASC'], ...ticketListFields(options.tagsField)});
				for (let start = 0; start < body.items.length; start += historyConcurrency) {
					const tickets = body.items.slice(start, start + historyConcurrency);
					const histories = await Promise.all(tickets.map(ticket => api.all(`${ticketPath(ticket.id)}/history`, rtTransactionSchema, metricHistoryFields)));
					for (const [index, ticket] of tickets.entries()) {
						const facts = factsFromRtTicket(ticket, histories[index]!, options);
						// TicketSQL compares whole seconds: keep exactly the period asked.
						if (facts.createdAt >= period.from && facts.createdAt < period.until) yield facts;
					}
				}
				if (!hasNextPage(body, maxPerPage)) return;
			}
		},
	};
}
