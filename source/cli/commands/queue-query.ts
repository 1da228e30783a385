// Turns queue flags into a provider QueueQuery; team and assignee names resolve against the desk's lists.
import {channels, conversationStatuses, isChannel, isStatus, type Agent, type ConversationStatus, type Team} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {resolveAgentFilter, resolveTeamFilter} from '../../operations/find-people.js';
import {queueSorts, type HelpdeskProvider, type QueueQuery, type QueueSort} from '../../providers/provider.js';
import type {OptionSpec, ParsedInput} from '../command.js';

/** The flags buildQueueQuery reads, for every command that lists a filtered queue (queue, triage --all). */
export const queueFilterOptions: Record<string, OptionSpec> = {
	status: {type: 'string', valueName: '<open,pending,snoozed,closed|all>', description: 'statuses to list (default: all but closed)'},
	mine: {type: 'boolean', description: 'only conversations assigned to you'},
	unassigned: {type: 'boolean', description: 'only conversations nobody is assigned to'},
	assignee: {type: 'string', valueName: '<agent>', description: 'only this agent\'s (name, email or id; "me", "none")'},
	team: {type: 'string', valueName: '<team>', description: 'only this team\'s (name or id; "none" for no team)'},
	tag: {type: 'string', valueName: '<tag>', description: 'only conversations with this tag'},
	channel: {type: 'string', valueName: '<email|chat|social|phone>', description: 'only this channel'},
	search: {type: 'string', valueName: '<text>', description: 'text in the subject, customer or messages'},
};

const text = (values: ParsedInput['values'], name: string) => (typeof values[name] === 'string' ? values[name] : undefined);

/** The shared name lookup, its one-line error said as the queue flag's. */
function prefixed<T>(resolve: (wanted: string, items: readonly T[]) => string, wanted: string, items: readonly T[]): string {
	try {
		return resolve(wanted, items);
	} catch (error) {
		throw error instanceof DeskError ? new DeskError('usage', `queue: ${error.message}`) : error;
	}
}

export async function buildQueueQuery(values: ParsedInput['values'], provider: HelpdeskProvider): Promise<Omit<QueueQuery, 'cursor' | 'limit'>> {
	const query: Omit<QueueQuery, 'cursor' | 'limit'> = {statuses: parseStatuses(text(values, 'status'))};
	const who = [values['mine'] === true ? '--mine' : null, values['unassigned'] === true ? '--unassigned' : null, text(values, 'assignee') === undefined ? null : '--assignee'].filter(Boolean);
	if (who.length > 1) throw new DeskError('usage', `queue: ${who.join(' and ')} cannot be combined`);
	if (values['mine'] === true) query.assignee = 'me';
	if (values['unassigned'] === true) query.assignee = 'unassigned';
	const assignee = text(values, 'assignee');
	if (assignee !== undefined) query.assignee = prefixed(resolveAgentFilter, assignee, await provider.listAgents());
	const team = text(values, 'team');
	if (team !== undefined) query.team = prefixed(resolveTeamFilter, team, await provider.listTeams());
	const tag = text(values, 'tag');
	if (tag !== undefined) query.tag = tag.trim().replace(/^[+#]/, '').toLowerCase();
	const channel = text(values, 'channel');
	if (channel !== undefined) {
		if (!isChannel(channel)) throw new DeskError('usage', `queue: unknown channel "${channel}" (valid: ${channels.join(', ')})`);
		query.channel = channel;
	}
	const search = text(values, 'search');
	if (search !== undefined && search.trim() !== '') query.text = search.trim();
	const sort = text(values, 'sort');
	if (sort !== undefined) {
		if (!(queueSorts as readonly string[]).includes(sort)) throw new DeskError('usage', `queue: unknown sort "${sort}" (valid: ${queueSorts.join(', ')})`);
		query.sort = sort as QueueSort;
	}
	return query;
}

/** "open,pending" or "all"; nothing means the back end's default (everything not closed). */
export function parseStatuses(value: string | undefined): ConversationStatus[] | undefined {
	if (value === undefined) return undefined;
	const words = value.split(',').map(word => word.trim().toLowerCase()).filter(Boolean);
	if (words.includes('all')) return [...conversationStatuses];
	const unknown = words.filter(word => !isStatus(word));
	if (words.length === 0 || unknown.length > 0) {
		throw new DeskError('usage', `queue: unknown status "${unknown[0] ?? value}" (valid: ${conversationStatuses.join(', ')}, all)`);
	}
	return [...new Set(words)] as ConversationStatus[];
}
