// A Zendesk ticket as a queue row and, with its comments, as a full conversation.
import type {Conversation, ConversationSummary, Customer, Message} from '../../domain/conversation.js';
import type {ZendeskComment, ZendeskTicket, ZendeskUser} from './zendesk-schemas.js';
import {mapZendeskChannel, mapZendeskPriority, mapZendeskStatus} from './map-zendesk-status.js';

const previewLength = 140;
/** Channels through which automation (answer bots, AI agents) writes comments. */
const botChannels = ['answer_bot', 'answer_bot_for_agents', 'answer_bot_for_sdk', 'answer_bot_for_slack', 'answer_bot_for_web_widget', 'ai_agent'];

export type ZendeskNames = {users: Map<number, ZendeskUser>; groups: Map<number, string>};

export function mapZendeskSummary(ticket: ZendeskTicket, names: ZendeskNames): ConversationSummary {
	const status = mapZendeskStatus(ticket.status);
	const requester = ticket.requester_id == null ? undefined : names.users.get(ticket.requester_id);
	const assignee = ticket.assignee_id == null ? undefined : names.users.get(ticket.assignee_id);
	const created = Date.parse(ticket.created_at);
	const updated = Date.parse(ticket.updated_at);
	return {
		id: String(ticket.id),
		subject: ticket.subject || ticket.raw_subject || `Ticket #${ticket.id}`,
		customerId: ticket.requester_id == null ? '' : String(ticket.requester_id),
		customerName: requester?.name ?? '',
		channel: mapZendeskChannel(ticket.via?.channel),
		status,
		priority: mapZendeskPriority(ticket.priority),
		assigneeId: ticket.assignee_id == null ? null : String(ticket.assignee_id),
		assigneeName: assignee?.name ?? null,
		teamId: ticket.group_id == null ? null : String(ticket.group_id),
		teamName: ticket.group_id == null ? null : (names.groups.get(ticket.group_id) ?? null),
		tags: ticket.tags ?? [],
		createdAt: created,
		updatedAt: updated,
		// A list does not say when the requester last wrote: new waits since creation, open since the last update.
		waitingSince: ticket.status === 'new' ? created : ticket.status === 'open' ? updated : null,
		firstResponseAt: null,
		closedAt: null,
		snoozedUntil: null,
		// Zendesk's lists carry no comment count.
		messageCount: 0,
		// A list carries the first comment (the description), not the latest.
		preview: shorten(oneLine(ticket.description ?? ''), previewLength),
		version: ticket.updated_at,
	};
}

export function mapZendeskComment(comment: ZendeskComment, ticketId: string, names: ZendeskNames, ticketChannel: Message['channel']): Message {
	const author = comment.author_id == null ? undefined : names.users.get(comment.author_id);
	const channel = String(comment.via?.channel ?? '');
	let kind: Message['kind'];
	if (comment.public === false) kind = 'note';
	else if (botChannels.includes(channel) || comment.author_id === -1) kind = 'bot';
	else if (author?.role === 'agent' || author?.role === 'admin') kind = 'agent';
	else kind = 'customer';
	return {
		id: String(comment.id),
		conversationId: ticketId,
		kind,
		authorId: comment.author_id == null ? null : String(comment.author_id),
		authorName: author?.name ?? (kind === 'bot' ? 'Zendesk bot' : ''),
		body: (comment.plain_body ?? comment.body ?? '').trim(),
		createdAt: Date.parse(comment.created_at),
		channel: comment.via?.channel == null ? ticketChannel : mapZendeskChannel(comment.via.channel),
	};
}

export type ZendeskThread = {comments: ZendeskComment[]; customer: Customer; solvedAt: number | null};

/** The full thread gives exact times: first reply, and since when the requester has been waiting. */
export function mapZendeskConversation(ticket: ZendeskTicket, names: ZendeskNames, thread: ZendeskThread): Conversation {
	const summary = mapZendeskSummary(ticket, names);
	const messages = thread.comments.map(comment => mapZendeskComment(comment, summary.id, names, summary.channel));
	const answers = messages.filter(message => message.kind === 'agent' || message.kind === 'bot');
	const lastAnswer = answers.at(-1)?.createdAt ?? Number.NEGATIVE_INFINITY;
	const waiting = messages.find(message => message.kind === 'customer' && message.createdAt > lastAnswer);
	const latestCustomer = messages.filter(message => message.kind === 'customer').at(-1);
	const score = ticket.satisfaction_rating?.score;
	return {
		...summary,
		customerName: thread.customer.name || summary.customerName,
		waitingSince: summary.status === 'open' && waiting ? waiting.createdAt : null,
		firstResponseAt: answers[0]?.createdAt ?? null,
		closedAt: summary.status === 'closed' ? thread.solvedAt : null,
		messageCount: messages.length,
		preview: latestCustomer ? shorten(oneLine(latestCustomer.body), previewLength) : summary.preview,
		customer: thread.customer,
		messages,
		// Zendesk asks good or bad: read as the ends of the 1-5 scale.
		ratings: {csat: score === 'good' ? 5 : score === 'bad' ? 1 : null, nps: null, ces: null},
		pageUrl: null,
	};
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string, length: number): string {
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
