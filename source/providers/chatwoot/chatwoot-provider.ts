// Chatwoot behind the provider port: the Application API, account-scoped, authorised per request.
import type {Agent, Conversation, Message, Priority, Team} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {noCapabilities, type Capabilities, type HelpdeskProvider, type SavedReply, type WriteOptions} from '../provider.js';
import {cachedFor, directoryTtlMs} from '../shared/cached.js';
import {agentsIfAllowed, numericId, type SaasProviderOptions} from '../shared/saas-provider.js';
import {authorizedSend} from '../shared/schema-send.js';
import {chatwootHeaders, chatwootToken, type ChatwootSettings} from './chatwoot-settings.js';
import {chatwootQueue} from './chatwoot-queue.js';
import {chatwootRequests as requests} from './chatwoot-requests.js';
import {
	chatwootCannedResponseSchema,
	chatwootContactResponseSchema,
	chatwootConversationSchema,
	chatwootLabelsSchema,
	chatwootMessageListSchema,
	chatwootMessageSchema,
	chatwootTeamSchema,
	chatwootUserSchema,
	readChatwoot,
	type ChatwootConversation,
	type ChatwootMessage,
	type ChatwootUser,
} from './chatwoot-schemas.js';
import {mapChatwootCannedResponse} from './map-chatwoot-canned-response.js';
import {mapChatwootContact} from './map-chatwoot-contact.js';
import {mapChatwootConversation, mapChatwootSummary} from './map-chatwoot-conversation.js';
import {chatwootCsat, mapChatwootMessage} from './map-chatwoot-message.js';
import {mapChatwootChannel, toChatwootPriority, toChatwootStatus} from './map-chatwoot-status.js';
import * as z from '../../validation/zod.js';

export const chatwootCapabilities: Capabilities = {
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

export type ChatwootProviderOptions = SaasProviderOptions<ChatwootSettings>;

/** Message history is paged 20 at a time by id; a longer thread is cut here. */
const maxMessagePages = 50;

export function createChatwootProvider(options: ChatwootProviderOptions): HelpdeskProvider {
	const {settings, http, clock} = options;
	const headers = chatwootHeaders(chatwootToken(options.secrets));
	const accountId = settings.accountId;
	const send = authorizedSend(http, headers, readChatwoot);

	async function whoami(): Promise<Agent> {
		const user = await send(requests.profile(), chatwootUserSchema, 'a profile');
		// Team memberships come from the agent list.
		const agents = await agentsIfAllowed(loadDirectory);
		return agents.find(agent => agent.id === String(user.id)) ?? userAgent(user, []);
	}

	async function readDirectory(): Promise<{agents: Agent[]; teams: Team[]}> {
		const [users, teams] = await Promise.all([
			send(requests.agents(accountId), z.array(chatwootUserSchema), 'the agent list'),
			send(requests.teams(accountId), z.array(chatwootTeamSchema), 'the team list'),
		]);
		const members = await Promise.all(
			teams.map(team => send(requests.teamMembers(accountId, team.id), z.array(chatwootUserSchema), 'a team member list')),
		);
		const agents = users.map(user =>
			userAgent(
				user,
				teams.filter((_team, index) => members[index]!.some(member => member.id === user.id)).map(team => String(team.id)),
			),
		);
		return {agents, teams: teams.map(team => ({id: String(team.id), name: team.name}))};
	}

	const loadDirectory = cachedFor(directoryTtlMs, clock, readDirectory);

	async function readConversation(id: string): Promise<ChatwootConversation> {
		return send(requests.conversation(accountId, id), chatwootConversationSchema, 'a conversation');
	}

	/** Chatwoot has no conditional writes: a stale version is caught by reading first (a narrow race remains). */
	async function current(id: string, write: WriteOptions): Promise<ChatwootConversation> {
		const conversation = await readConversation(id);
		const version = mapChatwootSummary(conversation).version;
		if (write.expectedVersion !== undefined && write.expectedVersion !== version) {
			throw new DeskError('conflict', `conversation ${id} changed in Chatwoot since you loaded it: reload and try again`, {provider: 'chatwoot'});
		}
		return conversation;
	}

	async function checkVersion(id: string, write: WriteOptions): Promise<void> {
		if (write.expectedVersion !== undefined) await current(id, write);
	}

	async function readMessages(id: string): Promise<ChatwootMessage[]> {
		const all = new Map<number, ChatwootMessage>();
		let before: number | undefined;
		for (let page = 0; page < maxMessagePages; page++) {
			const {payload} = await send(requests.messages(accountId, id, before), chatwootMessageListSchema, 'a message list');
			const older = payload.filter(message => !all.has(message.id));
			for (const message of older) all.set(message.id, message);
			if (older.length === 0) break;
			before = Math.min(...older.map(message => message.id));
		}
		return [...all.values()].sort((a, b) => a.created_at - b.created_at || a.id - b.id);
	}

	async function getConversation(id: string): Promise<Conversation> {
		const conversation = await readConversation(id);
		const summary = mapChatwootSummary(conversation);
		const browserLanguage = conversation.additional_attributes?.['browser_language'];
		const language = typeof browserLanguage === 'string' && browserLanguage !== '' ? browserLanguage : settings.language;
		const sender = conversation.meta.sender;
		const [raw, contact] = await Promise.all([
			readMessages(id),
			sender ? send(requests.contact(accountId, sender.id), chatwootContactResponseSchema, 'a contact') : undefined,
		]);
		const customer = mapChatwootContact(contact?.payload ?? {id: 0, name: summary.customerName}, language);
		const messages = raw.map(message => mapChatwootMessage(message, summary.id, summary.channel)).filter(message => message !== null);
		return mapChatwootConversation(conversation, customer, messages, chatwootCsat(raw));
	}

	async function post(id: string, body: string, isPrivate: boolean, write: WriteOptions): Promise<Message> {
		const conversation = await current(id, write);
		const created = await send(requests.createMessage(accountId, id, body, isPrivate), chatwootMessageSchema, 'the new message');
		const message = mapChatwootMessage(created, id, mapChatwootChannel(conversation.meta.channel));
		if (!message) throw new DeskError('invalid_response', `Chatwoot stored the ${isPrivate ? 'note' : 'reply'} as an activity`, {provider: 'chatwoot'});
		return message;
	}

	const queue = chatwootQueue({accountId, clock, send, myId: async () => (await whoami()).id});

	return {
		kind: 'chatwoot',
		label: `Chatwoot ${new URL(settings.url).host} (account ${accountId})`,
		capabilities: chatwootCapabilities,
		whoami,
		listQueue: queue.listQueue,
		changesSince: queue.changesSince,
		getConversation,
		listAgents: async () => (await loadDirectory()).agents,
		listTeams: async () => (await loadDirectory()).teams,
		reply: (id, input) => post(id, input.body, false, input),
		addNote: (id, input) => post(id, input.body, true, input),
		async assign(id, input) {
			await checkVersion(id, input);
			// One call each: Chatwoot ignores team_id when assignee_id is in the same request.
			if (input.agentId !== undefined) {
				await http.request({...requests.assign(accountId, id, {assignee_id: input.agentId === null ? 0 : numericId('Chatwoot', input.agentId, 'agent')}), headers});
			}
			if (input.teamId !== undefined) {
				await http.request({...requests.assign(accountId, id, {team_id: input.teamId === null ? 0 : numericId('Chatwoot', input.teamId, 'team')}), headers});
			}
		},
		async setStatus(id, input) {
			await checkVersion(id, input);
			const until = input.status === 'snoozed' && input.until !== undefined ? Math.floor(input.until / 1000) : undefined;
			await http.request({...requests.toggleStatus(accountId, id, toChatwootStatus(input.status), until), headers});
		},
		async setPriority(id, priority: Priority, write: WriteOptions = {}) {
			await checkVersion(id, write);
			await http.request({...requests.togglePriority(accountId, id, toChatwootPriority(priority)), headers});
		},
		async updateTags(id, input) {
			await checkVersion(id, input);
			// Chatwoot replaces the whole label list: read it, change it, write it back.
			const {payload} = await send(requests.labels(accountId, id), chatwootLabelsSchema, 'the label list');
			const remove = new Set(input.remove);
			const next = [...new Set([...payload.filter(label => !remove.has(label)), ...input.add])];
			await http.request({...requests.setLabels(accountId, id, next), headers});
		},
		async listSavedReplies(): Promise<SavedReply[]> {
			const canned = await send(requests.cannedResponses(accountId), z.array(chatwootCannedResponseSchema), 'the canned responses');
			return canned.map(mapChatwootCannedResponse);
		},
		async close() {
			options.onClose?.();
		},
	};
}

function userAgent(user: ChatwootUser, teamIds: string[]): Agent {
	return {id: String(user.id), name: user.available_name ?? user.name ?? '', email: user.email ?? '', teamIds, role: user.role === 'administrator' ? 'lead' : 'agent'};
}
