// Exports recordEvent and eventsByConversation: the local desk's activity log, written inside the change's
// own transaction and read back as the domain's ActivityEvent.
import type {ConversationStatus} from '../../../domain/conversation.js';
import type {ActivityEvent} from '../../../domain/metrics/metric-facts.js';
import type {LocalStore} from './local-store.js';

type Cell = string | number | null;

/** The columns of one event; the caller's transaction decides whether it lands with its change. */
export function eventColumns(event: ActivityEvent): Record<string, Cell> {
	const base = {conversationId: Number(event.conversationId), kind: event.kind, at: event.at, actor: null, target: null, fromStatus: null, toStatus: null, seconds: null, template: null};
	switch (event.kind) {
		case 'status':
			return {...base, actor: event.actorId, fromStatus: event.from, toStatus: event.to};
		case 'worked':
			return {...base, actor: event.agentId, seconds: Math.round(event.seconds)};
		case 'handover':
			return {...base, actor: event.fromId, target: event.toId};
		case 'template':
			return {...base, actor: event.agentId, seconds: Math.round(event.savedSeconds), template: event.templateId};
	}
}

export const insertEventSql = (table = 'activity_events') =>
	`INSERT INTO ${table} (conversation_id, kind, at, actor_id, target_id, from_status, to_status, seconds, template_id)
	VALUES (:conversationId, :kind, :at, :actor, :target, :fromStatus, :toStatus, :seconds, :template)`;

export function recordEvent(store: LocalStore, event: ActivityEvent): void {
	store.statement(insertEventSql()).run(eventColumns(event));
}

/** An event row (conversation_id, kind, at, actor_id, target_id, from_status, to_status, seconds, template_id) as an ActivityEvent. */
export function eventFromRow(row: readonly Cell[]): ActivityEvent {
	const [id, kind, at, actor, target, from, to, seconds, template] = row;
	const conversationId = String(id);
	const text = (value: Cell | undefined) => (value === null || value === undefined ? null : String(value));
	switch (kind) {
		case 'status':
			return {kind, conversationId, at: Number(at), actorId: text(actor), from: text(from) as ConversationStatus | null, to: String(to) as ConversationStatus};
		case 'worked':
			return {kind, conversationId, at: Number(at), agentId: String(actor), seconds: Number(seconds)};
		case 'handover':
			return {kind, conversationId, at: Number(at), fromId: text(actor), toId: text(target)};
		default:
			return {kind: 'template', conversationId, at: Number(at), agentId: String(actor), templateId: String(template), savedSeconds: Number(seconds)};
	}
}
