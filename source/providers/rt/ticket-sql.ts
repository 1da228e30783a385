// QueueQuery -> TicketSQL and ordering. Every value the user typed is quoted and escaped here.
import {isChannel, isStatus, type ConversationStatus} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {queueSorts, type QueueQuery, type QueueSort} from '../provider.js';
import {statusesToTicketSql} from './map-status.js';
import {nobody} from './map-user.js';

export const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];

/** A TicketSQL string literal: backslashes and single quotes escaped. */
export function quote(value: string): string {
	return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A condition no ticket meets, for filters RT cannot satisfy (a channel other than email). */
const nothing = 'id < 0';

export type TicketSqlOptions = {tagsField?: string};

export function queueTicketSql(query: QueueQuery, options: TicketSqlOptions = {}): string {
	const statuses = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
	for (const status of statuses) {
		if (!isStatus(status)) throw new DeskError('usage', `unknown status "${String(status)}" (open, pending, snoozed or closed)`);
	}
	const parts = [statusesToTicketSql(statuses) ?? nothing];
	const assignee = query.assignee?.trim();
	if (assignee === 'me') parts.push("Owner = '__CurrentUser__'");
	else if (assignee === 'unassigned') parts.push(`Owner = ${quote(nobody)}`);
	else if (assignee) parts.push(`Owner = ${quote(assignee)}`);
	const team = query.team?.trim();
	// Every RT ticket lives in a queue, so "no team" matches nothing.
	if (team === 'none') parts.push(nothing);
	else if (team) parts.push(`Queue = ${quote(team)}`);
	const tag = query.tag?.trim();
	if (tag) {
		if (!options.tagsField) {
			throw new DeskError('unsupported', 'this Request Tracker profile has no tags field (set "tagsField" in the profile to a multi-value custom field)', {provider: 'rt'});
		}
		parts.push(`CF.{${options.tagsField.replace(/[{}]/g, '')}} = ${quote(tag)}`);
	}
	if (query.channel !== undefined) {
		if (!isChannel(query.channel)) throw new DeskError('usage', `unknown channel "${String(query.channel)}" (email, chat, social or phone)`);
		if (query.channel !== 'email') parts.push(nothing);
	}
	const text = query.text?.trim();
	if (text) {
		const like = quote(text);
		// Content matches only where RT's full-text search is enabled; subject and requestor always do.
		parts.push(`(Subject LIKE ${like} OR Requestor.EmailAddress LIKE ${like} OR Requestor.RealName LIKE ${like} OR Content LIKE ${like})`);
	}
	return parts.join(' AND ');
}

/** REST2 takes repeated orderby/order pairs. */
export function orderFor(sort: QueueSort | undefined): {orderby: string[]; order: string[]} {
	const wanted = sort ?? 'waiting';
	if (!queueSorts.includes(wanted)) throw new DeskError('usage', `unknown sort "${String(wanted)}" (${queueSorts.join(', ')})`);
	switch (wanted) {
		case 'priority':
			return {orderby: ['Priority', 'Told', 'id'], order: ['DESC', 'ASC', 'ASC']};
		case 'updated':
			return {orderby: ['LastUpdated', 'id'], order: ['DESC', 'DESC']};
		case 'created':
			return {orderby: ['Created', 'id'], order: ['DESC', 'DESC']};
		default:
			// Never told first, then the longest since we last wrote: RT's nearest thing to a waiting clock.
			return {orderby: ['Told', 'Created', 'id'], order: ['ASC', 'ASC', 'ASC']};
	}
}
