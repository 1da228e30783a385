// deskterm queue: the queue with filters, every page of it (or --limit), as a table, TSV or JSON.
import type {ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {summaryJsonFields, summaryToJson} from '../../presenters/conversation-json.js';
import {queueColumnsFor} from '../../presenters/queue-columns.js';
import type {HelpdeskProvider, QueueQuery} from '../../providers/provider.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, pickFields, readJsonRequest, writeJson} from '../output/json-output.js';
import {printTable} from '../output/table.js';
import {buildQueueQuery, queueFilterOptions} from './queue-query.js';

const pageSize = 100;

export const command: CommandDefinition = {
	name: 'queue',
	summary: 'List the queue, with filters',
	usage: 'deskterm queue [--status S[,S]|all] [--mine|--unassigned|--assignee A] [--team T] [--tag T] [--channel C] [--search TEXT] [--sort S] [--limit N] [--json] [--fields a,b]',
	details: [
		'Without --status it lists what is not closed (open, pending, snoozed).',
		'Names work for --assignee and --team ("dana", "Billing"); "none" means unassigned.',
		'On a terminal: a table with relative times. In a pipe: tab-separated rows, no header,',
		'ISO times (id, customer, subject, waiting since, status, priority, assignee, channel).',
		'',
		'Examples:',
		'  deskterm queue --mine --sort priority',
		'  deskterm queue --status all --team billing --limit 20',
		'  deskterm queue --unassigned --json --fields id,customerName,waitingSince',
	].join('\n'),
	options: {
		...queueFilterOptions,
		sort: {type: 'string', valueName: '<waiting|priority|updated|created>', description: 'order (default: the back end\'s, longest waiting first)'},
		limit: {type: 'string', valueName: '<n>', description: 'stop after n conversations (default: all)'},
		...jsonOptions(summaryJsonFields),
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const request = readJsonRequest(input.values, summaryJsonFields);
		const limit = parseLimit(input.values['limit']);
		const provider = await context.provider();
		const query = await buildQueueQuery(input.values, provider);
		const {rows, total} = await collectQueue(provider, query, limit);
		if (request) {
			writeJson(io, rows.map(row => pickFields(summaryToJson(row), request)));
			return exitCodes.ok;
		}
		if (io.isStdoutTty && rows.length === 0) {
			io.write('No conversations match.\n');
			return exitCodes.ok;
		}
		// A subject cut to a dozen characters says nothing: drop a column before going below 20.
		printTable(io, queueColumnsFor(rows), rows, context.clock(), 20);
		if (io.isStdoutTty) {
			const of = total !== null && total > rows.length ? ` of ${total}` : '';
			io.write(`\n${rows.length}${of} conversation${rows.length === 1 ? '' : 's'} (${(query.statuses ?? ['open', 'pending', 'snoozed']).join(', ')})\n`);
		}
		return exitCodes.ok;
	},
};

export function parseLimit(value: unknown): number {
	if (value === undefined) return Number.POSITIVE_INFINITY;
	const text = String(value).trim();
	if (!/^\d+$/.test(text) || Number(text) < 1) throw new DeskError('usage', `queue: --limit needs a whole number above 0, not "${text}"`);
	return Number(text);
}

/** Follows the provider's cursors until the last page or the limit. */
export async function collectQueue(
	provider: HelpdeskProvider,
	query: Omit<QueueQuery, 'cursor' | 'limit'>,
	limit: number,
): Promise<{rows: ConversationSummary[]; total: number | null}> {
	const rows: ConversationSummary[] = [];
	const seen = new Set<string>();
	let cursor: string | undefined;
	let total: number | null = null;
	while (rows.length < limit) {
		const page = await provider.listQueue({...query, limit: Math.min(pageSize, limit - rows.length), ...(cursor === undefined ? {} : {cursor})});
		total ??= page.total;
		rows.push(...page.conversations.slice(0, limit - rows.length));
		// An empty page with a cursor is allowed (filters applied after paging); the repeat guard ends loops.
		if (page.nextCursor === null) break;
		// A back end that hands out the same cursor twice would loop forever.
		if (seen.has(page.nextCursor)) throw new DeskError('invalid_response', `${provider.label} repeated a page cursor while listing the queue`);
		seen.add(page.nextCursor);
		cursor = page.nextCursor;
	}
	return {rows, total};
}
