// Freshdesk behind the provider port: one agent's API key, numeric ids, ticket fields written with a read first.
import type {Agent, Conversation, ConversationSummary} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {HttpRequest} from '../http/http-types.js';
import {noCapabilities, type Capabilities, type HelpdeskProvider, type SavedReply} from '../provider.js';
import {cachedFor, cachedOnce, directoryTtlMs} from '../shared/cached.js';
import {numericId, type SaasProviderOptions} from '../shared/saas-provider.js';
import {authorizedSend} from '../shared/schema-send.js';
import type * as z from '../../validation/zod.js';
import {freshdeskMetricFacts} from './freshdesk-metrics.js';
import {freshdeskQueue} from './freshdesk-queue.js';
import {freshdeskRequests as requests, hasNextPage} from './freshdesk-requests.js';
import {
	freshdeskAgentListSchema,
	freshdeskAgentSchema,
	freshdeskCannedFolderListSchema,
	freshdeskCannedResponseListSchema,
	freshdeskConversationListSchema,
	freshdeskConversationSchema,
	freshdeskGroupListSchema,
	freshdeskTicketSchema,
	readFreshdesk,
	type FreshdeskAgent,
	type FreshdeskTicket,
} from './freshdesk-schemas.js';
import {freshdeskApiKey, freshdeskHeaders, type FreshdeskSettings} from './freshdesk-settings.js';
import {mapFreshdeskConversation} from './map-freshdesk-message.js';
import {freshdeskPriorityOf, freshdeskStatusOf} from './map-freshdesk-status.js';
import {mapFreshdeskCannedResponse} from './map-freshdesk-template.js';
import {mapFreshdeskSummary, mapFreshdeskTicket, type FreshdeskDirectory} from './map-freshdesk-ticket.js';

/** No snooze and no conditional writes; a stale version is caught by reading first. */
export const freshdeskCapabilities: Capabilities = {
	...noCapabilities,
	reply: true,
	note: true,
	assignAgent: true,
	assignTeam: true,
	statuses: ['open', 'pending', 'closed'],
	priority: true,
	tags: true,
	changes: true,
	savedReplies: true,
};

export function createFreshdeskProvider(options: SaasProviderOptions<FreshdeskSettings>): HelpdeskProvider {
	const {settings, http, clock} = options;
	const headers = freshdeskHeaders(freshdeskApiKey(options.secrets));
	const send = authorizedSend(http, headers, readFreshdesk);
	const ticketId = (value: string) => numericId('Freshdesk', value, 'ticket');

	/** Every page of a numbered list, following the Link header, while `wanted` says the last page's rows call for more. */
	async function pagesWhile<T>(request: (page: number) => HttpRequest, schema: z.ZodMiniType<T[]>, what: string, wanted: (rows: T[]) => boolean): Promise<T[]> {
		const all: T[] = [];
		for (let page = 1, more = true; more; page++) {
			const response = await http.request({...request(page), headers});
			const rows = readFreshdesk(schema, response.body, what);
			all.push(...rows);
			more = hasNextPage(response.headers) && wanted(rows);
		}
		return all;
	}
	const allPages = <T>(request: (page: number) => HttpRequest, schema: z.ZodMiniType<T[]>, what: string) => pagesWhile(request, schema, what, () => true);

	const whoami = cachedOnce(async () => agentOf(await send(requests.me(), freshdeskAgentSchema, 'the signed-in agent')));
	const myId = async () => (await whoami()).id;

	const loadDirectory = cachedFor(directoryTtlMs, clock, async (): Promise<FreshdeskDirectory & {list: Agent[]; groups: Array<{id: string; name: string}>}> => {
		const [agents, groups] = await Promise.all([allPages(requests.agents, freshdeskAgentListSchema, 'the agent list'), allPages(requests.groups, freshdeskGroupListSchema, 'the group list')]);
		const members = new Map<string, string[]>();
		for (const group of groups) for (const agent of group.agent_ids ?? []) members.set(String(agent), [...(members.get(String(agent)) ?? []), String(group.id)]);
		const list = agents.map(agent => ({...agentOf(agent), teamIds: agent.group_ids?.map(String) ?? members.get(String(agent.id)) ?? []}));
		return {
			list,
			groups: groups.map(group => ({id: String(group.id), name: group.name})),
			agents: new Map(list.map(agent => [agent.id, agent])),
			teams: new Map(groups.map(group => [String(group.id), group.name])),
		};
	});

	const readTicket = (id: number) => send(requests.ticket(id), freshdeskTicketSchema, 'a ticket');

	async function getConversation(id: string): Promise<Conversation> {
		const number = ticketId(id);
		const [ticket, conversations, directory] = await Promise.all([
			readTicket(number),
			allPages(page => requests.conversations(number, page), freshdeskConversationListSchema, 'the conversations'),
			loadDirectory(),
		]);
		return mapFreshdeskTicket(ticket, conversations, directory, settings.language);
	}

	/** Freshdesk has no conditional writes: the ticket is read and its updated_at compared (a narrow race remains). */
	async function current(id: string, expected: string | undefined): Promise<{number: number; ticket: FreshdeskTicket; summary: ConversationSummary}> {
		const number = ticketId(id);
		const ticket = await readTicket(number);
		const summary = mapFreshdeskSummary(ticket, await loadDirectory());
		if (expected !== undefined && summary.version !== expected) throw new DeskError('conflict', `ticket ${id} changed in Freshdesk since you loaded it: reload and try again`, {provider: 'freshdesk'});
		return {number, ticket, summary};
	}

	const update = (number: number, fields: Parameters<typeof requests.update>[1]) => send(requests.update(number, fields), freshdeskTicketSchema, 'the updated ticket');
	const agentNumber = (value: string | null) => (value === null ? null : numericId('Freshdesk', value, 'agent'));
	const groupNumber = (value: string | null) => (value === null ? null : numericId('Freshdesk', value, 'group'));

	const queue = freshdeskQueue({http, headers, read: readFreshdesk, clock, myId, directory: loadDirectory});

	return {
		kind: 'freshdesk',
		label: `Freshdesk ${new URL(settings.url).host}`,
		capabilities: freshdeskCapabilities,
		whoami,
		listQueue: queue.listQueue,
		changesSince: queue.changesSince,
		getConversation,
		listAgents: async () => (await loadDirectory()).list,
		listTeams: async () => (await loadDirectory()).groups,
		async reply(id, input) {
			const {number, ticket, summary} = await current(id, input.expectedVersion);
			const entry = await send(requests.reply(number, input.body), freshdeskConversationSchema, 'the sent reply');
			return mapFreshdeskConversation(entry, ticket, await loadDirectory(), summary.channel);
		},
		async addNote(id, input) {
			const {number, ticket, summary} = await current(id, input.expectedVersion);
			const entry = await send(requests.note(number, input.body), freshdeskConversationSchema, 'the new note');
			return mapFreshdeskConversation(entry, ticket, await loadDirectory(), summary.channel);
		},
		async assign(id, input) {
			const {number} = await current(id, input.expectedVersion);
			const fields = {
				...(input.agentId === undefined ? {} : {responder_id: agentNumber(input.agentId)}),
				...(input.teamId === undefined ? {} : {group_id: groupNumber(input.teamId)}),
			};
			if (Object.keys(fields).length > 0) await update(number, fields);
		},
		async setStatus(id, input) {
			const status = freshdeskStatusOf(input.status);
			if (status === null) throw new DeskError('unsupported', 'Freshdesk has no snooze: set the ticket pending instead', {provider: 'freshdesk'});
			const {number} = await current(id, input.expectedVersion);
			await update(number, {status});
		},
		async setPriority(id, priority, writeOptions) {
			const {number} = await current(id, writeOptions?.expectedVersion);
			await update(number, {priority: freshdeskPriorityOf(priority)});
		},
		async updateTags(id, input) {
			// Freshdesk replaces the whole tag list: the read gives the list to change.
			const {number, ticket} = await current(id, input.expectedVersion);
			const before = ticket.tags ?? [];
			const after = [...new Set([...before.filter(tag => !input.remove.includes(tag)), ...input.add])];
			if (after.length !== before.length || after.some((tag, index) => tag !== before[index])) await update(number, {tags: after});
		},
		iterateMetricFacts: period => freshdeskMetricFacts({pages: allPages, pagesWhile, directory: loadDirectory, language: settings.language}, period),
		async listSavedReplies(): Promise<SavedReply[]> {
			const folders = await send(requests.cannedFolders(), freshdeskCannedFolderListSchema, 'the canned response folders');
			const replies: SavedReply[] = [];
			for (const folder of folders) {
				const responses = await send(requests.cannedResponses(folder.id), freshdeskCannedResponseListSchema, 'the canned responses');
				replies.push(...responses.map(response => mapFreshdeskCannedResponse(response, folder.name)));
			}
			return replies;
		},
		async close() {
			options.onClose?.();
		},
	};
}

function agentOf(agent: FreshdeskAgent): Agent {
	return {
		id: String(agent.id),
		name: agent.contact.name || agent.contact.email || `Agent ${agent.id}`,
		email: agent.contact.email ?? '',
		teamIds: agent.group_ids?.map(String) ?? [],
		// The agent object names no role: admins and supervisors come from /roles, which deskterm does not read.
		role: 'agent',
	};
}
