// A Zammad ticket as a queue row, and with its articles and customer as a full conversation.
import type {Conversation, ConversationSummary, Customer} from '../../domain/conversation.js';
import type {ZammadArticle, ZammadTicket, ZammadUser} from './zammad-schemas.js';
import {mapZammadArticle, userName} from './map-zammad-article.js';
import {mapZammadChannel, mapZammadPriority, mapZammadStateType} from './map-zammad-status.js';

const previewLength = 140;
/** Zammad's system user "-" owns every unassigned ticket. */
export const zammadNobody = 1;

const ms = (value: string | null | undefined): number | null => (value ? Date.parse(value) : null);

/** Built-in state names whose state type differs from the name. */
const builtInTypes: Record<string, string> = {'pending close': 'pending action'};

/** stateTypes maps a state id to its state type name (from /ticket_states); the state name stands in when it is missing. */
export function mapZammadSummary(ticket: ZammadTicket, stateTypes: ReadonlyMap<number, string>): ConversationSummary {
	const name = ticket.state ?? '';
	const status = mapZammadStateType(stateTypes.get(ticket.state_id) ?? builtInTypes[name] ?? name);
	const updatedAt = Date.parse(ticket.updated_at);
	const assigned = ticket.owner_id !== null && ticket.owner_id !== undefined && ticket.owner_id !== zammadNobody;
	const waiting = ms(ticket.last_contact_customer_at);
	const answered = ms(ticket.last_contact_agent_at);
	return {
		id: String(ticket.id),
		subject: ticket.title || `Ticket #${ticket.number ?? ticket.id}`,
		customerId: String(ticket.customer_id),
		customerName: ticket.customer ?? '',
		channel: mapZammadChannel(ticket.create_article_type),
		status,
		priority: mapZammadPriority(ticket.priority_id, ticket.priority),
		assigneeId: assigned ? String(ticket.owner_id) : null,
		assigneeName: assigned ? (ticket.owner ?? null) : null,
		teamId: ticket.group_id !== null && ticket.group_id !== undefined ? String(ticket.group_id) : null,
		teamName: ticket.group ?? null,
		tags: ticket.tags ?? [],
		createdAt: Date.parse(ticket.created_at),
		updatedAt,
		// Waiting since the customer last wrote, unless an agent answered after that.
		waitingSince: status === 'open' && waiting !== null && (answered === null || answered < waiting) ? waiting : null,
		firstResponseAt: ms(ticket.first_response_at),
		closedAt: status === 'closed' ? ms(ticket.close_at) : null,
		snoozedUntil: status === 'snoozed' || status === 'pending' ? ms(ticket.pending_time) : null,
		messageCount: ticket.article_count ?? 0,
		preview: '',
		version: ticket.updated_at,
	};
}

export function mapZammadCustomer(user: ZammadUser | null, fallbackId: number, language: string): Customer {
	return {
		id: String(user?.id ?? fallbackId),
		name: (user && userName(user)) || 'unknown customer',
		email: user?.email ?? '',
		company: user?.organization ?? null,
		companyType: null,
		plan: null,
		monthlySpend: null,
		customerSince: ms(user?.created_at),
		language,
		productsInUse: [],
		vip: user?.vip === true,
		attributes: {},
	};
}

export function mapZammadConversation(ticket: ZammadTicket, articles: ZammadArticle[], customer: ZammadUser | null, stateTypes: ReadonlyMap<number, string>, language: string): Conversation {
	const summary = mapZammadSummary(ticket, stateTypes);
	const messages = articles.map(mapZammadArticle).sort((a, b) => a.createdAt - b.createdAt);
	const latestCustomer = messages.filter(message => message.kind === 'customer').at(-1);
	return {
		...summary,
		customerName: (customer && userName(customer)) || summary.customerName,
		messageCount: messages.length,
		preview: latestCustomer ? shorten(latestCustomer.body.replace(/\s+/g, ' ')) : '',
		customer: mapZammadCustomer(customer, ticket.customer_id, language),
		messages,
		ratings: {csat: null, nps: null, ces: null},
		pageUrl: null,
	};
}

function shorten(text: string): string {
	return text.length > previewLength ? `${text.slice(0, previewLength - 1)}…` : text;
}
