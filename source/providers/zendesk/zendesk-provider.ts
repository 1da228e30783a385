// Zendesk Support behind the provider port: tickets as conversations, comments as the thread, replies
// and notes as ticket updates, safe_update for expected versions.
import type {Agent, Conversation, Message, Priority} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {noCapabilities, type Capabilities, type HelpdeskProvider, type ReplyInput, type SavedReply, type WriteOptions} from '../provider.js';
import {cachedOnce} from '../shared/cached.js';
import {reopenMetricFacts} from '../shared/reopen-metric-facts.js';
import {agentsIfAllowed, numericId, type SaasProviderOptions} from '../shared/saas-provider.js';
import {authorizedSend} from '../shared/schema-send.js';
import {mapZendeskMacro} from './map-zendesk-macro.js';
import {mapZendeskChannel, toZendeskStatus} from './map-zendesk-status.js';
import {mapZendeskConversation} from './map-zendesk-ticket.js';
import {mapZendeskAgent, mapZendeskCustomer} from './map-zendesk-user.js';
import {zendeskChanges} from './zendesk-changes.js';
import {zendeskDirectory} from './zendesk-directory.js';
import {zendeskQueue} from './zendesk-queue.js';
import {zendeskRequests as requests, type ZendeskTicketUpdate} from './zendesk-requests.js';
import {
	readZendesk,
	zendeskCommentPageSchema,
	zendeskMacroSchema,
	zendeskShowTicketSchema,
	zendeskUpdateSchema,
	zendeskUserSchema,
	type ZendeskComment,
} from './zendesk-schemas.js';
import {zendeskHeaders, zendeskToken, type ZendeskSettings} from './zendesk-settings.js';
import * as z from '../../validation/zod.js';

/** On hold stands in for snoozed, without a wake time; safe_update makes writes versioned. */
export const zendeskCapabilities: Capabilities = {
	...noCapabilities,
	reply: true,
	note: true,
	assignAgent: true,
	assignTeam: true,
	statuses: ['open', 'pending', 'snoozed', 'closed'],
	priority: true,
	tags: true,
	changes: true,
	versionedWrites: true,
	savedReplies: true,
};

export type ZendeskProviderOptions = SaasProviderOptions<ZendeskSettings>;

/** A thread longer than this many comment pages (100 each) is cut. */
const maxCommentPages = 50;

export function createZendeskProvider(options: ZendeskProviderOptions): HelpdeskProvider {
	const {settings, http, clock} = options;
	const send = authorizedSend(http, zendeskHeaders(settings, zendeskToken(options.secrets)), readZendesk);
	const directory = zendeskDirectory(send, clock);

	const whoami = cachedOnce(async (): Promise<Agent> => {
		const {user} = await send(requests.me(), z.object({user: zendeskUserSchema}), 'the signed-in user');
		// Group memberships come from the agent list.
		const agents = await agentsIfAllowed(directory.loadStaff);
		return agents.find(agent => agent.id === String(user.id)) ?? mapZendeskAgent(user, []);
	});

	async function readComments(id: string): Promise<ZendeskComment[]> {
		const comments: ZendeskComment[] = [];
		let after: string | undefined;
		for (let page = 0; page < maxCommentPages; page++) {
			const result = await send(requests.comments(id, after), zendeskCommentPageSchema, 'a comment list');
			directory.remember(result.users);
			comments.push(...result.comments);
			after = result.meta?.has_more ? (result.meta.after_cursor ?? undefined) : undefined;
			if (after === undefined) break;
		}
		return comments;
	}

	/** The conversation, and how often Zendesk's metric set saw it reopened (for stats). */
	async function readConversation(id: string): Promise<{conversation: Conversation; reopens: number | null}> {
		const shown = await send(requests.ticket(id), zendeskShowTicketSchema, 'a ticket');
		directory.remember(shown.users, shown.groups);
		const comments = await readComments(id);
		const {ticket} = shown;
		const names = await directory.names([ticket.requester_id, ticket.assignee_id, ...comments.map(comment => comment.author_id)]);
		const requester = ticket.requester_id == null ? undefined : names.users.get(ticket.requester_id);
		const organizationId = requester?.organization_id ?? ticket.organization_id;
		const organization = shown.organizations?.find(each => each.id === organizationId) ?? null;
		const customer = mapZendeskCustomer(requester ?? {id: ticket.requester_id ?? 0, name: ''}, organization, settings.language);
		const metrics = shown.metric_sets?.[0];
		const conversation = mapZendeskConversation(ticket, names, {comments, customer, solvedAt: metrics?.solved_at ? Date.parse(metrics.solved_at) : null});
		return {conversation, reopens: metrics?.reopens ?? null};
	}
	const getConversation = async (id: string) => (await readConversation(id)).conversation;
	const listQueue = zendeskQueue(send, directory);

	/** Zendesk refuses the update with 409 when the ticket moved past updated_stamp. */
	async function update(id: string, change: ZendeskTicketUpdate, write: WriteOptions, idempotencyKey?: string) {
		const guarded = write.expectedVersion === undefined ? change : {...change, safe_update: true, updated_stamp: write.expectedVersion};
		const request = requests.update(id, guarded);
		// Zendesk documents the key for ticket creation; on an update it is a harmless extra the outbox does not rely on.
		const keyed = idempotencyKey === undefined ? request : {...request, headers: {'Idempotency-Key': idempotencyKey}};
		return send(keyed, zendeskUpdateSchema, 'the updated ticket');
	}

	async function comment(id: string, body: string, isPublic: boolean, write: ReplyInput): Promise<Message> {
		const result = await update(id, {comment: {body, public: isPublic}}, write, write.idempotencyKey);
		const event = result.audit?.events.find(each => each.type === 'Comment' || each.type === 'VoiceComment');
		if (!result.audit || !event) {
			throw new DeskError('invalid_response', `Zendesk accepted the ${isPublic ? 'reply' : 'note'} but did not return it: reload the ticket to see it`, {
				provider: 'zendesk',
				retryable: false,
			});
		}
		const author = await whoami();
		return {
			id: String(event.id),
			conversationId: String(result.ticket.id),
			kind: isPublic ? 'agent' : 'note',
			authorId: event.author_id == null ? author.id : String(event.author_id),
			authorName: author.name,
			body: (event.plain_body ?? event.body ?? body).trim(),
			createdAt: Date.parse(result.audit.created_at),
			channel: mapZendeskChannel(result.ticket.via?.channel),
		};
	}

	return {
		kind: 'zendesk',
		label: `Zendesk ${new URL(settings.url).host}`,
		capabilities: zendeskCapabilities,
		whoami,
		listQueue,
		iterateMetricFacts: period => reopenMetricFacts({listQueue, readConversation, listAgents: async () => (await directory.loadStaff()).agents}, period),
		changesSince: zendeskChanges(send, directory, clock),
		getConversation,
		listAgents: async () => (await directory.loadStaff()).agents,
		listTeams: async () => (await directory.loadStaff()).teams,
		reply: (id, input) => comment(id, input.body, true, input),
		addNote: (id, input) => comment(id, input.body, false, input),
		async assign(id, input) {
			const change: ZendeskTicketUpdate = {};
			if (input.agentId !== undefined) change.assignee_id = input.agentId === null ? null : numericId('Zendesk', input.agentId, 'agent');
			if (input.teamId !== undefined) change.group_id = input.teamId === null ? null : numericId('Zendesk', input.teamId, 'group');
			await update(id, change, input);
		},
		async setStatus(id, input) {
			if (input.until !== undefined) {
				throw new DeskError('unsupported', 'Zendesk has no wake time: a ticket on hold stays there until someone reopens it (leave out --until)', {provider: 'zendesk'});
			}
			await update(id, {status: toZendeskStatus(input.status)}, input);
		},
		async setPriority(id, priority: Priority, write: WriteOptions = {}) {
			await update(id, {priority}, write);
		},
		async updateTags(id, input) {
			// Zendesk adds and removes in one update, so tags other agents set meanwhile are kept.
			await update(id, {...(input.add.length > 0 ? {additional_tags: input.add} : {}), ...(input.remove.length > 0 ? {remove_tags: input.remove} : {})}, input);
		},
		async listSavedReplies(): Promise<SavedReply[]> {
			const macros = await directory.all(requests.macros, 'macros', zendeskMacroSchema, 'the macro list');
			return macros.map(mapZendeskMacro).filter(reply => reply !== null);
		},
		async close() {
			options.onClose?.();
		},
	};
}

