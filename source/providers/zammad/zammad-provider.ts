// Zammad behind the provider port: one agent's access token, tickets by search, articles for replies and notes.
import type {Agent, Conversation, Message} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {noCapabilities, type Capabilities, type HelpdeskProvider, type SavedReply} from '../provider.js';
import {cachedFor, cachedOnce, directoryTtlMs} from '../shared/cached.js';
import {numericId, type SaasProviderOptions} from '../shared/saas-provider.js';
import {authorizedSend} from '../shared/schema-send.js';
import {zammadMaxPerPage, zammadRequests as requests} from './zammad-requests.js';
import {
	readZammad,
	zammadArticleListSchema,
	zammadArticleSchema,
	zammadGroupListSchema,
	zammadMacroListSchema,
	zammadStateListSchema,
	zammadTagsSchema,
	zammadTextModuleListSchema,
	zammadTicketSchema,
	zammadUserListSchema,
	zammadUserSchema,
	type ZammadTicket,
	type ZammadUser,
} from './zammad-schemas.js';
import {zammadHeaders, zammadToken, type ZammadSettings} from './zammad-settings.js';
import {zammadMetricFacts} from './zammad-metrics.js';
import {zammadQueue} from './zammad-queue.js';
import {mapZammadArticle, userName} from './map-zammad-article.js';
import {zammadPriorityId, zammadStateFor} from './map-zammad-status.js';
import {mapZammadConversation, zammadNobody} from './map-zammad-ticket.js';
import {mapZammadMacro, mapZammadTextModule} from './map-zammad-template.js';

/** Every status and priority but urgent; no conditional writes (a stale version is caught by reading first). */
export const zammadCapabilities: Capabilities = {
	...noCapabilities,
	reply: true,
	note: true,
	assignAgent: true,
	assignTeam: true,
	statuses: ['open', 'pending', 'snoozed', 'closed'],
	snoozeUntil: true,
	priority: true,
	tags: true,
	changes: true,
	savedReplies: true,
};

const staffRoles = ['Agent', 'Admin'];

export function createZammadProvider(options: SaasProviderOptions<ZammadSettings>): HelpdeskProvider {
	const {settings, http, clock} = options;
	const headers = zammadHeaders(zammadToken(options.secrets));
	const send = authorizedSend(http, headers, readZammad);
	const ticketId = (id: string) => numericId('Zammad', id, 'ticket');

	const me = cachedOnce(async () => send(requests.me(), zammadUserSchema, 'the current user'));
	const meId = async () => (await me()).id;

	const loadStates = cachedFor(directoryTtlMs, clock, async () => send(requests.states(), zammadStateListSchema, 'the ticket states'));
	const stateTypes = async () => new Map((await loadStates()).map(state => [state.id, state.state_type ?? state.name]));

	const loadDirectory = cachedFor(directoryTtlMs, clock, async () => {
		const users: ZammadUser[] = [];
		for (let page = 1; ; page++) {
			const batch = await send(requests.users(page), zammadUserListSchema, 'the user list');
			users.push(...batch);
			if (batch.length < zammadMaxPerPage) break;
		}
		const groups = await send(requests.groups(), zammadGroupListSchema, 'the group list');
		const staff = users.filter(user => user.active !== false && (user.roles ?? []).some(role => staffRoles.includes(role)));
		return {agents: staff.map(userAgent), teams: groups.filter(group => group.active !== false).map(group => ({id: String(group.id), name: group.name}))};
	});

	const queue = zammadQueue({send, clock, meId, stateTypes});
	const readTicket = (id: number) => send(requests.ticket(id), zammadTicketSchema, 'a ticket');

	/** Zammad has no conditional writes: the ticket is read first and its updated_at compared (a narrow race remains). */
	async function current(id: string, expected: string | undefined): Promise<ZammadTicket> {
		const ticket = await readTicket(ticketId(id));
		if (expected !== undefined && ticket.updated_at !== expected) throw new DeskError('conflict', `ticket ${id} changed in Zammad since you loaded it: reload and try again`, {provider: 'zammad'});
		return ticket;
	}

	async function getConversation(id: string): Promise<Conversation> {
		const numeric = ticketId(id);
		const [ticket, articles, tags, types] = await Promise.all([readTicket(numeric), send(requests.articles(numeric), zammadArticleListSchema, 'the articles'), send(requests.tags(numeric), zammadTagsSchema, 'the tags'), stateTypes()]);
		const customer = await send(requests.user(ticket.customer_id), zammadUserSchema, 'the customer');
		return mapZammadConversation({...ticket, tags: tags.tags}, articles, customer, types, settings.language);
	}

	async function postArticle(json: Record<string, unknown>): Promise<Message> {
		return mapZammadArticle(await send(requests.article(json), zammadArticleSchema, 'the new article'));
	}

	async function update(id: string, expected: string | undefined, fields: Record<string, unknown>): Promise<void> {
		await current(id, expected);
		await http.request({...requests.update(ticketId(id), fields), headers});
	}

	async function stateId(name: string): Promise<number> {
		const state = (await loadStates()).find(each => each.name === name);
		if (!state) throw new DeskError('unsupported', `this Zammad has no "${name}" state`, {provider: 'zammad'});
		return state.id;
	}

	return {
		kind: 'zammad',
		label: `Zammad ${new URL(settings.baseUrl).host}`,
		capabilities: zammadCapabilities,
		whoami: async () => userAgent(await me()),
		listQueue: queue.listQueue,
		changesSince: queue.changesSince,
		iterateMetricFacts: period => zammadMetricFacts({send, stateTypes, botIds: async () => new Set((await loadDirectory()).agents.filter(agent => agent.role === 'bot').map(agent => agent.id)), minutesPerUnit: settings.minutesPerUnit}, period),
		getConversation,
		listAgents: async () => (await loadDirectory()).agents,
		listTeams: async () => (await loadDirectory()).teams,
		async reply(id, input) {
			const ticket = await current(id, input.expectedVersion);
			// A web ticket is answered in the customer portal; any other by email to the customer.
			if (ticket.create_article_type === 'web') return postArticle({ticket_id: ticket.id, body: input.body, content_type: 'text/plain', type: 'web', internal: false});
			const customer = await send(requests.user(ticket.customer_id), zammadUserSchema, 'the customer');
			if (!customer.email) throw new DeskError('unsupported', `the customer of ticket ${id} has no email address: answer in Zammad`, {provider: 'zammad'});
			return postArticle({ticket_id: ticket.id, body: input.body, content_type: 'text/plain', type: 'email', internal: false, to: customer.email, subject: ticket.title ?? ''});
		},
		async addNote(id, input) {
			const ticket = await current(id, input.expectedVersion);
			return postArticle({ticket_id: ticket.id, body: input.body, content_type: 'text/plain', type: 'note', internal: true});
		},
		async assign(id, input) {
			const fields: Record<string, unknown> = {};
			if (input.agentId !== undefined) fields['owner_id'] = input.agentId === null ? zammadNobody : numericId('Zammad', input.agentId, 'agent');
			if (input.teamId !== undefined) {
				if (input.teamId === null) throw new DeskError('unsupported', 'a Zammad ticket always belongs to a group: choose another group', {provider: 'zammad'});
				fields['group_id'] = numericId('Zammad', input.teamId, 'group');
			}
			if (Object.keys(fields).length > 0) await update(id, input.expectedVersion, fields);
		},
		async setStatus(id, input) {
			const fields: Record<string, unknown> = {state_id: await stateId(zammadStateFor[input.status])};
			if (input.status === 'snoozed' || input.status === 'pending') {
				if (input.until === undefined) throw new DeskError('usage', `Zammad's "${zammadStateFor[input.status]}" state needs a time: give one (e.g. --until 4h)`);
				fields['pending_time'] = new Date(input.until).toISOString();
			}
			await update(id, input.expectedVersion, fields);
		},
		async setPriority(id, priority, write) {
			const priorityId = zammadPriorityId[priority];
			if (priorityId === undefined) throw new DeskError('unsupported', 'Zammad priorities are low, normal and high', {provider: 'zammad'});
			await update(id, write?.expectedVersion, {priority_id: priorityId});
		},
		async updateTags(id, input) {
			const ticket = await current(id, input.expectedVersion);
			for (const name of input.add) await http.request({...requests.tagAdd(ticket.id, name), headers});
			for (const name of input.remove) await http.request({...requests.tagRemove(ticket.id, name), headers});
		},
		async listSavedReplies(): Promise<SavedReply[]> {
			const [modules, macros] = await Promise.all([send(requests.textModules(), zammadTextModuleListSchema, 'the text modules'), send(requests.macros(), zammadMacroListSchema, 'the macros')]);
			return [...modules.map(mapZammadTextModule), ...macros.map(mapZammadMacro)].filter((each): each is SavedReply => each !== null);
		},
		async close() {
			options.onClose?.();
		},
	};
}

function userAgent(user: ZammadUser): Agent {
	const teamIds = Object.keys(user.group_ids ?? {});
	return {id: String(user.id), name: userName(user), email: user.email ?? '', teamIds, role: (user.roles ?? []).includes('Admin') ? 'lead' : 'agent'};
}
