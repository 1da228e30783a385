// Chatwoot messages onto the thread: incoming = customer, outgoing = agent or bot, private = note.
import type {Channel, Message} from '../../domain/conversation.js';
import type {ChatwootMessage} from './chatwoot-schemas.js';

const botSenders = ['AgentBot', 'Captain::Assistant'];
const csatSurvey = 'input_csat';

/** Activity messages (status changes, assignments) are events, not words anyone wrote: they are left out. */
export function mapChatwootMessage(message: ChatwootMessage, conversationId: string, channel: Channel): Message | null {
	const kind = messageKind(message);
	if (kind === null) return null;
	const sender = message.sender;
	return {
		id: String(message.id),
		conversationId,
		kind,
		authorId: message.sender_id == null ? (sender?.id == null ? null : String(sender.id)) : String(message.sender_id),
		authorName: sender?.available_name ?? sender?.name ?? (kind === 'bot' ? 'Chatwoot bot' : ''),
		body: message.content ?? '',
		createdAt: message.created_at * 1000,
		channel,
	};
}

function messageKind(message: ChatwootMessage): Message['kind'] | null {
	// message_type: 0 incoming, 1 outgoing, 2 activity, 3 template (automated: surveys, away messages).
	// The CSAT survey is read for its rating (chatwootCsat), not a reply: it would make every rated conversation bot-involved.
	if (message.message_type === 2 || message.content_type === csatSurvey) return null;
	if (message.private) return 'note';
	if (message.message_type === 0) return 'customer';
	if (message.message_type === 3 || botSenders.includes(message.sender_type ?? '')) return 'bot';
	return 'agent';
}

/** The customer's answer to the latest CSAT survey message (1-5, as Chatwoot asks it), or null while unanswered. */
export function chatwootCsat(messages: readonly ChatwootMessage[]): number | null {
	let csat: number | null = null;
	for (const message of messages) {
		if (message.content_type !== csatSurvey) continue;
		const submitted = message.content_attributes?.['submitted_values'];
		const response = isRecord(submitted) ? submitted['csat_survey_response'] : undefined;
		const rating = isRecord(response) ? response['rating'] : undefined;
		if (typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5) csat = rating;
	}
	return csat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
