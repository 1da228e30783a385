// A queue query → SQL with keyset pagination (pure): the cursor is the last row's sort key.
import type {SQLInputValue} from 'node:sqlite';
import {conversationStatuses, type Channel, type ConversationStatus} from '../../../domain/conversation.js';
import {DeskError} from '../../../domain/errors.js';
import type {QueueSort} from '../../provider.js';
import {summaryColumns, summaryJoins} from './map-rows.js';
import {likeTerms, searchTerms} from './search-terms.js';

export type QueueFilter = {
	statuses: readonly ConversationStatus[];
	/** undefined: anyone; null: unassigned. */
	assigneeId?: string | null;
	/** undefined: any team; null: no team. */
	teamId?: string | null;
	tag?: string;
	channel?: Channel;
	text?: string;
	sort: QueueSort;
	limit: number;
	/** The sort key of the last row already seen. */
	after: number[] | null;
};

export type SearchMode = 'fts' | 'like';

type SortSpec = {columns: string[]; descending: boolean};

const sorts: Record<QueueSort, SortSpec> = {
	waiting: {columns: ['waiting_key', 'id'], descending: false},
	priority: {columns: ['priority_rank', 'waiting_key', 'id'], descending: false},
	updated: {columns: ['updated_at', 'id'], descending: true},
	created: {columns: ['created_at', 'id'], descending: true},
};

export type QueueSql = {page: string; count: string; params: Record<string, SQLInputValue>; countParams: Record<string, SQLInputValue>};

export function buildQueueSql(filter: QueueFilter, search: SearchMode): QueueSql {
	const where: string[] = [];
	const params: Record<string, SQLInputValue> = {};
	if (filter.statuses.length < conversationStatuses.length) {
		where.push(`c.status IN (${filter.statuses.map((status, index) => `:status${index}`).join(', ')})`);
		filter.statuses.forEach((status, index) => (params[`status${index}`] = status));
	}
	if (filter.assigneeId === null) where.push('c.assignee_id IS NULL');
	else if (filter.assigneeId !== undefined) {
		where.push('c.assignee_id = :assignee');
		params['assignee'] = filter.assigneeId;
	}
	if (filter.teamId === null) where.push('c.team_id IS NULL');
	else if (filter.teamId !== undefined) {
		where.push('c.team_id = :team');
		params['team'] = filter.teamId;
	}
	if (filter.tag !== undefined) {
		where.push('c.id IN (SELECT conversation_id FROM conversation_tags WHERE tag = :tag)');
		params['tag'] = filter.tag;
	}
	if (filter.channel !== undefined) {
		where.push('c.channel = :channel');
		params['channel'] = filter.channel;
	}
	const needsCustomer = filter.text !== undefined && textConditions(filter.text, search, where, params);
	const from = `FROM conversations c${needsCustomer ? ' JOIN customers cu ON cu.id = c.customer_id' : ''}`;
	const countParams = {...params};
	const countSql = `SELECT count(*) AS n ${from}${whereClause(where)}`;

	const spec = sorts[filter.sort];
	const columns = spec.columns.map(column => `c.${column}`);
	if (filter.after) {
		const keys = filter.after.map((value, index) => {
			params[`after${index}`] = value;
			return `:after${index}`;
		});
		where.push(`(${columns.join(', ')}) ${spec.descending ? '<' : '>'} (${keys.join(', ')})`);
	}
	params['limit'] = filter.limit + 1;
	const order = columns.map(column => `${column}${spec.descending ? ' DESC' : ''}`).join(', ');
	// Pick the page's ids first, then join names and text for those rows only: sorting thousands of
	// candidates with their customer, subject and preview attached costs three times as much.
	// CROSS JOIN keeps SQLite from turning it inside out and scanning every conversation.
	const ids = `SELECT c.id ${from}${whereClause(where)} ORDER BY ${order} LIMIT :limit`;
	const page = `SELECT ${summaryColumns} FROM (${ids}) page CROSS JOIN conversations c ON c.id = page.id ${summaryJoins} ORDER BY ${order}`;
	return {page, count: countSql, params, countParams};
}

/** Every word must match somewhere in the conversation; returns whether customers must be joined. */
function textConditions(input: string, search: SearchMode, where: string[], params: Record<string, SQLInputValue>): boolean {
	const terms = search === 'fts' ? searchTerms(input) : [];
	if (terms.length > 0) {
		params['text'] = terms.join(' ');
		where.push('c.id IN (SELECT rowid FROM conversation_search WHERE conversation_search MATCH :text)');
		return false;
	}
	likeTerms(input).forEach((pattern, index) => {
		params[`like${index}`] = pattern;
		const like = `LIKE :like${index} ESCAPE '\\'`;
		where.push(`(c.subject ${like} OR cu.name ${like} OR cu.email ${like}
			OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.body ${like}))`);
	});
	return true;
}

function whereClause(conditions: string[]): string {
	return conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
}

/** The sort key of a row, as the next page's starting point. */
export function sortKeyOf(sort: QueueSort, row: Record<string, unknown>): number[] {
	return sorts[sort].columns.map(column => Number(row[column]));
}

export function encodeCursor(sort: QueueSort, key: number[]): string {
	return Buffer.from(JSON.stringify({s: sort, k: key})).toString('base64url');
}

export function decodeCursor(cursor: string, sort: QueueSort): number[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
	} catch {
		throw new DeskError('usage', 'invalid queue cursor (use the nextCursor of the previous page)');
	}
	const shape = parsed as {s?: unknown; k?: unknown};
	const key = shape.k;
	if (
		typeof parsed !== 'object' ||
		parsed === null ||
		!Array.isArray(key) ||
		key.length !== sorts[sort].columns.length ||
		!key.every(value => Number.isSafeInteger(value))
	) {
		throw new DeskError('usage', 'invalid queue cursor (use the nextCursor of the previous page)');
	}
	if (shape.s !== sort) throw new DeskError('usage', `this queue cursor was made for sort "${String(shape.s)}", not "${sort}"`);
	return key as number[];
}
