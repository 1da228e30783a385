// Front's statuses and message types in deskterm's words (Front has no priority and no pending without ticketing).
import type {Channel, ConversationStatus} from '../../domain/conversation.js';

type FrontState = {status: string; status_category?: string | null | undefined; scheduled_reminders?: ReadonlyArray<{scheduled_at?: number | null | undefined}> | null | undefined};

/** Archived with a reminder is Front's snooze; with ticketing on, the category says waiting or resolved. */
export function mapFrontStatus(conversation: FrontState): ConversationStatus {
	if (conversation.status === 'archived' || conversation.status === 'deleted') {
		return (conversation.scheduled_reminders ?? []).length > 0 ? 'snoozed' : 'closed';
	}
	if (conversation.status_category === 'waiting') return 'pending';
	if (conversation.status_category === 'resolved') return 'closed';
	return 'open';
}

/** Search filters that find a canonical status; pending is open-and-waiting, which search cannot tell apart. */
export function frontStatusFilter(status: ConversationStatus): string | null {
	if (status === 'open') return 'is:open';
	if (status === 'snoozed') return 'is:snoozed';
	if (status === 'closed') return 'is:archived';
	return null;
}

const chat = ['front_chat', 'intercom', 'custom'];
const social = ['facebook', 'tweet', 'tweet_dm', 'whatsapp', 'yalo_wha', 'sms', 'googleplay'];

export function mapFrontChannel(type: string | null | undefined): Channel {
	if (type === 'call' || type === 'phone-call') return 'phone';
	if (social.includes(type ?? '')) return 'social';
	if (chat.includes(type ?? '')) return 'chat';
	return 'email';
}
