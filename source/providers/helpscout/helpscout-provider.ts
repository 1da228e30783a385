// Help Scout behind the provider port: an OAuth app acting as its user, one JSON Patch operation per change,
// writes answered 201 with the new thread's id in Resource-ID (no body).
import type {Agent, Conversation, Message} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {HttpResponse} from '../http/http-types.js';
import {noCapabilities, type Capabilities, type HelpdeskProvider, type SavedReply} from '../provider.js';
import {cachedFor, cachedOnce, directoryTtlMs} from '../shared/cached.js';
import {numericId, type SaasProviderOptions} from '../shared/saas-provider.js';
import {helpscoutQueue} from './helpscout-queue.js';
import {helpscoutRequests as requests} from './helpscout-requests.js';
import {
	helpscoutConversationSchema,
	helpscoutMailboxListSchema,
	helpscoutSavedReplyListSchema,
	helpscoutSavedReplySchema,
	helpscoutThreadListSchema,
	helpscoutUserListSchema,
	helpscoutUserSchema,
	readHelpscout,
	type HelpscoutConversation,
	type HelpscoutThread,
	type HelpscoutUser,
} from './helpscout-schemas.js';
import {helpscoutSession} from './helpscout-session.js';
import {helpscoutCredentials, type HelpscoutSettings} from './helpscout-settings.js';
import {mapHelpscoutConversation, mapHelpscoutSummary} from './map-helpscout-conversation.js';
import {helpscoutStatusOf} from './map-helpscout-status.js';
import {mapHelpscoutSavedReply} from './map-helpscout-template.js';

/** No priority, no snooze (the API has none), no conditional writes; a team is a mailbox, reached by moving. */
export const helpscoutCapabilities: Capabilities = {
	...noCapabilities,
	reply: true,
	note: true,
	assignAgent: true,
	assignTeam: true,
	statuses: ['open', 'pending', 'closed'],
	tags: true,
	changes: true,
	savedReplies: true,
};

export type HelpscoutProviderOptions = SaasProviderOptions<HelpscoutSettings> & {loginCommand?: string};

export function createHelpscoutProvider(options: HelpscoutProviderOptions): HelpdeskProvider {
	const {settings, http, clock} = options;
	const session = helpscoutSession({http, credentials: helpscoutCredentials(settings, options.secrets), clock, read: readHelpscout, loginCommand: options.loginCommand ?? 'deskterm login helpscout'});
	const {send} = session;

	const whoami = cachedOnce(async () => userAgent(await send(requests.me(), helpscoutUserSchema, 'the app user')));
	const userId = async () => (await whoami()).id;

	/** Every page of a HAL list, page numbers from 1 until the last. */
	async function allPages<T>(read: (page: number) => Promise<{items: T[]; last: boolean}>): Promise<T[]> {
		const all: T[] = [];
		for (let page = 1; ; page++) {
			const {items, last} = await read(page);
			all.push(...items);
			if (last) return all;
		}
	}

	const loadDirectory = cachedFor(directoryTtlMs, clock, async () => {
		const [users, mailboxes] = await Promise.all([
			allPages(async page => {
				const answer = await send(requests.users(page), helpscoutUserListSchema, 'the user list');
				return {items: answer._embedded?.users ?? [], last: answer.page.number >= answer.page.totalPages};
			}),
			allPages(async page => {
				const answer = await send(requests.mailboxes(page), helpscoutMailboxListSchema, 'the mailbox list');
				return {items: answer._embedded?.mailboxes ?? [], last: answer.page.number >= answer.page.totalPages};
			}),
		]);
		return {agents: users.map(userAgent), teams: mailboxes.map(mailbox => ({id: String(mailbox.id), name: mailbox.name}))};
	});
	const mailboxNames = async () => new Map((await loadDirectory()).teams.map(team => [team.id, team.name]));

	const readConversation = (id: string): Promise<HelpscoutConversation> => send(requests.conversation(numericText(id)), helpscoutConversationSchema, 'a conversation');

	async function readThreads(id: string): Promise<HelpscoutThread[]> {
		return allPages(async page => {
			const answer = await send(requests.threads(id, page), helpscoutThreadListSchema, 'the threads');
			return {items: answer._embedded?.threads ?? [], last: !answer.page || answer.page.number >= answer.page.totalPages};
		});
	}

	async function getConversation(id: string): Promise<Conversation> {
		const [conversation, threads, names] = await Promise.all([readConversation(id), readThreads(numericText(id)), mailboxNames()]);
		return mapHelpscoutConversation(conversation, threads, settings.language, names);
	}

	/** Help Scout has no conditional writes: a stale version is caught by reading first (a narrow race remains). */
	async function checked(id: string, expected: string | undefined): Promise<HelpscoutConversation> {
		const current = await readConversation(id);
		if (expected !== undefined && mapHelpscoutSummary(current).version !== expected) {
			throw new DeskError('conflict', `conversation ${id} changed in Help Scout since you loaded it: reload and try again`, {provider: 'helpscout'});
		}
		return current;
	}

	async function created(response: HttpResponse, id: string, kind: Message['kind'], body: string, channel: Message['channel']): Promise<Message> {
		const threadId = response.headers['resource-id'];
		if (!threadId) throw new DeskError('invalid_response', `Help Scout took the ${kind === 'note' ? 'note' : 'reply'} but named no thread (no Resource-ID header): check conversation ${id} before sending it again`, {provider: 'helpscout'});
		const me = await whoami();
		return {id: threadId, conversationId: id, kind, authorId: me.id, authorName: me.name, body, createdAt: clock(), channel};
	}

	const queue = helpscoutQueue({send, clock, mailboxes: settings.mailboxes, userId, mailboxNames});

	return {
		kind: 'helpscout',
		label: `Help Scout ${new URL(settings.baseUrl).host}`,
		capabilities: helpscoutCapabilities,
		whoami,
		listQueue: queue.listQueue,
		changesSince: queue.changesSince,
		getConversation,
		listAgents: async () => (await loadDirectory()).agents,
		listTeams: async () => (await loadDirectory()).teams,
		async reply(id, input) {
			const conversation = await checked(id, input.expectedVersion);
			const customer = conversation.primaryCustomer;
			if (!customer) throw new DeskError('unsupported', `Help Scout conversation ${id} has no customer to reply to: add a note instead`, {provider: 'helpscout'});
			const response = await session.request(requests.reply(String(conversation.id), customer.id, Number(await userId()), input.body));
			return created(response, id, 'agent', input.body, mapHelpscoutSummary(conversation).channel);
		},
		async addNote(id, input) {
			const conversation = await checked(id, input.expectedVersion);
			const response = await session.request(requests.note(String(conversation.id), Number(await userId()), input.body));
			return created(response, id, 'note', input.body, mapHelpscoutSummary(conversation).channel);
		},
		async assign(id, input) {
			await checked(id, input.expectedVersion);
			if (input.teamId === null) throw new DeskError('usage', 'every Help Scout conversation is in a mailbox: move it to another one instead');
			if (input.teamId !== undefined) await session.request(requests.move(numericText(id), numericId('Help Scout', input.teamId, 'mailbox')));
			if (input.agentId === null) await session.request(requests.unassign(numericText(id)));
			else if (input.agentId !== undefined) await session.request(requests.assign(numericText(id), numericId('Help Scout', input.agentId, 'user')));
		},
		async setStatus(id, input) {
			const status = helpscoutStatusOf(input.status);
			if (status === null) throw new DeskError('unsupported', 'Help Scout cannot snooze a conversation through the API: set it pending instead', {provider: 'helpscout'});
			await checked(id, input.expectedVersion);
			await session.request(requests.status(numericText(id), status));
		},
		async setPriority() {
			throw new DeskError('unsupported', 'Help Scout conversations have no priority', {provider: 'helpscout'});
		},
		async updateTags(id, input) {
			// The tag call replaces the whole set: read it, change it, write it back.
			const current = (await checked(id, input.expectedVersion)).tags?.map(tag => tag.tag) ?? [];
			const removed = new Set(input.remove.map(name => name.toLowerCase()));
			const next = [...new Set([...current.filter(tag => !removed.has(tag.toLowerCase())), ...input.add])];
			await session.request(requests.tags(numericText(id), next));
		},
		async listSavedReplies(): Promise<SavedReply[]> {
			const names = await mailboxNames();
			const mailboxIds = settings.mailboxes.length > 0 ? settings.mailboxes : [...names.keys()];
			const replies: SavedReply[] = [];
			for (const mailboxId of mailboxIds) {
				const list = await send(requests.savedReplies(Number(mailboxId)), helpscoutSavedReplyListSchema, 'the saved replies');
				// The list gives a preview only; the full text is one read per reply.
				for (const each of list) {
					const reply = await send(requests.savedReply(Number(mailboxId), each.id), helpscoutSavedReplySchema, 'a saved reply');
					replies.push(mapHelpscoutSavedReply(reply, names.get(mailboxId) ?? null));
				}
			}
			return replies;
		},
		async close() {
			options.onClose?.();
		},
	};
}

function numericText(id: string): string {
	return String(numericId('Help Scout', id, 'conversation'));
}

function userAgent(user: HelpscoutUser): Agent {
	const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email;
	return {id: String(user.id), name, email: user.email, teamIds: [], role: user.role === 'owner' || user.role === 'admin' ? 'lead' : 'agent'};
}
