// Intercom behind the provider port: API version 2.16 pinned, regional hosts, admin_id on every write.
import type {Agent, Conversation, Message, Team} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {HttpRequest} from '../http/http-types.js';
import {noCapabilities, type Capabilities, type HelpdeskProvider, type SavedReply} from '../provider.js';
import {cachedFor, cachedOnce, directoryTtlMs} from '../shared/cached.js';
import type {SaasProviderOptions} from '../shared/saas-provider.js';
import {reopenMetricFacts} from '../shared/reopen-metric-facts.js';
import {authorizedSend} from '../shared/schema-send.js';
import {tagIds} from '../shared/tag-ids.js';
import {intercomQueue} from './intercom-queue.js';
import {intercomRequests as requests} from './intercom-requests.js';
import {
	intercomAdminListSchema,
	intercomAdminSchema,
	intercomCompanySchema,
	intercomContactSchema,
	intercomConversationSchema,
	intercomMacroListSchema,
	intercomTagListSchema,
	intercomTagSchema,
	intercomTeamListSchema,
	readIntercom,
	type IntercomAdmin,
	type IntercomConversation,
} from './intercom-schemas.js';
import {intercomHeaders, intercomToken, type IntercomSettings} from './intercom-settings.js';
import {mapIntercomContact} from './map-intercom-contact.js';
import {mapIntercomConversation, mapIntercomSummary, type IntercomNames} from './map-intercom-conversation.js';
import {mapIntercomPart} from './map-intercom-part.js';
import {mapIntercomSavedReply} from './map-intercom-saved-reply.js';

/** No pending state and, in 2.16, no request that sets priority. */
export const intercomCapabilities: Capabilities = {
	...noCapabilities,
	reply: true,
	note: true,
	assignAgent: true,
	assignTeam: true,
	statuses: ['open', 'snoozed', 'closed'],
	snoozeUntil: true,
	tags: true,
	changes: true,
	savedReplies: true,
};

export type IntercomProviderOptions = SaasProviderOptions<IntercomSettings>;

type Directory = {agents: Agent[]; teams: Team[]; names: Pick<IntercomNames, 'admins' | 'teams'>};

export function createIntercomProvider(options: IntercomProviderOptions): HelpdeskProvider {
	const {settings, http, clock} = options;
	const headers = intercomHeaders(intercomToken(options.secrets));
	const send = authorizedSend(http, headers, readIntercom);

	const whoami = cachedOnce(async () => adminAgent(await send(requests.me(), intercomAdminSchema, 'the token owner')));

	/** Writes act as the profile's admin, else as the token's owner. */
	async function adminId(): Promise<string> {
		return settings.adminId ?? (await whoami()).id;
	}

	const loadDirectory = cachedFor(directoryTtlMs, clock, async (): Promise<Directory> => {
		const [{admins}, {teams}] = await Promise.all([send(requests.admins(), intercomAdminListSchema, 'the admin list'), send(requests.teams(), intercomTeamListSchema, 'the team list')]);
		return {
			agents: admins.map(adminAgent),
			teams: teams.map(team => ({id: team.id, name: team.name})),
			names: {admins: new Map(admins.map(admin => [admin.id, admin.name ?? ''])), teams: new Map(teams.map(team => [team.id, team.name]))},
		};
	});

	const tags = tagIds(
		async () => (await send(requests.tags(), intercomTagListSchema, 'the tag list')).data,
		name => send(requests.createTag(name), intercomTagSchema, 'the new tag'),
	);
	const tagId = tags.find;

	async function readConversation(id: string): Promise<IntercomConversation> {
		return send(requests.conversation(id), intercomConversationSchema, 'a conversation');
	}

	/** Intercom has no conditional writes: a stale version is caught by reading first (a narrow race remains). */
	async function checkVersion(id: string, expected: string | undefined): Promise<void> {
		if (expected === undefined) return;
		const conversation = await readConversation(id);
		if (String(conversation.updated_at) !== expected) {
			throw new DeskError('conflict', `conversation ${id} changed in Intercom since you loaded it: reload and try again`, {provider: 'intercom'});
		}
	}

	/** The conversation, and how often Intercom's statistics saw it reopened (for stats). */
	async function readWithReopens(id: string): Promise<{conversation: Conversation; reopens: number | null}> {
		const conversation = await readConversation(id);
		const contactId = conversation.contacts?.contacts[0]?.id;
		const contact = contactId ? await send(requests.contact(contactId), intercomContactSchema, 'a contact') : null;
		const companyId = conversation.company?.id ?? contact?.companies?.data?.[0]?.id;
		const [company, directoryNow] = await Promise.all([
			companyId ? send(requests.company(companyId), intercomCompanySchema, 'a company') : null,
			loadDirectory(),
		]);
		const names: IntercomNames = {...directoryNow.names, contacts: new Map()};
		const summary = mapIntercomSummary(conversation, names);
		const customer = contact
			? mapIntercomContact(contact, company, settings.language)
			: mapIntercomContact({id: summary.customerId, name: summary.customerName}, company, settings.language);
		return {conversation: mapIntercomConversation(conversation, customer, names), reopens: conversation.statistics?.count_reopens ?? null};
	}
	const getConversation = async (id: string) => (await readWithReopens(id)).conversation;

	async function post(id: string, body: string, messageType: 'comment' | 'note', expected: string | undefined): Promise<Message> {
		await checkVersion(id, expected);
		const actor = await adminId();
		const updated = await send(requests.reply(id, actor, body, messageType), intercomConversationSchema, 'the updated conversation');
		const channel = mapIntercomSummary(updated, {admins: new Map(), teams: new Map(), contacts: new Map()}).channel;
		// The answer is the whole conversation: the new part is the latest one this admin wrote.
		const part = (updated.conversation_parts?.conversation_parts ?? [])
			.filter(candidate => candidate.part_type === messageType && candidate.author?.id === actor)
			.at(-1);
		const message = part ? mapIntercomPart(part, updated.id, channel) : null;
		if (!message) {
			throw new DeskError('invalid_response', `Intercom accepted the ${messageType === 'note' ? 'note' : 'reply'} but did not return it: reload the conversation to see it`, {
				provider: 'intercom',
				retryable: false,
			});
		}
		return message;
	}

	async function part(id: string, request: (actor: string) => HttpRequest, expected: string | undefined): Promise<void> {
		await checkVersion(id, expected);
		await http.request({...request(await adminId()), headers});
	}

	const queue = intercomQueue({send, clock, adminId, names: async () => (await loadDirectory()).names, tagId});

	return {
		kind: 'intercom',
		label: `Intercom ${new URL(settings.baseUrl).host}`,
		capabilities: intercomCapabilities,
		whoami,
		listQueue: queue.listQueue,
		iterateMetricFacts: period => reopenMetricFacts({listQueue: queue.listQueue, readConversation: readWithReopens, listAgents: async () => (await loadDirectory()).agents}, period),
		changesSince: queue.changesSince,
		getConversation,
		listAgents: async () => (await loadDirectory()).agents,
		listTeams: async () => (await loadDirectory()).teams,
		reply: (id, input) => post(id, input.body, 'comment', input.expectedVersion),
		addNote: (id, input) => post(id, input.body, 'note', input.expectedVersion),
		async assign(id, input) {
			await checkVersion(id, input.expectedVersion);
			const actor = await adminId();
			if (input.agentId !== undefined) await http.request({...requests.assign(id, actor, 'admin', input.agentId ?? '0'), headers});
			if (input.teamId !== undefined) await http.request({...requests.assign(id, actor, 'team', input.teamId ?? '0'), headers});
		},
		async setStatus(id, input) {
			if (input.status === 'pending') throw new DeskError('unsupported', 'Intercom has no pending state: snooze the conversation instead', {provider: 'intercom'});
			if (input.status === 'snoozed') {
				const until = input.until;
				if (until === undefined) throw new DeskError('usage', 'Intercom snoozes until a time: give one (e.g. --until 4h)');
				return part(id, actor => requests.snooze(id, actor, Math.floor(until / 1000)), input.expectedVersion);
			}
			return part(id, actor => (input.status === 'closed' ? requests.close(id, actor) : requests.open(id, actor)), input.expectedVersion);
		},
		async setPriority() {
			throw new DeskError('unsupported', 'Intercom API 2.16 cannot set a conversation priority', {provider: 'intercom'});
		},
		async updateTags(id, input) {
			await checkVersion(id, input.expectedVersion);
			const actor = await adminId();
			for (const name of input.add) await http.request({...requests.tag(id, actor, await tags.ensure(name)), headers});
			for (const name of input.remove) {
				const known = await tagId(name);
				// A tag the workspace does not have cannot be on the conversation.
				if (known !== null) await http.request({...requests.untag(id, actor, known), headers});
			}
		},
		async listSavedReplies(): Promise<SavedReply[]> {
			const replies: SavedReply[] = [];
			let after: string | undefined;
			do {
				const page = await send(requests.macros(after), intercomMacroListSchema, 'the macro list');
				replies.push(...page.data.map(mapIntercomSavedReply));
				after = page.pages?.next?.starting_after ?? undefined;
			} while (after !== undefined);
			return replies;
		},
		async close() {
			options.onClose?.();
		},
	};
}

function adminAgent(admin: IntercomAdmin): Agent {
	return {id: admin.id, name: admin.name ?? '', email: admin.email ?? '', teamIds: (admin.team_ids ?? []).map(String), role: 'agent'};
}
