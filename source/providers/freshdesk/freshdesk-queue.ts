// Freshdesk's queue and changes through the ticket list: updated_since, ordered by last update, paged by number
// (up to 100 a page, a Link header while more follow). The list has no status, assignee or tag filter: rows are filtered here.
import type {ConversationStatus, ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {HttpClient} from '../http/http-types.js';
import type {Changes, QueuePage, QueueQuery} from '../provider.js';
import type {ReadBody} from '../shared/schema-send.js';
import {freshdeskMaxPerPage, freshdeskRequests as requests, hasNextPage} from './freshdesk-requests.js';
import {freshdeskTicketListSchema} from './freshdesk-schemas.js';
import {mapFreshdeskSummary, type FreshdeskDirectory} from './map-freshdesk-ticket.js';

const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
const defaultPerPage = 50;
/** Pages read in one call while the filters leave them empty. */
const maxEmptyPages = 10;
/** The list holds only the last 30 days unless told a start; the queue wants every ticket. */
const beginning = '1970-01-01T00:00:00Z';

export type FreshdeskQueueOptions = {
	http: HttpClient;
	headers: Record<string, string>;
	read: ReadBody;
	clock: () => number;
	myId: () => Promise<string>;
	directory: () => Promise<FreshdeskDirectory>;
};

export function freshdeskQueue({http, headers, read, clock, myId, directory}: FreshdeskQueueOptions) {
	async function page(updatedSince: string, order: 'asc' | 'desc', perPage: number, number: number): Promise<{rows: ConversationSummary[]; more: boolean}> {
		const response = await http.request({...requests.tickets(updatedSince, order, perPage, number), headers});
		const tickets = read(freshdeskTicketListSchema, response.body, 'a ticket list');
		const known = await directory();
		return {rows: tickets.map(ticket => mapFreshdeskSummary(ticket, known)), more: hasNextPage(response.headers)};
	}

	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		if (query.text !== undefined && query.text.trim() !== '') throw new DeskError('unsupported', 'Freshdesk\'s ticket list has no text search: filter by status, assignee, team, tag or channel', {provider: 'freshdesk'});
		const wanted = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
		const assignee = query.assignee === 'me' ? await myId() : query.assignee;
		const keep = (row: ConversationSummary) =>
			wanted.includes(row.status) &&
			(assignee === undefined || (assignee === 'unassigned' ? row.assigneeId === null : row.assigneeId === assignee)) &&
			(query.team === undefined || (query.team === 'none' ? row.teamId === null : row.teamId === query.team)) &&
			(query.tag === undefined || row.tags.includes(query.tag)) &&
			(query.channel === undefined || row.channel === query.channel);
		const perPage = Math.min(freshdeskMaxPerPage, Math.max(1, query.limit ?? defaultPerPage));
		let number = parseCursor(query.cursor);
		for (let read = 1; ; read++, number++) {
			const {rows, more} = await page(beginning, 'desc', perPage, number);
			const conversations = rows.filter(keep);
			const nextCursor = more ? String(number + 1) : null;
			if (conversations.length > 0 || nextCursor === null || read >= maxEmptyPages) return {conversations, nextCursor, total: null};
		}
	}

	/** The cursor is the newest update seen (epoch ms); the list in ascending order is read from there to its end. */
	async function changesSince(cursor: string | null): Promise<Changes> {
		if (cursor === null) return {changed: [], removed: [], cursor: String(clock())};
		if (!/^\d+$/.test(cursor)) throw new DeskError('usage', `not a Freshdesk changes cursor: "${cursor}"`);
		const since = Number(cursor);
		const changed: ConversationSummary[] = [];
		for (let number = 1, more = true; more; number++) {
			const result = await page(new Date(since).toISOString(), 'asc', freshdeskMaxPerPage, number);
			changed.push(...result.rows.filter(row => row.updatedAt >= since));
			more = result.more;
		}
		const newest = Math.max(since, ...changed.map(row => row.updatedAt));
		return {changed, removed: [], cursor: String(newest)};
	}

	return {listQueue, changesSince};
}

function parseCursor(cursor: string | undefined): number {
	if (cursor === undefined) return 1;
	if (!/^[1-9]\d*$/.test(cursor)) throw new DeskError('usage', `not a Freshdesk queue cursor: "${cursor}"`);
	return Number(cursor);
}
