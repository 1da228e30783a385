// Help Scout's queue and changes through the conversation list: mailbox, status, assignee, tag and search
// filters, sorted server side, paged by page number (the page size is Help Scout's, 25).
import type {ConversationStatus, ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {Changes, QueuePage, QueueQuery} from '../provider.js';
import type {Send} from '../shared/schema-send.js';
import {helpscoutRequests as requests, type HelpscoutListQuery} from './helpscout-requests.js';
import {helpscoutConversationListSchema} from './helpscout-schemas.js';
import {mapHelpscoutSummary, type MailboxNames} from './map-helpscout-conversation.js';
import {helpscoutStatusFilter} from './map-helpscout-status.js';

const defaultStatuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed'];
/** Pages read in one call while the local filters (unassigned, spam) leave them empty. */
const maxEmptyPages = 10;

const sorts = {
	waiting: {sortField: 'waitingSince', sortOrder: 'asc'},
	created: {sortField: 'createdAt', sortOrder: 'desc'},
	updated: {sortField: 'modifiedAt', sortOrder: 'desc'},
	priority: {sortField: 'modifiedAt', sortOrder: 'desc'},
} as const;

export type HelpscoutQueueOptions = {
	send: Send;
	clock: () => number;
	mailboxes: string[];
	userId: () => Promise<string>;
	mailboxNames: () => Promise<MailboxNames>;
};

function pageOf(cursor: string | undefined): number {
	if (cursor === undefined) return 1;
	if (!/^[1-9]\d*$/.test(cursor)) throw new DeskError('usage', `not a Help Scout queue cursor: "${cursor}"`);
	return Number(cursor);
}

export function helpscoutQueue({send, clock, mailboxes, userId, mailboxNames}: HelpscoutQueueOptions) {
	const mailboxFilter = (team: string | undefined): string | undefined => {
		if (team === 'none') throw new DeskError('usage', 'every Help Scout conversation is in a mailbox: give a mailbox id as the team');
		return team ?? (mailboxes.length > 0 ? mailboxes.join(',') : undefined);
	};

	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		if (query.channel !== undefined) throw new DeskError('unsupported', 'the Help Scout conversation list cannot filter by channel', {provider: 'helpscout'});
		const wanted = query.statuses && query.statuses.length > 0 ? query.statuses : defaultStatuses;
		const status = helpscoutStatusFilter(wanted);
		if (status === null) return {conversations: [], nextCursor: null, total: 0};
		const unassigned = query.assignee === 'unassigned';
		const assignedTo = query.assignee === 'me' ? await userId() : unassigned ? undefined : query.assignee;
		const text = query.text?.trim().replace(/\s+/g, ' ');
		const mailbox = mailboxFilter(query.team);
		const base: Omit<HelpscoutListQuery, 'page'> = {
			status,
			...sorts[query.sort ?? 'updated'],
			...(mailbox === undefined ? {} : {mailbox}),
			...(assignedTo === undefined ? {} : {assignedTo}),
			...(query.tag === undefined ? {} : {tag: query.tag}),
			...(text ? {query: text} : {}),
		};
		const names = await mailboxNames();
		let page = pageOf(query.cursor);
		for (let read = 1; ; read++) {
			const answer = await send(requests.conversations({...base, page}), helpscoutConversationListSchema, 'a conversation list');
			const rows = (answer._embedded?.conversations ?? []).map(each => mapHelpscoutSummary(each, names));
			const conversations = rows.filter(row => wanted.includes(row.status) && (!unassigned || row.assigneeId === null));
			const nextCursor = answer.page.number < answer.page.totalPages ? String(answer.page.number + 1) : null;
			const total = conversations.length === rows.length && !unassigned && status !== 'all' ? answer.page.totalElements : null;
			if (conversations.length > 0 || nextCursor === null || read >= maxEmptyPages) return {conversations, nextCursor, total};
			page = Number(nextCursor);
		}
	}

	/** The cursor is when the last look started (ISO); modifiedSince gives everything changed after it, spam and closed too. */
	async function changesSince(cursor: string | null): Promise<Changes> {
		const startedAt = new Date(clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
		if (cursor === null) return {changed: [], removed: [], cursor: startedAt};
		if (Number.isNaN(Date.parse(cursor))) throw new DeskError('usage', `not a Help Scout changes cursor: "${cursor}"`);
		const mailbox = mailboxFilter(undefined);
		const names = await mailboxNames();
		const changed: ConversationSummary[] = [];
		for (let page = 1; ; page++) {
			const answer = await send(
				requests.conversations({status: 'all', modifiedSince: cursor, sortField: 'modifiedAt', sortOrder: 'asc', page, ...(mailbox === undefined ? {} : {mailbox})}),
				helpscoutConversationListSchema,
				'the changed conversations',
			);
			changed.push(...(answer._embedded?.conversations ?? []).map(each => mapHelpscoutSummary(each, names)));
			if (answer.page.number >= answer.page.totalPages) break;
		}
		return {changed, removed: [], cursor: startedAt};
	}

	return {listQueue, changesSince};
}
