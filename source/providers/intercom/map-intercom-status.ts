// Intercom's states, priorities and source types in deskterm's words (Intercom has no "pending").
import type {Channel, ConversationStatus, Priority} from '../../domain/conversation.js';

export function mapIntercomState(state: string): ConversationStatus {
	if (state === 'closed') return 'closed';
	if (state === 'snoozed') return 'snoozed';
	return 'open';
}

/** The states a canonical status can be found in; pending has none. */
export function toIntercomStates(status: ConversationStatus): string[] {
	return status === 'pending' ? [] : [status];
}

/** 2.16 reports none, low, medium, high or urgent; none and medium are the everyday level. */
export function mapIntercomPriority(priority: string | null | undefined): Priority {
	if (priority === 'low' || priority === 'high' || priority === 'urgent') return priority;
	// Versions before 2.16 sent priority / not_priority.
	if (priority === 'priority') return 'high';
	return 'normal';
}

const social = ['facebook', 'twitter', 'instagram', 'whatsapp', 'sms', 'line', 'telegram'];

export function mapIntercomChannel(sourceType: string | null | undefined, deliveredAs?: string | null): Channel {
	const kind = (sourceType ?? '').toLowerCase();
	if (kind === 'email' || deliveredAs === 'customer_initiated_email') return 'email';
	if (social.includes(kind)) return 'social';
	if (kind === 'phone_call' || kind === 'phone' || kind === 'call') return 'phone';
	return 'chat';
}
