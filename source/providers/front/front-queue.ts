// Front's queue and changes through the conversation search (text plus is:, assignee:, tag:, after: filters),
// ordered by last activity, paged with page tokens, up to 100 a page.
import {conversationStatuses, type ConversationStatus, type ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {Changes, QueuePage, QueueQuery} from '../provider.js';
import type {Send} from '../shared/schema-send.js';
import {frontMaxPerPage, frontRequests as requests, pageTokenOf} from './front-requests.js';
import {frontSearchSchema} from './front-schemas.js';
import {mapFrontSummary} from './map-front-conversation.js';
import {frontStatusFilter} from './map-front-status.js';

const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
const defaultPerPage = 50;
/** Pages read in one call while the status check leaves them empty (pending sits among open). */
const maxEmptyPages = 10;

export type FrontQueueOptions = {
	send: Send;
	clock: () => number;
	teammateId: () => Promise<string>;
	tagId: (name: string) => Promise<string | null>;
};

/** A cursor names the status search it is in (Front ANDs is: filters, so each status is its own search) and its page token. */
function parseCursor(cursor: string | undefined): {phase: number; token: string | undefined} {
	if (cursor === undefined) return {phase: 0, token: undefined};
	const found = /^(\d+)\|(.*)$/.exec(cursor);
	if (!found) throw new DeskError('usage', `not a Front queue cursor: "${cursor}"`);
	return {phase: Number(found[1]), token: found[2] === '' ? undefined : found[2]};
}

export function frontQueue({send, clock, teammateId, tagId}: FrontQueueOptions) {
	/** The filters every status search shares; null when nothing can match (an unknown tag). */
	async function sharedFilters(query: QueueQuery): Promise<string[] | null> {
		if (query.team !== undefined) throw new DeskError('unsupported', 'Front conversations belong to inboxes, not teams: filter by assignee or tag instead', {provider: 'front'});
		if (query.channel !== undefined) throw new DeskError('unsupported', 'Front search cannot filter by channel', {provider: 'front'});
		const result: string[] = [];
		if (query.text !== undefined && query.text.trim() !== '') result.push(query.text.trim().replace(/\s+/g, ' '));
		if (query.assignee === 'unassigned') result.push('is:unassigned');
		else if (query.assignee !== undefined) result.push(`assignee:${query.assignee === 'me' ? await teammateId() : query.assignee}`);
		if (query.tag !== undefined) {
			const id = await tagId(query.tag);
			if (id === null) return null;
			result.push(`tag:${id}`);
		}
		return result;
	}

	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		const wanted = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
		const phases = [...new Set(conversationStatuses.filter(status => wanted.includes(status)).map(frontStatusFilter).filter((each): each is string => each !== null))];
		const shared = await sharedFilters(query);
		if (shared === null || phases.length === 0) return {conversations: [], nextCursor: null, total: 0};
		const limit = Math.min(frontMaxPerPage, Math.max(1, query.limit ?? defaultPerPage));
		let {phase, token} = parseCursor(query.cursor);
		for (let read = 1; ; read++) {
			const filter = phases[phase];
			if (filter === undefined) return {conversations: [], nextCursor: null, total: null};
			const page = await send(requests.search([...shared, filter].join(' '), limit, token), frontSearchSchema, 'a conversation search');
			const conversations = page._results.map(mapFrontSummary).filter(row => wanted.includes(row.status));
			const next = pageTokenOf(page._pagination?.next);
			const nextCursor = next !== null ? `${phase}|${next}` : phase + 1 < phases.length ? `${phase + 1}|` : null;
			const total = phases.length === 1 && conversations.length === page._results.length ? (page._total ?? null) : null;
			if (conversations.length > 0 || nextCursor === null || read >= maxEmptyPages) return {conversations, nextCursor, total};
			({phase, token} = parseCursor(nextCursor));
		}
	}

	/** The cursor is the newest activity seen (unix seconds); results come newest first, so reading stops at older ones. */
	async function changesSince(cursor: string | null): Promise<Changes> {
		if (cursor === null) return {changed: [], removed: [], cursor: String(Math.floor(clock() / 1000))};
		if (!/^\d+$/.test(cursor)) throw new DeskError('usage', `not a Front changes cursor: "${cursor}"`);
		const since = Number(cursor);
		const changed: ConversationSummary[] = [];
		let token: string | undefined;
		let older = false;
		do {
			const page = await send(requests.search(`after:${since - 1}`, frontMaxPerPage, token), frontSearchSchema, 'the changed conversations');
			for (const row of page._results.map(mapFrontSummary)) {
				if (row.updatedAt < (since - 1) * 1000) older = true;
				else changed.push(row);
			}
			token = pageTokenOf(page._pagination?.next) ?? undefined;
		} while (token !== undefined && !older);
		const newest = Math.max(since, ...changed.map(row => Math.floor(row.updatedAt / 1000)));
		return {changed, removed: [], cursor: String(newest)};
	}

	return {listQueue, changesSince};
}
