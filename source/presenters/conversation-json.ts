// The stable JSON shapes scripts read (--json): camelCase, ISO-8601 times or null, documented in docs/cli.md.
import type {Agent, Conversation, ConversationSummary, Customer, Message, Team} from '../domain/conversation.js';
import {tenureDays} from './customer.js';
import {isoTime} from './time.js';

export type JsonObject = Record<string, unknown>;

/** One queue row; also what assign, status, priority and tag print with --json. */
export const summaryJsonFields = [
	'id',
	'subject',
	'customerId',
	'customerName',
	'channel',
	'status',
	'priority',
	'assigneeId',
	'assigneeName',
	'teamId',
	'teamName',
	'tags',
	'createdAt',
	'updatedAt',
	'waitingSince',
	'firstResponseAt',
	'closedAt',
	'snoozedUntil',
	'messageCount',
	'preview',
	'version',
	'desk',
] as const;

/** One conversation (deskterm show --json): the summary plus customer, messages, ratings and page. */
export const conversationJsonFields = [...summaryJsonFields, 'customer', 'messages', 'ratings', 'pageUrl'] as const;

export function summaryToJson(summary: ConversationSummary): JsonObject {
	return {
		id: summary.id,
		subject: summary.subject,
		customerId: summary.customerId,
		customerName: summary.customerName,
		channel: summary.channel,
		status: summary.status,
		priority: summary.priority,
		assigneeId: summary.assigneeId,
		assigneeName: summary.assigneeName,
		teamId: summary.teamId,
		teamName: summary.teamName,
		tags: [...summary.tags],
		createdAt: isoTime(summary.createdAt),
		updatedAt: isoTime(summary.updatedAt),
		waitingSince: isoTime(summary.waitingSince),
		firstResponseAt: isoTime(summary.firstResponseAt),
		closedAt: isoTime(summary.closedAt),
		snoozedUntil: isoTime(summary.snoozedUntil),
		messageCount: summary.messageCount,
		preview: summary.preview,
		version: summary.version,
		// The desk (profile) in a merged queue (--profile a,b), null on a single desk.
		desk: summary.desk ?? null,
	};
}

export function conversationToJson(conversation: Conversation, now: number): JsonObject {
	return {
		...summaryToJson(conversation),
		customer: customerToJson(conversation.customer, now),
		messages: conversation.messages.map(messageToJson),
		ratings: {csat: conversation.ratings.csat, nps: conversation.ratings.nps, ces: conversation.ratings.ces},
		pageUrl: conversation.pageUrl,
	};
}

export function customerToJson(customer: Customer, now: number): JsonObject {
	return {
		id: customer.id,
		name: customer.name,
		email: customer.email,
		company: customer.company,
		companyType: customer.companyType,
		plan: customer.plan,
		monthlySpend: customer.monthlySpend,
		customerSince: isoTime(customer.customerSince),
		tenureDays: tenureDays(customer.customerSince, now),
		language: customer.language,
		productsInUse: [...customer.productsInUse],
		vip: customer.vip,
		attributes: {...customer.attributes},
	};
}

/** A message: what reply and note print with --json, and each entry of show's messages. */
export function messageToJson(message: Message): JsonObject {
	return {
		id: message.id,
		conversationId: message.conversationId,
		kind: message.kind,
		authorId: message.authorId,
		authorName: message.authorName,
		body: message.body,
		createdAt: isoTime(message.createdAt),
		channel: message.channel,
	};
}

export function agentToJson(agent: Agent, teams: readonly Team[]): JsonObject {
	return {
		id: agent.id,
		name: agent.name,
		email: agent.email,
		role: agent.role,
		teamIds: [...agent.teamIds],
		teamNames: agent.teamIds.map(id => teams.find(team => team.id === id)?.name ?? id),
	};
}

export function teamToJson(team: Team, agents: readonly Agent[]): JsonObject {
	return {id: team.id, name: team.name, agentIds: agents.filter(agent => agent.teamIds.includes(team.id)).map(agent => agent.id)};
}
