// Intercom's queue and changes through the conversation search: filters on state, assignees, tags,
// updated_at; starting_after cursors; up to 150 per page.
import type {ConversationStatus, ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {Changes, QueuePage, QueueQuery} from '../provider.js';
import type {Send} from '../shared/schema-send.js';
import {intercomRequests as requests, type IntercomFilter, type IntercomQuery} from './intercom-requests.js';
import {intercomContactListSchema, intercomConversationListSchema, type IntercomConversation} from './intercom-schemas.js';
import {mapIntercomSummary, type IntercomNames} from './map-intercom-conversation.js';
import {toIntercomStates} from './map-intercom-status.js';

const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
export const intercomMaxPerPage = 150;
const defaultPerPage = 50;
/** Pages read in one call while the channel filter leaves them empty. */
const maxEmptyPages = 10;

export type IntercomQueueOptions = {
	send: Send;
	clock: () => number;
	adminId: () => Promise<string>;
	/** Admin and team names (cached by the provider). */
	names: () => Promise<Pick<IntercomNames, 'admins' | 'teams'>>;
	tagId: (name: string) => Promise<string | null>;
};

export function intercomQueue({send, clock, adminId, names, tagId}: IntercomQueueOptions) {
	/** Rows show customer names: the ones a list leaves out are read in one contact search. */
	async function summaries(conversations: IntercomConversation[]): Promise<ConversationSummary[]> {
		const known = await names();
		const missing = [
			...new Set(
				conversations
					.filter(conversation => !['user', 'lead', 'contact'].includes(conversation.source?.author?.type ?? ''))
					.map(conversation => conversation.contacts?.contacts[0]?.id)
					.filter((id): id is string => id !== undefined),
			),
		];
		const contacts = new Map<string, string>();
		if (missing.length > 0) {
			const found = await send(requests.searchContacts(missing), intercomContactListSchema, 'a contact search');
			for (const contact of found.data) contacts.set(contact.id, contact.name ?? contact.email ?? '');
		}
		return conversations.map(conversation => mapIntercomSummary(conversation, {...known, contacts}));
	}

	async function filters(query: QueueQuery): Promise<IntercomFilter[] | null> {
		const statuses = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
		const states = [...new Set(statuses.flatMap(toIntercomStates))];
		if (states.length === 0) return null;
		const result: IntercomFilter[] = [{field: 'state', operator: 'IN', value: states}];
		if (query.assignee !== undefined) {
			const id = query.assignee === 'me' ? await adminId() : query.assignee === 'unassigned' ? '0' : query.assignee;
			result.push({field: 'admin_assignee_id', operator: '=', value: id});
		}
		if (query.team !== undefined) result.push({field: 'team_assignee_id', operator: '=', value: query.team === 'none' ? '0' : query.team});
		if (query.tag !== undefined) {
			const id = await tagId(query.tag);
			if (id === null) return null;
			result.push({field: 'tag_ids', operator: 'IN', value: [id]});
		}
		if (query.text !== undefined && query.text.trim() !== '') result.push({field: 'source.body', operator: '~', value: query.text.trim()});
		return result;
	}

	/** Nothing can match (pending, an unknown tag): an empty page without asking. A channel filtered here reads on past empty pages. */
	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		const conditions = await filters(query);
		if (conditions === null) return {conversations: [], nextCursor: null, total: 0};
		const perPage = Math.min(intercomMaxPerPage, Math.max(1, query.limit ?? defaultPerPage));
		let cursor = query.cursor;
		for (let read = 1; ; read++) {
			const page = await send(requests.searchConversations(combine(conditions), perPage, cursor), intercomConversationListSchema, 'a conversation search');
			const rows = await summaries(page.conversations);
			const conversations = query.channel === undefined ? rows : rows.filter(row => row.channel === query.channel);
			const nextCursor = page.pages?.next?.starting_after ?? null;
			if (conversations.length > 0 || nextCursor === null || read >= maxEmptyPages) return {conversations, nextCursor, total: query.channel === undefined ? (page.total_count ?? null) : null};
			cursor = nextCursor;
		}
	}

	/** The cursor is the newest updated_at seen (unix seconds); the same second is asked again, since a repeat is harmless. */
	async function changesSince(cursor: string | null): Promise<Changes> {
		if (cursor === null) return {changed: [], removed: [], cursor: String(Math.floor(clock() / 1000))};
		if (!/^\d+$/.test(cursor)) throw new DeskError('usage', `not an Intercom changes cursor: "${cursor}"`);
		const since = Number(cursor);
		const query = combine([{field: 'updated_at', operator: '>', value: since - 1}]);
		const found: IntercomConversation[] = [];
		// Search results come unsorted, so every page is read before the cursor may move.
		let after: string | undefined;
		do {
			const result = await send(requests.searchConversations(query, intercomMaxPerPage, after), intercomConversationListSchema, 'the changed conversations');
			found.push(...result.conversations);
			after = result.pages?.next?.starting_after ?? undefined;
		} while (after !== undefined);
		const newest = Math.max(since, ...found.map(conversation => conversation.updated_at));
		return {changed: await summaries(found), removed: [], cursor: String(newest)};
	}

	return {listQueue, changesSince};
}

function combine(conditions: IntercomFilter[]): IntercomQuery {
	return conditions.length === 1 ? conditions[0]! : {operator: 'AND', value: conditions};
}
