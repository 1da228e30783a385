// Zammad's metric read for `stats`: one search for the tickets opened in the period, then per ticket its articles,
// tags and time accounting (three reads, where showing a conversation takes five).
import {isDeskError} from '../../domain/errors.js';
import {factsFromConversation, type ConversationFacts} from '../../domain/metrics/metric-facts.js';
import type {Send} from '../shared/schema-send.js';
import {zammadMaxPerPage, zammadRequests as requests} from './zammad-requests.js';
import {inBatches} from '../shared/in-batches.js';
import {zammadArticleListSchema, zammadTagsSchema, zammadTicketListSchema, zammadTimeAccountingListSchema, type ZammadTicket} from './zammad-schemas.js';
import {mapZammadArticle} from './map-zammad-article.js';
import {mapZammadSummary} from './map-zammad-ticket.js';
import {mapZammadTimeAccountings, zammadRecordedEvents} from './map-zammad-time.js';

/** Tickets read at once, as the generic metric read does. */
const concurrency = 5;

export type ZammadMetricsOptions = {
	send: Send;
	stateTypes: () => Promise<ReadonlyMap<number, string>>;
	botIds: () => Promise<ReadonlySet<string>>;
	minutesPerUnit: number;
};

export async function* zammadMetricFacts(options: ZammadMetricsOptions, period: {from: number; until: number}): AsyncIterable<ConversationFacts> {
	const {send} = options;
	const query = `created_at:["${new Date(period.from).toISOString()}" TO "${new Date(period.until).toISOString()}"]`;
	const [types, bots] = await Promise.all([options.stateTypes(), options.botIds()]);
	// A token that may not read time accounting still gets the other figures; time worked then says unavailable.
	const accountedTime = (id: number) =>
		send(requests.timeAccountings(id), zammadTimeAccountingListSchema, 'the time accounting').catch((error: unknown) => {
			if (isDeskError(error) && error.code === 'forbidden') return null;
			throw error;
		});
	for (let page = 1; ; page++) {
		const tickets = await send(requests.search(query, page, zammadMaxPerPage, 'asc'), zammadTicketListSchema, 'a ticket search');
		// The range is inclusive at both ends; the period is not at its end.
		const opened = tickets.filter(ticket => Date.parse(ticket.created_at) >= period.from && Date.parse(ticket.created_at) < period.until);
		const reads = (ticket: ZammadTicket) =>
			Promise.all([send(requests.articles(ticket.id), zammadArticleListSchema, 'the articles'), send(requests.tags(ticket.id), zammadTagsSchema, 'the tags'), accountedTime(ticket.id)]);
		for await (const [ticket, [articles, tags, accounted]] of inBatches(opened, concurrency, reads)) {
			const summary = mapZammadSummary({...ticket, tags: tags.tags}, types);
			const messages = articles.map(mapZammadArticle).sort((a, b) => a.createdAt - b.createdAt);
			const source = {...summary, messages, ratings: {csat: null, nps: null, ces: null}};
			yield {...factsFromConversation(source, accounted && mapZammadTimeAccountings(accounted, options.minutesPerUnit), bots), recorded: zammadRecordedEvents};
		}
		if (tickets.length < zammadMaxPerPage) return;
	}
}
