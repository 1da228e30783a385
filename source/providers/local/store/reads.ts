// Reading the desk: queue pages, whole conversations, agents and teams.
import type {Agent, Conversation, ConversationSummary, Team} from '../../../domain/conversation.js';
import {DeskError} from '../../../domain/errors.js';
import type {QueuePage} from '../../provider.js';
import type {LocalStore} from './local-store.js';
import {mapAgent, mapCustomer, mapMessage, mapRatings, mapSummary, mapTeam, summaryColumns, summaryJoins} from './map-rows.js';
import {buildQueueSql, encodeCursor, sortKeyOf, type QueueFilter} from './queue-sql.js';
import {integer, optionalText, text, type Row} from './row-values.js';

/** One page of the queue; counting the total costs a scan, so bulk readers may skip it. */
export function listQueue(store: LocalStore, filter: QueueFilter, options: {total?: boolean} = {}): QueuePage {
	const sql = buildQueueSql(filter, store.search);
	const rows = store.statement(sql.page).all(sql.params);
	const more = rows.length > filter.limit;
	const pageRows = more ? rows.slice(0, filter.limit) : rows;
	const total = options.total === false ? null : integer(store.statement(sql.count).get(sql.countParams) ?? {}, 'n');
	const last = pageRows.at(-1);
	return {
		conversations: withTags(store, pageRows),
		nextCursor: more && last ? encodeCursor(filter.sort, sortKeyOf(filter.sort, last)) : null,
		total,
	};
}

export function summariesByIds(store: LocalStore, ids: readonly number[]): ConversationSummary[] {
	if (ids.length === 0) return [];
	const rows = store
		.statement(`SELECT ${summaryColumns} FROM conversations c ${summaryJoins} WHERE c.id IN (SELECT value FROM json_each(:ids)) ORDER BY c.id`)
		.all({ids: JSON.stringify(ids)});
	return withTags(store, rows);
}

function withTags(store: LocalStore, rows: Row[]): ConversationSummary[] {
	const ids = rows.map(row => integer(row, 'id'));
	const tags = new Map<number, string[]>();
	if (ids.length > 0) {
		const tagRows = store
			.statement('SELECT conversation_id, tag FROM conversation_tags WHERE conversation_id IN (SELECT value FROM json_each(:ids)) ORDER BY tag')
			.all({ids: JSON.stringify(ids)});
		for (const row of tagRows) {
			const id = integer(row, 'conversation_id');
			tags.set(id, [...(tags.get(id) ?? []), text(row, 'tag')]);
		}
	}
	return rows.map(row => mapSummary(row, tags.get(integer(row, 'id')) ?? []));
}

/** A conversation id as the desk stores it, or not_found for anything else. */
export function conversationKey(id: string): number {
	const key = /^\d{1,15}$/.test(id.trim()) ? Number(id.trim()) : Number.NaN;
	if (!Number.isSafeInteger(key) || key < 1) throw notFound(id);
	return key;
}

export function notFound(id: string | number): DeskError {
	return new DeskError('not_found', `conversation ${id} not found`);
}

export function getConversation(store: LocalStore, id: string): Conversation {
	const [summary] = summariesByIds(store, [conversationKey(id)]);
	if (!summary) throw notFound(id);
	const [conversation] = fullConversations(store, [summary]);
	return conversation!;
}

/** Customers, messages and ratings for a batch of summaries, in three queries whatever the batch size. */
export function fullConversations(store: LocalStore, summaries: readonly ConversationSummary[]): Conversation[] {
	const ids = JSON.stringify(summaries.map(summary => Number(summary.id)));
	const extras = new Map<string, Row>();
	for (const row of store.statement('SELECT id, csat, nps, ces, page_url FROM conversations WHERE id IN (SELECT value FROM json_each(:ids))').all({ids})) {
		extras.set(String(integer(row, 'id')), row);
	}
	const customerIds = JSON.stringify([...new Set(summaries.map(summary => Number(summary.customerId)))]);
	const customers = new Map(
		store
			.statement('SELECT * FROM customers WHERE id IN (SELECT value FROM json_each(:ids))')
			.all({ids: customerIds})
			.map(row => {
				const customer = mapCustomer(row);
				return [customer.id, customer] as const;
			}),
	);
	const messages = new Map<string, Conversation['messages']>();
	const messageRows = store
		.statement('SELECT * FROM messages WHERE conversation_id IN (SELECT value FROM json_each(:ids)) ORDER BY conversation_id, created_at, id')
		.all({ids});
	for (const row of messageRows) {
		const message = mapMessage(row);
		const list = messages.get(message.conversationId);
		if (list) list.push(message);
		else messages.set(message.conversationId, [message]);
	}
	return summaries.map(summary => {
		const extra = extras.get(summary.id);
		const customer = customers.get(summary.customerId);
		if (!extra || !customer) throw notFound(summary.id);
		return {
			...summary,
			customer,
			messages: messages.get(summary.id) ?? [],
			ratings: mapRatings(extra),
			pageUrl: optionalText(extra, 'page_url'),
		};
	});
}

export function listAgents(store: LocalStore): Agent[] {
	return store
		.statement(
			`SELECT a.id, a.name, a.email, a.role,
				(SELECT json_group_array(team_id) FROM (SELECT team_id FROM agent_teams WHERE agent_id = a.id ORDER BY position)) AS team_ids
			FROM agents a ORDER BY a.role = 'bot', a.name`,
		)
		.all()
		.map(mapAgent);
}

export function listTeams(store: LocalStore): Team[] {
	return store.statement('SELECT id, name FROM teams ORDER BY name').all().map(mapTeam);
}
