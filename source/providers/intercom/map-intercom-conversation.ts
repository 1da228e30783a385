// An Intercom conversation as a queue row and as a full conversation (source + parts + customer).
import type {Conversation, ConversationSummary, Customer, Message} from '../../domain/conversation.js';
import type {IntercomConversation} from './intercom-schemas.js';
import {mapIntercomPart, mapIntercomSource, plainText} from './map-intercom-part.js';
import {mapIntercomChannel, mapIntercomPriority, mapIntercomState} from './map-intercom-status.js';

const previewLength = 140;

/** Names deskterm already knows, so a row shows people rather than ids. */
export type IntercomNames = {admins: Map<string, string>; teams: Map<string, string>; contacts: Map<string, string>};

export function mapIntercomSummary(conversation: IntercomConversation, names: IntercomNames): ConversationSummary {
	const source = conversation.source;
	const customerId = conversation.contacts?.contacts[0]?.id ?? '';
	const sourceByCustomer = ['user', 'lead', 'contact'].includes(source?.author?.type ?? '');
	const adminId = positive(conversation.admin_assignee_id);
	const teamId = positive(conversation.team_assignee_id);
	const status = mapIntercomState(conversation.state);
	const firstWords = plainText(source?.body ?? '').replace(/\s+/g, ' ');
	return {
		id: conversation.id,
		subject: conversation.title || plainText(source?.subject ?? '') || shorten(firstWords, 80) || `Conversation ${conversation.id}`,
		customerId,
		customerName: names.contacts.get(customerId) ?? (sourceByCustomer ? (source?.author?.name ?? source?.author?.email ?? '') : ''),
		channel: mapIntercomChannel(source?.type, source?.delivered_as),
		status,
		priority: mapIntercomPriority(conversation.priority),
		assigneeId: adminId,
		assigneeName: adminId === null ? null : (names.admins.get(adminId) ?? null),
		teamId,
		teamName: teamId === null ? null : (names.teams.get(teamId) ?? null),
		tags: conversation.tags?.tags.map(tag => tag.name) ?? [],
		createdAt: conversation.created_at * 1000,
		updatedAt: conversation.updated_at * 1000,
		waitingSince: seconds(conversation.waiting_since),
		firstResponseAt: seconds(conversation.statistics?.first_admin_reply_at),
		closedAt: status === 'closed' ? seconds(conversation.statistics?.last_close_at) : null,
		snoozedUntil: status === 'snoozed' ? seconds(conversation.snoozed_until) : null,
		// Intercom counts every part (assignments and state changes too): the count of messages is exact only in full.
		messageCount: conversation.statistics?.count_conversation_parts ?? 0,
		// A list carries only the opening message.
		preview: shorten(firstWords, previewLength),
		version: String(conversation.updated_at),
	};
}

/** Intercom returns at most the 500 most recent parts: a note says so when a thread was cut. */
export function mapIntercomConversation(conversation: IntercomConversation, customer: Customer, names: IntercomNames): Conversation {
	const summary = mapIntercomSummary(conversation, names);
	const parts = conversation.conversation_parts?.conversation_parts ?? [];
	const total = conversation.conversation_parts?.total_count ?? parts.length;
	const messages: Message[] = [];
	const source = mapIntercomSource(conversation, summary.channel);
	if (source) messages.push(source);
	if (total > parts.length) messages.push(truncationNote(conversation, total - parts.length, parts[0]?.created_at));
	for (const part of parts) {
		const message = mapIntercomPart(part, conversation.id, summary.channel);
		if (message) messages.push(message);
	}
	const latestCustomer = messages.filter(message => message.kind === 'customer').at(-1);
	return {
		...summary,
		customerName: customer.name || summary.customerName,
		messageCount: messages.length,
		preview: latestCustomer ? shorten(latestCustomer.body.replace(/\s+/g, ' '), previewLength) : summary.preview,
		customer,
		messages,
		ratings: {csat: conversation.conversation_rating?.rating ?? null, nps: null, ces: null},
		pageUrl: conversation.source?.url ?? null,
	};
}

function truncationNote(conversation: IntercomConversation, missing: number, firstShown: number | undefined): Message {
	return {
		id: `${conversation.id}-truncated`,
		conversationId: conversation.id,
		kind: 'note',
		authorId: null,
		authorName: 'deskterm',
		body: `Intercom returns only the 500 most recent parts of a conversation: ${missing} earlier part${missing === 1 ? ' is' : 's are'} not shown here (open it in Intercom to read them).`,
		createdAt: (firstShown ?? conversation.created_at) * 1000,
		channel: mapIntercomChannel(conversation.source?.type, conversation.source?.delivered_as),
	};
}

/** Intercom uses 0 (and sometimes nothing) for "no assignee". */
function positive(id: number | null | undefined): string | null {
	return id === null || id === undefined || id === 0 ? null : String(id);
}

function seconds(value: number | null | undefined): number | null {
	return value === null || value === undefined || value === 0 ? null : value * 1000;
}

function shorten(text: string, length: number): string {
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
