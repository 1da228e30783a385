// Zendesk's incremental refresh: the cursor-based incremental ticket export (with deletions), or, for
// tokens not allowed to export (agents), a search for tickets updated since the last look.
import {DeskError, isDeskError} from '../../domain/errors.js';
import type {Changes} from '../provider.js';
import type {Send} from '../shared/schema-send.js';
import {mapZendeskSummary} from './map-zendesk-ticket.js';
import type {zendeskDirectory} from './zendesk-directory.js';
import {zendeskPageSize, zendeskRequests as requests} from './zendesk-requests.js';
import {zendeskIncrementalSchema, zendeskSearchSchema, type ZendeskTicket} from './zendesk-schemas.js';

/** The export leaves out the last minute and refuses a start time inside it. */
const exportLagSeconds = 60;
/** Zendesk's plain search stops at 1,000 results (10 pages of 100). */
const maxSearchPages = 10;

/**
 * Cursors: "since:<unix s>" to start, "export:<after_cursor>" while the export works,
 * "search:<unix s>" once the export was refused.
 */
export function zendeskChanges(send: Send, directory: ReturnType<typeof zendeskDirectory>, clock: () => number) {
	async function summaries(tickets: ZendeskTicket[]): Promise<Changes['changed']> {
		const live = tickets.filter(ticket => ticket.status !== 'deleted');
		const names = await directory.names(live.flatMap(ticket => [ticket.requester_id, ticket.assignee_id]));
		return live.map(ticket => mapZendeskSummary(ticket, names));
	}

	async function fromExport(from: {startTime: number} | {cursor: string}): Promise<Changes> {
		const tickets: ZendeskTicket[] = [];
		let request = requests.incremental(from);
		let cursor = 'cursor' in from ? from.cursor : undefined;
		for (;;) {
			const page = await send(request, zendeskIncrementalSchema, 'the incremental ticket export');
			tickets.push(...page.tickets);
			cursor = page.after_cursor ?? cursor;
			if (page.end_of_stream || !page.after_cursor) break;
			request = requests.incremental({cursor: page.after_cursor});
		}
		// Without any cursor yet (an empty first answer), start again from the same time next round.
		const next = cursor === undefined ? `since:${'startTime' in from ? from.startTime : 0}` : `export:${cursor}`;
		return {changed: await summaries(tickets), removed: tickets.filter(ticket => ticket.status === 'deleted').map(ticket => String(ticket.id)), cursor: next};
	}

	/** Search sees updates a few minutes late and cannot see deletions; it is the fallback. */
	async function fromSearch(since: number): Promise<Changes> {
		const query = `type:ticket updated>${new Date(since * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
		const tickets: ZendeskTicket[] = [];
		for (let page = 1; page <= maxSearchPages; page++) {
			const result = await send(requests.search(query, page), zendeskSearchSchema, 'a ticket search');
			tickets.push(...result.results);
			if (!result.next_page || result.results.length < zendeskPageSize) break;
		}
		const newest = Math.max(since, ...tickets.map(ticket => Math.floor(Date.parse(ticket.updated_at) / 1000)));
		return {changed: await summaries(tickets), removed: [], cursor: `search:${newest}`};
	}

	return async function changesSince(cursor: string | null): Promise<Changes> {
		const now = Math.floor(clock() / 1000);
		if (cursor === null) return {changed: [], removed: [], cursor: `since:${now}`};
		const [kind, value] = cursor.split(/:(.*)/s) as [string, string | undefined];
		if (kind === 'export' && value) return fromExport({cursor: value});
		if ((kind === 'since' || kind === 'search') && value && /^\d+$/.test(value)) {
			const since = Number(value);
			if (kind === 'search') return fromSearch(since);
			try {
				return await fromExport({startTime: Math.min(since, now - exportLagSeconds)});
			} catch (error) {
				// The export is for admins: an agent's token falls back to search, remembered in the cursor.
				if (isDeskError(error) && error.code === 'forbidden') return fromSearch(since);
				throw error;
			}
		}
		throw new DeskError('usage', `not a Zendesk changes cursor: "${cursor}"`);
	};
}
