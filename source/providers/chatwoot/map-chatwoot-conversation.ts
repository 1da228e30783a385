// A Chatwoot conversation as a queue row and as a full conversation with its thread and customer.
import type {Conversation, ConversationSummary, Customer, Message} from '../../domain/conversation.js';
import type {ChatwootConversation} from './chatwoot-schemas.js';
import {mapChatwootChannel, mapChatwootPriority, mapChatwootStatus} from './map-chatwoot-status.js';

const previewLength = 140;

export function mapChatwootSummary(conversation: ChatwootConversation): ConversationSummary {
	const meta = conversation.meta;
	const attributes = conversation.additional_attributes ?? {};
	const last = conversation.last_non_activity_message ?? conversation.messages?.at(-1) ?? null;
	const lastText = oneLine(last?.content ?? '');
	const updated = conversation.updated_at ?? conversation.last_activity_at ?? conversation.created_at;
	const status = mapChatwootStatus(conversation.status);
	return {
		id: String(conversation.id),
		// Chats have no subject: an email's subject, else the latest words, else the number.
		subject: stringOr(attributes['mail_subject']) ?? (lastText === '' ? `Conversation #${conversation.id}` : shorten(lastText, 80)),
		customerId: meta.sender ? String(meta.sender.id) : '',
		customerName: meta.sender?.name ?? meta.sender?.email ?? '',
		channel: mapChatwootChannel(meta.channel),
		status,
		priority: mapChatwootPriority(conversation.priority),
		assigneeId: meta.assignee ? String(meta.assignee.id) : null,
		assigneeName: meta.assignee ? (meta.assignee.available_name ?? meta.assignee.name ?? null) : null,
		teamId: meta.team ? String(meta.team.id) : null,
		teamName: meta.team?.name ?? null,
		tags: conversation.labels ?? [],
		createdAt: conversation.created_at * 1000,
		updatedAt: Math.round(updated * 1000),
		waitingSince: seconds(conversation.waiting_since),
		firstResponseAt: seconds(conversation.first_reply_created_at),
		// Chatwoot does not say when a conversation was resolved.
		closedAt: null,
		snoozedUntil: status === 'snoozed' ? seconds(conversation.snoozed_until) : null,
		// The list carries only the latest message, so the count is known only for a full conversation.
		messageCount: 0,
		preview: shorten(lastText, previewLength),
		version: String(updated),
	};
}

export function mapChatwootConversation(conversation: ChatwootConversation, customer: Customer, messages: Message[], csat: number | null = null): Conversation {
	const summary = mapChatwootSummary(conversation);
	const attributes = conversation.additional_attributes ?? {};
	const latestCustomer = messages.filter(message => message.kind === 'customer').at(-1);
	return {
		...summary,
		customerName: customer.name || summary.customerName,
		messageCount: messages.length,
		preview: latestCustomer ? shorten(oneLine(latestCustomer.body), previewLength) : summary.preview,
		customer,
		messages,
		// CSAT is the answer to the survey message in the thread; Chatwoot asks no NPS or CES.
		ratings: {csat, nps: null, ces: null},
		pageUrl: stringOr(attributes['referer']),
	};
}

function seconds(value: number | null | undefined): number | null {
	return value == null || value === 0 ? null : Math.round(value * 1000);
}

function stringOr(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string, length: number): string {
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
