// Freshdesk's numeric statuses, priorities and sources in deskterm's words, and back.
import type {Channel, ConversationStatus, Priority} from '../../domain/conversation.js';

/** 2 open, 3 pending, 4 resolved, 5 closed; a custom status (6 and up) is one Freshdesk treats as waiting, so pending. */
export function mapFreshdeskStatus(status: number): ConversationStatus {
	if (status === 2) return 'open';
	if (status === 4 || status === 5) return 'closed';
	return 'pending';
}

/** Closing is resolving (4), what an agent does; Freshdesk closes resolved tickets itself later. */
export function freshdeskStatusOf(status: ConversationStatus): number | null {
	if (status === 'open') return 2;
	if (status === 'pending') return 3;
	if (status === 'closed') return 4;
	return null;
}

const priorityNames: Record<number, Priority> = {1: 'low', 2: 'normal', 3: 'high', 4: 'urgent'};
const priorityNumbers: Record<Priority, number> = {low: 1, normal: 2, high: 3, urgent: 4};

/** An unknown number reads as normal, Freshdesk's medium. */
export function mapFreshdeskPriority(priority: number): Priority {
	return priorityNames[priority] ?? 'normal';
}

export function freshdeskPriorityOf(priority: Priority): number {
	return priorityNumbers[priority];
}

/** Sources: 1 email, 2 portal, 3 phone, 7 chat, 9 feedback widget, 10 outbound email; social ones are 5 Twitter and 6 Facebook. */
export function mapFreshdeskSource(source: number | null | undefined): Channel {
	if (source === 3) return 'phone';
	if (source === 7) return 'chat';
	if (source === 5 || source === 6 || source === 13) return 'social';
	return 'email';
}

