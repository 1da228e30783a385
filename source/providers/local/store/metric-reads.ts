// Exports metricFacts: the local desk's compact metric read. Ordered reads over the conversations opened in a
// period (no customers, no message bodies), merged by conversation id a slice at a time: each thread is tallied
// as its rows go by, so no message list is built; the facts come from the same pure derivation as elsewhere.
import type {StatementSync} from 'node:sqlite';
import {messageKinds, type Channel, type ConversationStatus} from '../../../domain/conversation.js';
import {factsFromTally, messageRole, newThreadTally, tallyMessage, type ActivityEvent, type ConversationFacts} from '../../../domain/metrics/metric-facts.js';
import {eventFromRow} from './activity-events.js';
import type {LocalStore} from './local-store.js';

type Cell = string | number | null;

const opened = 'c.created_at >= :from AND c.created_at < :until';
// A slice of conversation ids at a time: every slice's rows die young, and four small reads beat one long-lived 400k-row array.
const slice = 2_000;
// A page of the period's conversations after an id, in id order (keyset paging: each page's rows die young too).
const conversationSql = `SELECT id, subject, channel, status, team_id, assignee_id, created_at, updated_at, closed_at, csat, nps, ces FROM conversations c
	WHERE c.id > :after AND ${opened} ORDER BY c.id LIMIT ${slice}`;
// Child rows by an id range alone, in the order of their (conversation_id, ...) index: no join, no sort. The
// range may hold conversations opened outside the period; the merge passes over their rows.
const inSlice = (alias: string) => `${alias}.conversation_id >= :low AND ${alias}.conversation_id <= :high`;
const tagSql = `SELECT t.conversation_id, t.tag FROM conversation_tags t WHERE ${inSlice('t')} ORDER BY t.conversation_id, t.tag`;
// The kind as its index in messageKinds: a small integer per row instead of a new string.
const kindIndex = `CASE m.kind ${messageKinds.map((kind, index) => `WHEN '${kind}' THEN ${index}`).join(' ')} END`;
const messageSql = `SELECT m.conversation_id, ${kindIndex}, m.author_id, m.created_at FROM messages m WHERE ${inSlice('m')} ORDER BY m.conversation_id, m.created_at, m.id`;
const eventSql = `SELECT e.conversation_id, e.kind, e.at, e.actor_id, e.target_id, e.from_status, e.to_status, e.seconds, e.template_id
	FROM activity_events e WHERE ${inSlice('e')} ORDER BY e.conversation_id, e.at, e.id`;

export function metricFacts(store: LocalStore, period: {from: number; until: number}): ConversationFacts[] {
	const bots = new Set(store.statement("SELECT id FROM agents WHERE role = 'bot'").all().map(row => String(row['id'])));
	const facts: ConversationFacts[] = [];
	for (let part = rows(store, conversationSql, {from: period.from, until: period.until, after: 0}); part.length > 0; part = rows(store, conversationSql, {from: period.from, until: period.until, after: Number(part.at(-1)![0])})) {
		const params = {low: Number(part[0]![0]), high: Number(part.at(-1)![0])};
		const tags = rows(store, tagSql, params);
		const messages = rows(store, messageSql, params);
		const events = rows(store, eventSql, params);
		let tag = 0;
		let message = 0;
		let event = 0;
		for (const [key, subject, channel, status, teamId, assigneeId, createdAt, updatedAt, closedAt, csat, nps, ces] of part) {
			const id = Number(key);
			while (tag < tags.length && Number(tags[tag]![0]) < id) tag++;
			while (message < messages.length && Number(messages[message]![0]) < id) message++;
			while (event < events.length && Number(events[event]![0]) < id) event++;
			const tagList: string[] = [];
			for (; tag < tags.length && Number(tags[tag]![0]) === id; tag++) tagList.push(String(tags[tag]![1]));
			const tally = newThreadTally();
			for (; message < messages.length && Number(messages[message]![0]) === id; message++) {
				const [, kind, author, at] = messages[message]!;
				const authorId = author === null ? null : String(author);
				tallyMessage(tally, messageRole(messageKinds[Number(kind)]!, authorId, bots), authorId, Number(at));
			}
			// Every conversation gets a list (perhaps empty): the desk records events, so none means none happened.
			const list: ActivityEvent[] = [];
			for (; event < events.length && Number(events[event]![0]) === id; event++) list.push(eventFromRow(events[event]!));
			const head = {
				id: String(key),
				subject: String(subject),
				channel: channel as Channel,
				status: status as ConversationStatus,
				teamId: teamId === null ? null : String(teamId),
				assigneeId: assigneeId === null ? null : String(assigneeId),
				tags: tagList,
				createdAt: Number(createdAt),
				updatedAt: Number(updatedAt),
				closedAt: closedAt === null ? null : Number(closedAt),
				ratings: {csat: numberOrNull(csat), nps: numberOrNull(nps), ces: numberOrNull(ces)},
			};
			facts.push(factsFromTally(head, tally, list));
		}
	}
	return facts;
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
