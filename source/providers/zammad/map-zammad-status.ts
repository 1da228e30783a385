// Zammad's states, priorities and article types in deskterm's words; a custom state is read by its state type.
import type {Channel, ConversationStatus, Priority} from '../../domain/conversation.js';

/** A state type as deskterm's status: pending reminder wakes at pending_time (a snooze), pending close waits then closes. */
export function mapZammadStateType(stateType: string | null | undefined): ConversationStatus {
	switch (stateType) {
		case 'pending reminder':
			return 'snoozed';
		case 'pending action':
			return 'pending';
		case 'closed':
		case 'merged':
		case 'removed':
			return 'closed';
		default:
			return 'open';
	}
}

/** The built-in state names deskterm sets, by status. */
export const zammadStateFor: Record<ConversationStatus, string> = {open: 'open', pending: 'pending close', snoozed: 'pending reminder', closed: 'closed'};

/** Zammad seeds three priorities (1 low, 2 normal, 3 high); deskterm's urgent has no Zammad twin. */
export function mapZammadPriority(priorityId: number, name: string | null | undefined): Priority {
	const word = (name ?? '').toLowerCase();
	if (priorityId === 1 || word.includes('low')) return 'low';
	if (priorityId === 3 || word.includes('high')) return 'high';
	if (word.includes('urgent')) return 'urgent';
	return 'normal';
}

export const zammadPriorityId: Partial<Record<Priority, number>> = {low: 1, normal: 2, high: 3};

const social = ['twitter status', 'twitter direct-message', 'facebook feed post', 'facebook feed comment', 'telegram personal-message', 'sms', 'whatsapp message'];

export function mapZammadChannel(type: string | null | undefined): Channel {
	if (type === 'phone') return 'phone';
	if (type === 'chat') return 'chat';
	if (social.includes(type ?? '')) return 'social';
	return 'email';
}
