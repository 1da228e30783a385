// An RT ticket (with nested fields) -> a queue row. Lists cannot afford the thread, so the waiting
// clock comes from the ticket's own stamps; getConversation recomputes it from the messages.
import type {ConversationSummary} from '../../domain/conversation.js';
import {timeFromRt} from './map-dates.js';
import {priorityFromRt, type PriorityScale} from './map-priority.js';
import {statusFromRt} from './map-status.js';
import {displayName, nobody, userName} from './map-user.js';
import type {RtTicket} from './rt-schemas.js';

export type TicketMapOptions = {
	/** The multi-value custom field that holds tags, when the profile names one. */
	tagsField?: string;
	priorities?: PriorityScale;
};

/** The fields= and nested fields[...] a queue listing asks RT for: one request per page. */
export function ticketListFields(tagsField: string | undefined): Record<string, string> {
	const fields = 'Subject,Status,Queue,Owner,Requestor,Priority,Created,LastUpdated,LastUpdatedBy,Told,Started,Resolved';
	return {
		fields: tagsField ? `${fields},CustomFields` : fields,
		'fields[Queue]': 'Name',
		'fields[Owner]': 'Name,RealName,EmailAddress',
		'fields[Requestor]': 'Name,RealName,EmailAddress',
		'fields[LastUpdatedBy]': 'Name',
	};
}

export function tagsFromTicket(ticket: RtTicket, tagsField: string | undefined): string[] {
	if (!tagsField) return [];
	const field = (ticket.CustomFields ?? []).find(candidate => candidate.name.toLowerCase() === tagsField.toLowerCase());
	return (field?.values ?? []).filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

export function summaryFromTicket(ticket: RtTicket, options: TicketMapOptions = {}): ConversationSummary {
	const requestors = ticket.Requestor ?? [];
	const requestor = requestors[0];
	const owner = ticket.Owner && userName(ticket.Owner) !== nobody ? ticket.Owner : undefined;
	const status = statusFromRt(ticket.Status);
	const createdAt = timeFromRt(ticket.Created) ?? 0;
	const updatedAt = timeFromRt(ticket.LastUpdated) ?? createdAt;
	const told = timeFromRt(ticket.Told);
	const lastBy = ticket.LastUpdatedBy ? userName(ticket.LastUpdatedBy) : undefined;
	const requestorNames = new Set(requestors.map(userName));
	const waitingSince =
		status === 'closed' ? null : told === null ? createdAt : lastBy !== undefined && requestorNames.has(lastBy) ? updatedAt : null;
	return {
		id: ticket.id,
		subject: ticket.Subject.trim() || '(no subject)',
		customerId: requestor ? userName(requestor) : '',
		customerName: requestor ? displayName(requestor) : '(no requestor)',
		channel: 'email',
		status,
		priority: priorityFromRt(ticket.Priority, options.priorities),
		assigneeId: owner ? userName(owner) : null,
		assigneeName: owner ? displayName(owner) : null,
		teamId: ticket.Queue?.id ?? null,
		teamName: ticket.Queue?.Name ?? null,
		tags: tagsFromTicket(ticket, options.tagsField),
		createdAt,
		updatedAt,
		waitingSince,
		firstResponseAt: told === null ? null : (timeFromRt(ticket.Started) ?? told),
		closedAt: status === 'closed' ? (timeFromRt(ticket.Resolved) ?? updatedAt) : null,
		snoozedUntil: null,
		messageCount: 0,
		preview: '',
		version: `updated:${ticket.LastUpdated ?? ''}`,
	};
}
