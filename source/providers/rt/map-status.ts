// RT lifecycle statuses <-> deskterm's four. RT has no snooze; "stalled" (waiting on someone) is pending.
import type {ConversationStatus} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';

const closedWords = /^(resolved|rejected|deleted|closed|done|cancelled|canceled)$/i;

/** new/open -> open, stalled -> pending, resolved/rejected/deleted -> closed; unknown custom statuses stay open. */
export function statusFromRt(status: string): ConversationStatus {
	const lower = status.toLowerCase();
	if (lower === 'stalled') return 'pending';
	if (closedWords.test(lower)) return 'closed';
	return 'open';
}

export const rtWritableStatuses: readonly ConversationStatus[] = ['open', 'pending', 'closed'];

export function statusToRt(status: ConversationStatus): string {
	switch (status) {
		case 'open':
			return 'open';
		case 'pending':
			return 'stalled';
		case 'closed':
			return 'resolved';
		default:
			throw new DeskError('unsupported', 'Request Tracker has no snooze: set the status to pending (stalled) instead', {provider: 'rt'});
	}
}

/** TicketSQL for a set of deskterm statuses; null when none can match (snoozed only). */
export function statusesToTicketSql(statuses: readonly ConversationStatus[]): string | null {
	const parts: string[] = [];
	// __Active__ and __Inactive__ follow each queue's own lifecycle, not just the default one.
	if (statuses.includes('open')) parts.push("(Status = '__Active__' AND Status != 'stalled')");
	if (statuses.includes('pending')) parts.push("Status = 'stalled'");
	if (statuses.includes('closed')) parts.push("(Status = '__Inactive__' AND Status != 'deleted')");
	if (parts.length === 0) return null;
	return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}
