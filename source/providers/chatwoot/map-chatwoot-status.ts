// Chatwoot's statuses, priorities and inbox channel types in deskterm's words, both ways.
import type {Channel, ConversationStatus, Priority} from '../../domain/conversation.js';

const fromChatwootStatus: Record<string, ConversationStatus> = {open: 'open', pending: 'pending', snoozed: 'snoozed', resolved: 'closed'};

/** Unknown statuses read as open: a conversation nobody recognises must still be seen. */
export function mapChatwootStatus(status: string): ConversationStatus {
	return fromChatwootStatus[status] ?? 'open';
}

export function toChatwootStatus(status: ConversationStatus): 'open' | 'pending' | 'snoozed' | 'resolved' {
	return status === 'closed' ? 'resolved' : status;
}

/** Chatwoot's none and medium are both the everyday level. */
export function mapChatwootPriority(priority: string | null | undefined): Priority {
	if (priority === 'low' || priority === 'high' || priority === 'urgent') return priority;
	return 'normal';
}

export function toChatwootPriority(priority: Priority): 'low' | 'medium' | 'high' | 'urgent' {
	return priority === 'normal' ? 'medium' : priority;
}

const socialChannels = ['FacebookPage', 'TwitterProfile', 'Instagram', 'Whatsapp', 'Telegram', 'Line', 'TwilioSms', 'Sms', 'Tiktok'];

/** Inbox types look like "Channel::Email"; chat is the web widget, the API and anything new. */
export function mapChatwootChannel(channelType: string | null | undefined): Channel {
	const kind = (channelType ?? '').replace(/^Channel::/, '');
	if (kind === 'Email') return 'email';
	if (kind === 'Voice') return 'phone';
	if (socialChannels.includes(kind)) return 'social';
	return 'chat';
}
