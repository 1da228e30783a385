// A ticket and its history -> metric facts: the thread's timings as for any conversation, plus the
// events RT records itself: Status transactions (who changed it) and TimeTaken minutes (who worked).
import {factsFromConversation, type ActivityEvent, type ConversationFacts} from '../../domain/metrics/metric-facts.js';
import {timeFromRt} from './map-dates.js';
import {statusFromRt} from './map-status.js';
import {messagesFromThread, systemUser} from './map-thread.js';
import {summaryFromTicket, type TicketMapOptions} from './map-ticket.js';
import {userName} from './map-user.js';
import type {RtTicket, RtTransaction} from './rt-schemas.js';

/** The history fields the metric read asks for: no attachments, the thread's bodies are not needed. */
export const metricHistoryFields = {fields: 'Type,Creator,Created,Field,OldValue,NewValue,TimeTaken', 'fields[Creator]': 'Name'};

/**
 * Owner changes are left out: DOMAIN's handover is the bot passing a conversation to a person, and an
 * RT owner change is one person (or nobody) passing a ticket to another.
 */
const recorded: readonly ActivityEvent['kind'][] = ['status', 'worked'];

export function eventsFromHistory(ticketId: string, transactions: readonly RtTransaction[], requestors: ReadonlySet<string>): ActivityEvent[] {
	const events: ActivityEvent[] = [];
	for (const transaction of transactions) {
		const at = timeFromRt(transaction.Created) ?? 0;
		const creator = transaction.Creator ? userName(transaction.Creator) : null;
		if (transaction.Type === 'Status' && transaction.NewValue) {
			const from = transaction.OldValue ? statusFromRt(transaction.OldValue) : null;
			const to = statusFromRt(transaction.NewValue);
			// new -> open is open -> open here: no change deskterm can see.
			if (from === to) continue;
			// RT's scrips (a requestor's mail reopening a ticket) and the customer are not an agent's action.
			const actorId = creator === null || creator === systemUser || requestors.has(creator) ? null : creator;
			events.push({kind: 'status', conversationId: ticketId, at, actorId, from, to});
		}
		// Any transaction can carry time (a Correspond with TimeTaken, a Set of TimeWorked); negative is a correction.
		const minutes = transaction.TimeTaken ?? 0;
		if (minutes !== 0 && creator !== null) events.push({kind: 'worked', conversationId: ticketId, at, agentId: creator, seconds: minutes * 60});
	}
	return events.sort((a, b) => a.at - b.at);
}

export function factsFromRtTicket(ticket: RtTicket, transactions: readonly RtTransaction[], options: TicketMapOptions = {}): ConversationFacts {
	const summary = summaryFromTicket(ticket, options);
	const requestors = new Set((ticket.Requestor ?? []).map(userName));
	const messages = messagesFromThread(ticket.id, transactions, [], requestors);
	const ratings = {csat: null, nps: null, ces: null};
	// RT_System's messages are already 'bot' by kind; no other RT user is a bot.
	const facts = factsFromConversation({...summary, messages, ratings}, eventsFromHistory(ticket.id, transactions, requestors), new Set());
	return {...facts, recorded};
}
