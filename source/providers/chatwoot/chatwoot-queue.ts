// Chatwoot's queue: the filter endpoint for statuses and assignees, the list endpoint for text search
// and for changes (updated_within), pages of a fixed 25.
import type {ConversationStatus, ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {HttpRequest} from '../http/http-types.js';
import type {Changes, QueuePage, QueueQuery} from '../provider.js';
import type {Send} from '../shared/schema-send.js';
import {chatwootRequests as requests, type ChatwootFilter} from './chatwoot-requests.js';
import {chatwootConversationListSchema} from './chatwoot-schemas.js';
import {mapChatwootSummary} from './map-chatwoot-conversation.js';
import {toChatwootStatus} from './map-chatwoot-status.js';

/** Chatwoot's page size (CONVERSATION_RESULTS_PER_PAGE on the server); there is no per_page parameter. */
export const chatwootPageSize = 25;
/** Seconds added to updated_within for clock drift between deskterm and the server: repeats are harmless. */
const driftSeconds = 60;
const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
/** Pages read in one call while filtering here leaves them empty. */
const maxEmptyPages = 10;

export type ChatwootQueueOptions = {accountId: number; clock: () => number; send: Send; myId: () => Promise<string>};

export function chatwootQueue({accountId, clock, send, myId}: ChatwootQueueOptions) {
	async function filters(query: QueueQuery, statuses: readonly ConversationStatus[]): Promise<ChatwootFilter[]> {
		const result: ChatwootFilter[] = [
			{attribute_key: 'status', filter_operator: 'equal_to', values: statuses.map(toChatwootStatus)},
		];
		if (query.assignee === 'unassigned') result.push({attribute_key: 'assignee_id', filter_operator: 'is_not_present', values: []});
		else if (query.assignee !== undefined) {
			const id = query.assignee === 'me' ? await myId() : query.assignee;
			result.push({attribute_key: 'assignee_id', filter_operator: 'equal_to', values: [id]});
		}
		if (query.team === 'none') result.push({attribute_key: 'team_id', filter_operator: 'is_not_present', values: []});
		else if (query.team !== undefined) result.push({attribute_key: 'team_id', filter_operator: 'equal_to', values: [query.team]});
		if (query.tag !== undefined) result.push({attribute_key: 'labels', filter_operator: 'equal_to', values: [query.tag]});
		return result;
	}

	/** Text search goes through the list endpoint's q, which ignores status: the rest is filtered here. */
	async function textSearch(query: QueueQuery, page: number): Promise<HttpRequest> {
		const assigneeType = query.assignee === 'me' || query.assignee === 'unassigned' ? query.assignee : query.assignee ? 'assigned' : 'all';
		return requests.listConversations(accountId, {
			q: query.text,
			assignee_type: assigneeType,
			page,
			...(query.team && query.team !== 'none' ? {team_id: query.team} : {}),
			...(query.tag ? {'labels[]': [query.tag]} : {}),
		});
	}

	/** Rows filtered here can leave a page empty: the next pages are read until one has rows (or a few were read). */
	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		let page = pageOf(query.cursor);
		const statuses = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
		const me = query.assignee === 'me' ? await myId() : undefined;
		const wanted = (summary: ConversationSummary) =>
			statuses.includes(summary.status) &&
			(query.channel === undefined || summary.channel === query.channel) &&
			(query.assignee === undefined || query.assignee === 'unassigned' || summary.assigneeId === (me ?? query.assignee)) &&
			(query.team !== 'none' || summary.teamId === null);
		for (let read = 1; ; read++, page++) {
			const request =
				query.text === undefined || query.text.trim() === ''
					? requests.filterConversations(accountId, await filters(query, statuses), page)
					: await textSearch(query, page);
			const {payload} = await send(request, chatwootConversationListSchema, 'a conversation list');
			const conversations = payload.map(mapChatwootSummary).filter(wanted);
			const nextCursor = payload.length >= chatwootPageSize ? String(page + 1) : null;
			if (conversations.length > 0 || nextCursor === null || read >= maxEmptyPages) return {conversations, nextCursor, total: null};
		}
	}

	/** The cursor is the time of the last look; Chatwoot answers everything updated within N seconds, unpaged. */
	async function changesSince(cursor: string | null): Promise<Changes> {
		const now = clock();
		if (cursor === null) return {changed: [], removed: [], cursor: String(now)};
		if (!/^\d+$/.test(cursor)) throw new DeskError('usage', `not a Chatwoot changes cursor: "${cursor}"`);
		const within = Math.max(1, Math.ceil((now - Number(cursor)) / 1000)) + driftSeconds;
		const {payload} = await send(
			requests.listConversations(accountId, {status: 'all', assignee_type: 'all', updated_within: within}),
			chatwootConversationListSchema,
			'the changed conversations',
		);
		return {changed: payload.map(mapChatwootSummary), removed: [], cursor: String(now)};
	}

	return {listQueue, changesSince};
}

function pageOf(cursor: string | undefined): number {
	if (cursor === undefined) return 1;
	if (!/^[1-9]\d*$/.test(cursor)) throw new DeskError('usage', `not a Chatwoot page cursor: "${cursor}"`);
	return Number(cursor);
}
