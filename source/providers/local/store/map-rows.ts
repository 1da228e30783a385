// Rows of the desk file → the domain's types (pure; one mapping per entity).
import {
	channels,
	conversationStatuses,
	messageKinds,
	priorities,
	type Agent,
	type ConversationSummary,
	type Customer,
	type Message,
	type Ratings,
	type Team,
} from '../../../domain/conversation.js';
import {integer, oneOf, optionalInteger, optionalNumber, optionalText, stringList, stringRecord, text, type Row} from './row-values.js';

/** The columns a queue row needs, for `FROM conversations c` joined as below. */
export const summaryColumns = `c.id, c.subject, c.customer_id, cu.name AS customer_name, c.channel, c.status, c.priority,
	c.assignee_id, a.name AS assignee_name, c.team_id, t.name AS team_name, c.created_at, c.updated_at,
	c.waiting_since, c.first_response_at, c.closed_at, c.snoozed_until, c.message_count, c.preview, c.version,
	c.waiting_key, c.priority_rank`;

export const summaryJoins = `JOIN customers cu ON cu.id = c.customer_id
	LEFT JOIN agents a ON a.id = c.assignee_id
	LEFT JOIN teams t ON t.id = c.team_id`;

export function mapSummary(row: Row, tags: string[]): ConversationSummary {
	return {
		id: String(integer(row, 'id')),
		subject: text(row, 'subject'),
		customerId: String(integer(row, 'customer_id')),
		customerName: text(row, 'customer_name'),
		channel: oneOf(row, 'channel', channels),
		status: oneOf(row, 'status', conversationStatuses),
		priority: oneOf(row, 'priority', priorities),
		assigneeId: optionalText(row, 'assignee_id'),
		assigneeName: optionalText(row, 'assignee_name'),
		teamId: optionalText(row, 'team_id'),
		teamName: optionalText(row, 'team_name'),
		tags,
		createdAt: integer(row, 'created_at'),
		updatedAt: integer(row, 'updated_at'),
		waitingSince: optionalInteger(row, 'waiting_since'),
		firstResponseAt: optionalInteger(row, 'first_response_at'),
		closedAt: optionalInteger(row, 'closed_at'),
		snoozedUntil: optionalInteger(row, 'snoozed_until'),
		messageCount: integer(row, 'message_count'),
		preview: text(row, 'preview'),
		version: String(integer(row, 'version')),
	};
}

export function mapCustomer(row: Row): Customer {
	return {
		id: String(integer(row, 'id')),
		name: text(row, 'name'),
		email: text(row, 'email'),
		company: optionalText(row, 'company'),
		companyType: optionalText(row, 'company_type'),
		plan: optionalText(row, 'plan'),
		monthlySpend: optionalNumber(row, 'monthly_spend'),
		customerSince: optionalInteger(row, 'customer_since'),
		language: text(row, 'language'),
		productsInUse: stringList(row, 'products_in_use'),
		vip: integer(row, 'vip') === 1,
		attributes: stringRecord(row, 'attributes'),
	};
}

export function mapMessage(row: Row): Message {
	return {
		id: String(integer(row, 'id')),
		conversationId: String(integer(row, 'conversation_id')),
		kind: oneOf(row, 'kind', messageKinds),
		authorId: optionalText(row, 'author_id'),
		authorName: text(row, 'author_name'),
		body: text(row, 'body'),
		createdAt: integer(row, 'created_at'),
		channel: oneOf(row, 'channel', channels),
	};
}

export function mapRatings(row: Row): Ratings {
	return {csat: optionalInteger(row, 'csat'), nps: optionalInteger(row, 'nps'), ces: optionalInteger(row, 'ces')};
}

export function mapAgent(row: Row): Agent {
	return {
		id: text(row, 'id'),
		name: text(row, 'name'),
		email: text(row, 'email'),
		teamIds: stringList(row, 'team_ids'),
		role: oneOf(row, 'role', ['agent', 'lead', 'bot'] as const),
	};
}

export function mapTeam(row: Row): Team {
	return {id: text(row, 'id'), name: text(row, 'name')};
}

/** A message body shortened for the queue's preview column. */
export function previewOf(body: string): string {
	const flat = body.replace(/\s+/g, ' ').trim();
	return flat.length <= 160 ? flat : `${flat.slice(0, 159)}…`;
}
