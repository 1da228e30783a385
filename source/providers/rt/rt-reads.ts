// Reading RT: the queue through TicketSQL with paging, one ticket with its thread, the change feed.
import type {Conversation} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {Changes, QueuePage, QueueQuery} from '../provider.js';
import {decodeChangesCursor, decodePageCursor, encodeChangesCursor, encodePageCursor} from './cursors.js';
import {timeFromRt, timeToTicketSql} from './map-dates.js';
import {conversationFromTicket} from './map-thread.js';
import {summaryFromTicket, ticketListFields, type TicketMapOptions} from './map-ticket.js';
import {customerFromRef, customerFromRt, nobody, userName} from './map-user.js';
import {hasNextPage, maxPerPage, type RtApi} from './rt-api.js';
import type {RtDirectory} from './rt-directory.js';
import {rtAttachmentSchema, rtDeletionSchema, rtTicketSchema, rtTransactionSchema} from './rt-schemas.js';
import {orderFor, queueTicketSql} from './ticket-sql.js';

/** The most a change feed reads in one call; the cursor carries on from there. */
const maxChanges = 1000;

export function ticketPath(id: string): string {
	if (!/^\d+$/.test(id)) throw new DeskError('not_found', `no Request Tracker ticket "${id}" (ticket ids are numbers)`, {provider: 'rt'});
	return `/ticket/${id}`;
}

export function createRtReads(api: RtApi, directory: RtDirectory, options: TicketMapOptions, clock: () => number) {
	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		const ticketSql = queueTicketSql(query, options);
		const page = query.cursor ? decodePageCursor(query.cursor, ticketSql) : 1;
		const perPage = Math.max(1, Math.min(maxPerPage, Math.floor(query.limit ?? 50)));
		const {orderby, order} = orderFor(query.sort);
		const body = await api.page('/tickets', rtTicketSchema, {query: ticketSql, page, per_page: perPage, orderby, order, ...ticketListFields(options.tagsField)});
		return {
			conversations: body.items.map(ticket => summaryFromTicket(ticket, options)),
			nextCursor: hasNextPage(body, perPage) ? encodePageCursor(page + 1, ticketSql) : null,
			total: body.total ?? null,
		};
	}

	async function getConversation(id: string): Promise<Conversation> {
		const path = ticketPath(id);
		const {data: ticket, etag} = await api.get(path, rtTicketSchema);
		const requestor = ticket.Requestor?.[0];
		const owner = ticket.Owner && userName(ticket.Owner) !== nobody ? userName(ticket.Owner) : undefined;
		const [transactions, attachments, queue, ownerRecord, requestorRecord] = await Promise.all([
			api.all(`${path}/history`, rtTransactionSchema, {
				fields: 'Type,Creator,Created,Field,OldValue,NewValue',
				'fields[Creator]': 'Name,RealName,EmailAddress',
			}),
			// Asking for Parent here makes RT 5.0.3 fail with a 500: leave it out.
			api.all(`${path}/attachments`, rtAttachmentSchema, {fields: 'ContentType,Content,TransactionId,Subject,Filename'}),
			ticket.Queue ? directory.queue(ticket.Queue.id) : undefined,
			owner ? directory.user(owner) : undefined,
			requestor ? directory.user(userName(requestor)) : undefined,
		]);
		const named = {
			...ticket,
			...(ticket.Queue && queue ? {Queue: {...ticket.Queue, Name: queue.Name}} : {}),
			...(ticket.Owner && ownerRecord ? {Owner: {...ticket.Owner, ...ownerRecord, id: ownerRecord.Name}} : {}),
		};
		const customer = requestorRecord ? customerFromRt(requestorRecord) : requestor ? customerFromRef(requestor) : customerFromRef({id: ''});
		return conversationFromTicket(named, etag, transactions, attachments, customer, options);
	}

	/**
	 * Tickets whose LastUpdated reached the cursor's second, minus the ones already seen at that second.
	 * Deleted tickets vanish from every search, so they are found through their Status transactions.
	 */
	async function changesSince(cursor: string | null): Promise<Changes> {
		if (cursor === null) return {changed: [], removed: [], cursor: encodeChangesCursor({since: timeToTicketSql(clock()), seen: []})};
		const {since, seen} = decodeChangesCursor(cursor);
		const [tickets, deletions] = await Promise.all([
			api.all(
				'/tickets',
				rtTicketSchema,
				{
					query: `LastUpdated >= '${since}' AND (Status = '__Active__' OR Status = '__Inactive__')`,
					orderby: ['LastUpdated', 'id'],
					order: ['ASC', 'ASC'],
					...ticketListFields(options.tagsField),
				},
				maxChanges,
			),
			api.all('/transactions', rtDeletionSchema, {
				query: `ObjectType = 'RT::Ticket' AND Type = 'Status' AND NewValue = 'deleted' AND Created >= '${since}'`,
				fields: 'ObjectId',
			}),
		]);
		const fresh = tickets.filter(ticket => !(stamp(ticket.LastUpdated) === since && seen.includes(ticket.id)));
		const last = tickets.reduce((latest, ticket) => (stamp(ticket.LastUpdated) > latest ? stamp(ticket.LastUpdated) : latest), since);
		const atLast = tickets.filter(ticket => stamp(ticket.LastUpdated) === last).map(ticket => ticket.id);
		return {
			changed: fresh.map(ticket => summaryFromTicket(ticket, options)),
			removed: [...new Set(deletions.map(deletion => deletion.ObjectId))],
			cursor: encodeChangesCursor({since: last, seen: last === since ? [...new Set([...seen, ...atLast])] : atLast}),
		};
	}

	return {listQueue, getConversation, changesSince};
}

function stamp(value: string | undefined): string {
	const time = timeFromRt(value);
	return time === null ? '' : timeToTicketSql(time);
}
