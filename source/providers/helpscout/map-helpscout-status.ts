// Help Scout's statuses and conversation types in deskterm's words (no priority, no snooze through this adapter).
import type {Channel, ConversationStatus} from '../../domain/conversation.js';

/** Spam is out of the queue, like a closed conversation. */
export function mapHelpscoutStatus(status: string): ConversationStatus {
	if (status === 'active') return 'open';
	if (status === 'pending') return 'pending';
	return 'closed';
}

export type HelpscoutStatus = 'active' | 'pending' | 'closed';

export function helpscoutStatusOf(status: ConversationStatus): HelpscoutStatus | null {
	if (status === 'open') return 'active';
	if (status === 'pending') return 'pending';
	if (status === 'closed') return 'closed';
	return null;
}

/** The one `status` list filter that covers the wanted set; 'all' when the adapter must filter the rest itself. */
export function helpscoutStatusFilter(wanted: readonly ConversationStatus[]): 'active' | 'pending' | 'closed' | 'open' | 'all' | null {
	const set = new Set(wanted.map(helpscoutStatusOf).filter((each): each is HelpscoutStatus => each !== null));
	if (set.size === 0) return null;
	if (set.size === 3) return 'all';
	if (set.size === 2) return set.has('closed') ? 'all' : 'open';
	return [...set][0]!;
}

export function mapHelpscoutChannel(type: string | null | undefined): Channel {
	if (type === 'chat') return 'chat';
	if (type === 'phone') return 'phone';
	return 'email';
}
