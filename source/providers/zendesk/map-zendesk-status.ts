// Zendesk's six statuses, priorities and channels in deskterm's words, both ways.
import type {Channel, ConversationStatus, Priority} from '../../domain/conversation.js';

/** Zendesk's own order, which its search compares with < and >. */
export const zendeskStatusOrder = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type ZendeskStatus = (typeof zendeskStatusOrder)[number];

/** On hold means parked while someone else acts: deskterm's snoozed, without a wake time. */
const fromZendesk: Record<string, ConversationStatus> = {new: 'open', open: 'open', pending: 'pending', hold: 'snoozed', solved: 'closed', closed: 'closed'};

export function mapZendeskStatus(status: string): ConversationStatus {
	return fromZendesk[status] ?? 'open';
}

/** What a status is set to; closed becomes solved (Zendesk closes solved tickets itself). */
export function toZendeskStatus(status: ConversationStatus): ZendeskStatus {
	return ({open: 'open', pending: 'pending', snoozed: 'hold', closed: 'solved'} as const)[status];
}

/** The Zendesk statuses that read as any of the given ones. */
export function zendeskStatusesFor(statuses: readonly ConversationStatus[]): ZendeskStatus[] {
	return zendeskStatusOrder.filter(status => statuses.includes(mapZendeskStatus(status)));
}

/** The same names; a ticket without priority is normal. */
export function mapZendeskPriority(priority: string | null | undefined): Priority {
	return priority === 'low' || priority === 'high' || priority === 'urgent' ? priority : 'normal';
}

const chat = ['chat', 'native_messaging', 'messaging', 'web_messaging', 'sunshine_conversations', 'chat_transcript'];
const social = ['twitter', 'facebook', 'instagram_dm', 'whatsapp', 'line', 'wechat', 'sms', 'any_channel', 'twitter_dm'];
const phone = ['voice', 'phone', 'phone_call_inbound', 'phone_call_outbound'];

/** Web forms, the API and mobile SDK requests are asynchronous like email. */
export function mapZendeskChannel(channel: string | number | null | undefined): Channel {
	const name = String(channel ?? '').toLowerCase();
	if (chat.includes(name)) return 'chat';
	if (social.includes(name)) return 'social';
	if (phone.includes(name)) return 'phone';
	return 'email';
}
