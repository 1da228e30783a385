// Zammad's queue and changes through ticket search (Elasticsearch query syntax) with expand=true,
// newest update first, paged by page number.
import type {ConversationStatus, ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {Changes, QueuePage, QueueQuery} from '../provider.js';
import {numericId} from '../shared/saas-provider.js';
import type {Send} from '../shared/schema-send.js';
import {zammadMaxPerPage, zammadRequests as requests} from './zammad-requests.js';
import {zammadTicketListSchema} from './zammad-schemas.js';
import {mapZammadSummary, zammadNobody} from './map-zammad-ticket.js';
import {mapZammadStateType} from './map-zammad-status.js';

const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
const defaultPerPage = 50;

export type ZammadQueueOptions = {
	send: Send;
	clock: () => number;
	meId: () => Promise<number>;
	/** State id to state type name, from /ticket_states. */
	stateTypes: () => Promise<ReadonlyMap<number, string>>;
};

const quoted = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

export function zammadQueue({send, clock, meId, stateTypes}: ZammadQueueOptions) {
	/** The search query, or null when nothing can match (no state of the wanted statuses). */
	async function searchQuery(query: QueueQuery, types: ReadonlyMap<number, string>): Promise<string | null> {
		if (query.channel !== undefined) throw new DeskError('unsupported', 'Zammad ticket search cannot filter by channel', {provider: 'zammad'});
		const wanted = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
		const states = [...types].filter(([, type]) => wanted.includes(mapZammadStateType(type))).map(([id]) => id);
		if (states.length === 0 || query.team === 'none') return null;
		const parts = [`state_id:(${states.join(' OR ')})`];
		if (query.assignee === 'unassigned') parts.push(`owner_id:${zammadNobody}`);
		else if (query.assignee === 'me') parts.push(`owner_id:${await meId()}`);
		else if (query.assignee !== undefined) parts.push(`owner_id:${numericId('Zammad', query.assignee, 'agent')}`);
		if (query.team !== undefined) parts.push(`group_id:${numericId('Zammad', query.team, 'group')}`);
		if (query.tag !== undefined) parts.push(`tags:${quoted(query.tag)}`);
		if (query.text !== undefined && query.text.trim() !== '') parts.push(`(${query.text.trim().replace(/\s+/g, ' ')})`);
		return parts.join(' AND ');
	}

	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		const page = query.cursor === undefined ? 1 : Number(query.cursor);
		if (!Number.isInteger(page) || page < 1) throw new DeskError('usage', `not a Zammad queue cursor: "${query.cursor}"`);
		const types = await stateTypes();
		const search = await searchQuery(query, types);
		if (search === null) return {conversations: [], nextCursor: null, total: 0};
		const perPage = Math.min(zammadMaxPerPage, Math.max(1, query.limit ?? defaultPerPage));
		const tickets = await send(requests.search(search, page, perPage), zammadTicketListSchema, 'a ticket search');
		// expand=true answers no total: a full page means there may be another.
		return {conversations: tickets.map(ticket => mapZammadSummary(ticket, types)), nextCursor: tickets.length === perPage ? String(page + 1) : null, total: null};
	}

	/** The cursor is the newest update seen (ms); results come newest first, so reading stops at a short page or an older row. */
	async function changesSince(cursor: string | null): Promise<Changes> {
		if (cursor === null) return {changed: [], removed: [], cursor: String(clock())};
		if (!/^\d+$/.test(cursor)) throw new DeskError('usage', `not a Zammad changes cursor: "${cursor}"`);
		const since = Number(cursor);
		const types = await stateTypes();
		const changed: ConversationSummary[] = [];
		let older = false;
		for (let page = 1; !older; page++) {
			const tickets = await send(requests.search(`updated_at:[${quoted(new Date(since).toISOString())} TO *]`, page, zammadMaxPerPage), zammadTicketListSchema, 'the changed tickets');
			for (const row of tickets.map(ticket => mapZammadSummary(ticket, types))) {
				if (row.updatedAt < since) older = true;
				else changed.push(row);
			}
			if (tickets.length < zammadMaxPerPage) break;
		}
		return {changed, removed: [], cursor: String(Math.max(since, ...changed.map(row => row.updatedAt)))};
	}

	return {listQueue, changesSince};
}
