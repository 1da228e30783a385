// Checks a QueueQuery from the CLI, the console or a script, and turns it into a QueueFilter.
import {isChannel, isStatus, type ConversationStatus} from '../../../domain/conversation.js';
import {DeskError} from '../../../domain/errors.js';
import {queueSorts, type QueueQuery, type QueueSort} from '../../provider.js';
import {decodeCursor, type QueueFilter} from './queue-sql.js';

export const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
export const defaultLimit = 50;
export const maxLimit = 1000;

export type FilterLookups = {
	meId(): string;
	agentIds(): string[];
	teamIds(): string[];
};

export function toQueueFilter(query: QueueQuery, lookups: FilterLookups): QueueFilter {
	const sort: QueueSort = query.sort ?? 'waiting';
	if (!queueSorts.includes(sort)) throw new DeskError('usage', `unknown sort "${String(sort)}" (${queueSorts.join(', ')})`);
	const statuses = query.statuses && query.statuses.length > 0 ? [...new Set(query.statuses)] : [...defaultStatuses];
	for (const status of statuses) {
		if (!isStatus(status)) throw new DeskError('usage', `unknown status "${String(status)}" (open, pending, snoozed or closed)`);
	}
	if (query.channel !== undefined && !isChannel(query.channel)) {
		throw new DeskError('usage', `unknown channel "${String(query.channel)}" (email, chat, social or phone)`);
	}
	const limit = query.limit ?? defaultLimit;
	if (!Number.isInteger(limit) || limit < 1) throw new DeskError('usage', `the page size must be a whole number from 1 to ${maxLimit}`);
	const text = query.text?.trim();
	const tag = query.tag?.trim().toLowerCase();
	return {
		statuses,
		assigneeId: assignee(query.assignee, lookups),
		teamId: team(query.team, lookups),
		...(tag ? {tag} : {}),
		...(query.channel ? {channel: query.channel} : {}),
		...(text ? {text} : {}),
		sort,
		limit: Math.min(limit, maxLimit),
		after: query.cursor ? decodeCursor(query.cursor, sort) : null,
	};
}

function assignee(value: string | undefined, lookups: FilterLookups): string | null | undefined {
	if (value === undefined || value === '') return undefined;
	if (value === 'me') return lookups.meId();
	if (value === 'unassigned') return null;
	const known = lookups.agentIds();
	if (!known.includes(value)) throw new DeskError('usage', `unknown agent "${value}" (known: me, unassigned, ${known.join(', ')})`);
	return value;
}

function team(value: string | undefined, lookups: FilterLookups): string | null | undefined {
	if (value === undefined || value === '') return undefined;
	if (value === 'none') return null;
	const known = lookups.teamIds();
	if (!known.includes(value)) throw new DeskError('usage', `unknown team "${value}" (known: none, ${known.join(', ')})`);
	return value;
}
