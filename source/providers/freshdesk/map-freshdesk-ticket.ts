// A Freshdesk ticket as a queue row, and with its description and conversations as a full conversation.
import type {Agent, Conversation, ConversationSummary, Customer, Message} from '../../domain/conversation.js';
import {scalarAttributes, type Attributes} from '../shared/custom-attributes.js';
import type {FreshdeskConversation, FreshdeskTicket} from './freshdesk-schemas.js';
import {mapFreshdeskConversation} from './map-freshdesk-message.js';
import {mapFreshdeskPriority, mapFreshdeskSource, mapFreshdeskStatus} from './map-freshdesk-status.js';

const previewLength = 140;

export type FreshdeskDirectory = {agents: ReadonlyMap<string, Agent>; teams: ReadonlyMap<string, string>};

export const time = (value: string | null | undefined): number | null => {
	if (!value) return null;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? null : parsed;
};

export function mapFreshdeskSummary(ticket: FreshdeskTicket, directory: FreshdeskDirectory): ConversationSummary {
	const status = mapFreshdeskStatus(ticket.status);
	const assigneeId = ticket.responder_id === null || ticket.responder_id === undefined ? null : String(ticket.responder_id);
	const teamId = ticket.group_id === null || ticket.group_id === undefined ? null : String(ticket.group_id);
	const createdAt = time(ticket.created_at) ?? 0;
	const updatedAt = time(ticket.updated_at) ?? createdAt;
	return {
		id: String(ticket.id),
		subject: ticket.subject || `Ticket ${ticket.id}`,
		customerId: String(ticket.requester_id),
		customerName: ticket.requester?.name || ticket.requester?.email || '',
		channel: mapFreshdeskSource(ticket.source),
		status,
		priority: mapFreshdeskPriority(ticket.priority),
		assigneeId,
		assigneeName: assigneeId === null ? null : (directory.agents.get(assigneeId)?.name ?? null),
		teamId,
		teamName: teamId === null ? null : (directory.teams.get(teamId) ?? null),
		tags: ticket.tags ?? [],
		createdAt,
		updatedAt,
		// Freshdesk's list says nothing about who spoke last: an open ticket waits since it last changed.
		waitingSince: status === 'open' ? updatedAt : null,
		firstResponseAt: time(ticket.stats?.first_responded_at),
		closedAt: status === 'closed' ? (time(ticket.stats?.resolved_at) ?? time(ticket.stats?.closed_at)) : null,
		snoozedUntil: null,
		messageCount: 0,
		preview: '',
		version: ticket.updated_at,
	};
}

export function mapFreshdeskCustomer(ticket: FreshdeskTicket, language: string): Customer {
	const requester = ticket.requester;
	const attributes = scalarAttributes((ticket.custom_fields ?? {}) as Attributes);
	return {
		id: String(ticket.requester_id),
		name: requester?.name || requester?.email || 'unknown customer',
		email: requester?.email ?? '',
		company: null,
		companyType: null,
		plan: attributes['cf_plan'] ?? null,
		monthlySpend: null,
		customerSince: null,
		language,
		productsInUse: [],
		vip: false,
		attributes,
	};
}

/** The ticket's description is the customer's first message; conversations follow it in time. */
export function mapFreshdeskTicket(ticket: FreshdeskTicket, conversations: readonly FreshdeskConversation[], directory: FreshdeskDirectory, language: string): Conversation {
	const summary = mapFreshdeskSummary(ticket, directory);
	const id = summary.id;
	const opening: Message[] = ticket.description_text?.trim()
		? [{id: `${id}-description`, conversationId: id, kind: 'customer', authorId: summary.customerId, authorName: summary.customerName, body: ticket.description_text.trim(), createdAt: summary.createdAt, channel: summary.channel}]
		: [];
	const messages = [...opening, ...conversations.map(each => mapFreshdeskConversation(each, ticket, directory, summary.channel))].sort((a, b) => a.createdAt - b.createdAt);
	const latestCustomer = messages.filter(message => message.kind === 'customer').at(-1);
	const firstCustomer = messages.find(message => message.kind === 'customer');
	const firstAnswer = messages.find(message => message.kind === 'agent' && message.createdAt >= (firstCustomer?.createdAt ?? 0));
	return {
		...summary,
		firstResponseAt: summary.firstResponseAt ?? firstAnswer?.createdAt ?? null,
		messageCount: messages.length,
		preview: latestCustomer ? shorten(latestCustomer.body.replace(/\s+/g, ' ')) : '',
		customer: mapFreshdeskCustomer(ticket, language),
		messages,
		ratings: {csat: null, nps: null, ces: null},
		pageUrl: null,
	};
}

function shorten(text: string): string {
	return text.length > previewLength ? `${text.slice(0, previewLength - 1)}…` : text;
}
