// Exports metricFacts: the local desk's compact metric read, three queries over the conversations opened
// in a period (no customers, no message bodies), turned into facts by the shared pure derivation.
import type {StatementSync} from 'node:sqlite';
import type {Channel, ConversationStatus, MessageKind} from '../../../domain/conversation.js';
import {factsFromConversation, type ConversationFacts, type FactsSource} from '../../../domain/metrics/metric-facts.js';
import type {ActivityEvent} from '../../../domain/metrics/metric-facts.js';
import {eventFromRow} from './activity-events.js';
import type {LocalStore} from './local-store.js';

type Source = FactsSource & {messages: Array<FactsSource['messages'][number]>; tags: string[]};
type Cell = string | number | null;

const opened = 'c.created_at >= :from AND c.created_at < :until';
const conversationSql = `SELECT id, subject, channel, status, team_id, assignee_id, created_at, updated_at, closed_at, csat, nps, ces FROM conversations c WHERE ${opened}`;
const tagSql = `SELECT t.conversation_id, t.tag FROM conversations c JOIN conversation_tags t ON t.conversation_id = c.id WHERE ${opened}`;
const messageSql = `SELECT m.conversation_id, m.kind, m.author_id, m.created_at FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE ${opened} ORDER BY m.conversation_id, m.created_at, m.id`;

const eventSql = `SELECT e.conversation_id, e.kind, e.at, e.actor_id, e.target_id, e.from_status, e.to_status, e.seconds, e.template_id
	FROM conversations c JOIN activity_events e ON e.conversation_id = c.id WHERE ${opened} ORDER BY e.conversation_id, e.at, e.id`;

export function metricFacts(store: LocalStore, period: {from: number; until: number}): ConversationFacts[] {
	const params = {from: period.from, until: period.until};
	const bots = new Set(store.statement("SELECT id FROM agents WHERE role = 'bot'").all().map(row => String(row['id'])));
	const sources = new Map<number, Source>();
	for (const [id, subject, channel, status, teamId, assigneeId, createdAt, updatedAt, closedAt, csat, nps, ces] of rows(store, conversationSql, params)) {
		sources.set(Number(id), {
			id: String(id),
			subject: String(subject),
			channel: channel as Channel,
			status: status as ConversationStatus,
			teamId: teamId === null ? null : String(teamId),
			assigneeId: assigneeId === null ? null : String(assigneeId),
			tags: [],
			createdAt: Number(createdAt),
			updatedAt: Number(updatedAt),
			closedAt: closedAt === null ? null : Number(closedAt),
			ratings: {csat: numberOrNull(csat), nps: numberOrNull(nps), ces: numberOrNull(ces)},
			messages: [],
		});
	}
	for (const [id, tag] of rows(store, tagSql, params)) sources.get(Number(id))?.tags.push(String(tag));
	for (const [id, kind, authorId, createdAt] of rows(store, messageSql, params)) {
		sources.get(Number(id))?.messages.push({kind: kind as MessageKind, authorId: authorId === null ? null : String(authorId), createdAt: Number(createdAt)});
	}
	// Every conversation gets a list (perhaps empty): the desk records events, so none means none happened.
	const events = new Map<number, ActivityEvent[]>();
	for (const row of rows(store, eventSql, params)) {
		const id = Number(row[0]);
		const list = events.get(id);
		if (list) list.push(eventFromRow(row));
		else events.set(id, [eventFromRow(row)]);
	}
	return [...sources].map(([id, source]) => factsFromConversation(source, events.get(id) ?? [], bots));
}

/** Rows as arrays: at 100k conversations and 400k messages, objects per row cost more than the query. */
function rows(store: LocalStore, sql: string, params: Record<string, number>): Cell[][] {
	const statement: StatementSync = store.statement(sql);
	statement.setReturnArrays(true);
	return statement.all(params) as unknown as Cell[][];
}

function numberOrNull(value: Cell | undefined): number | null {
	return value === null || value === undefined ? null : Number(value);
}

/** Replies (agent and bot messages, notes aside) written since `from`, per author. */
export function repliesByAgentSince(store: LocalStore, from: number): Map<string, number> {
	const sql = "SELECT author_id, count(*) FROM messages WHERE created_at >= :from AND (kind = 'agent' OR kind = 'bot') AND author_id IS NOT NULL GROUP BY author_id";
	return new Map(rows(store, sql, {from}).map(([author, count]) => [String(author), Number(count)]));
}
