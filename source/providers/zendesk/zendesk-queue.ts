// Zendesk's queue through the export search: Zendesk's search language, cursor pages of up to 100.
import type {ConversationStatus} from '../../domain/conversation.js';
import type {QueuePage, QueueQuery} from '../provider.js';
import type {Send} from '../shared/schema-send.js';
import {mapZendeskSummary} from './map-zendesk-ticket.js';
import {zendeskStatusOrder, zendeskStatusesFor, type ZendeskStatus} from './map-zendesk-status.js';
import type {zendeskDirectory} from './zendesk-directory.js';
import {zendeskPageSize, zendeskRequests as requests} from './zendesk-requests.js';
import {zendeskPageSchema, zendeskTicketSchema} from './zendesk-schemas.js';

const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
/** Pages read in one call while filtering here leaves them empty. */
const maxEmptyPages = 10;

/**
 * The status part of a query as one range (status>=x status<=y), since repeated terms would AND;
 * a set with gaps asks for the covering range and the rest is filtered here.
 */
export function statusRange(wanted: readonly ZendeskStatus[]): string {
	const indexes = wanted.map(status => zendeskStatusOrder.indexOf(status));
	const low = zendeskStatusOrder[Math.min(...indexes)]!;
	const high = zendeskStatusOrder[Math.max(...indexes)]!;
	if (low === high) return `status:${low}`;
	const parts = [];
	if (low !== 'new') parts.push(`status>=${low}`);
	if (high !== 'closed') parts.push(`status<=${high}`);
	return parts.join(' ');
}

/** Free text goes in as one quoted phrase, so search keywords inside it (status:, group:) stay text. */
export function zendeskSearchQuery(query: QueueQuery, wanted: readonly ZendeskStatus[]): string {
	const terms = ['type:ticket', statusRange(wanted)].filter(Boolean);
	if (query.assignee === 'me') terms.push('assignee:me');
	else if (query.assignee === 'unassigned') terms.push('assignee:none');
	else if (query.assignee !== undefined) terms.push(`assignee:${query.assignee}`);
	if (query.team !== undefined) terms.push(`group:${query.team === 'none' ? 'none' : query.team}`);
	if (query.tag !== undefined) terms.push(`tags:${query.tag}`);
	const text = query.text?.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
	if (text) terms.push(`"${text}"`);
	return terms.join(' ');
}

export function zendeskQueue(send: Send, directory: ReturnType<typeof zendeskDirectory>) {
	/** Statuses in a gap of the range and channels are filtered here: empty pages are read past. */
	return async function listQueue(query: QueueQuery): Promise<QueuePage> {
		const statuses = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
		const wanted = zendeskStatusesFor(statuses);
		const size = Math.min(zendeskPageSize, Math.max(1, query.limit ?? zendeskPageSize));
		let cursor = query.cursor;
		for (let read = 1; ; read++) {
			const page = await send(requests.exportSearch(zendeskSearchQuery(query, wanted), size, cursor), zendeskPageSchema('results', zendeskTicketSchema), 'a ticket search');
			const names = await directory.names(page.items.flatMap(ticket => [ticket.requester_id, ticket.assignee_id]));
			const conversations = page.items
				.filter(ticket => (wanted as readonly string[]).includes(ticket.status))
				.map(ticket => mapZendeskSummary(ticket, names))
				.filter(row => query.channel === undefined || row.channel === query.channel);
			if (conversations.length > 0 || page.after === null || read >= maxEmptyPages) return {conversations, nextCursor: page.after, total: null};
			cursor = page.after;
		}
	};
}
