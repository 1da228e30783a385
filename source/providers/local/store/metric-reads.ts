// Exports metricFacts: the local desk's compact metric read, three queries over the conversations opened
// in a period (no customers, no message bodies), turned into facts by the shared pure derivation.
import type {Channel, ConversationStatus, MessageKind} from '../../../domain/conversation.js';
import {factsFromConversation, type ConversationFacts, type FactsSource} from '../../../domain/metrics/metric-facts.js';
import type {LocalStore} from './local-store.js';
import {integer, optionalText, text} from './row-values.js';

const inPeriod = 'created_at >= :from AND created_at < :until';

export function metricFacts(store: LocalStore, period: {from: number; until: number}): ConversationFacts[] {
	const params = {from: period.from, until: period.until};
	const bots = new Set(store.statement("SELECT id FROM agents WHERE role = 'bot'").all().map(row => text(row, 'id')));
	const sources = new Map<number, FactsSource & {messages: FactsSource['messages'][number][]; tags: string[]}>();
	const rows = store.statement(`SELECT id, subject, channel, status, team_id, assignee_id, created_at, updated_at, closed_at, csat, nps, ces FROM conversations WHERE ${inPeriod} ORDER BY id`).all(params);
	for (const row of rows) {
		const id = integer(row, 'id');
		sources.set(id, {
			id: String(id),
			subject: text(row, 'subject'),
			channel: text(row, 'channel') as Channel,
			status: text(row, 'status') as ConversationStatus,
			teamId: optionalText(row, 'team_id'),
			assigneeId: optionalText(row, 'assignee_id'),
			tags: [],
			createdAt: integer(row, 'created_at'),
			updatedAt: integer(row, 'updated_at'),
			closedAt: row['closed_at'] === null ? null : integer(row, 'closed_at'),
			ratings: {csat: nullable(row['csat']), nps: nullable(row['nps']), ces: nullable(row['ces'])},
			messages: [],
		});
	}
	const scope = `conversation_id IN (SELECT id FROM conversations WHERE ${inPeriod})`;
	for (const row of store.statement(`SELECT conversation_id, tag FROM conversation_tags WHERE ${scope}`).all(params)) sources.get(integer(row, 'conversation_id'))?.tags.push(text(row, 'tag'));
	for (const row of store.statement(`SELECT conversation_id, kind, author_id, created_at FROM messages WHERE ${scope} ORDER BY conversation_id, created_at, id`).all(params)) {
		sources.get(integer(row, 'conversation_id'))?.messages.push({kind: text(row, 'kind') as MessageKind, authorId: optionalText(row, 'author_id'), createdAt: integer(row, 'created_at')});
	}
	// The local desk keeps no activity events yet: null says so, and the figures that need them say unavailable.
	return [...sources.values()].map(source => factsFromConversation(source, null, bots));
}

function nullable(value: unknown): number | null {
	return value === null || value === undefined ? null : Number(value);
}
