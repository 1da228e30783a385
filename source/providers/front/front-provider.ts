// Front behind the provider port: a company token acting as one teammate, asynchronous replies confirmed before they count.
import type {Agent, Conversation, Message} from '../../domain/conversation.js';
import {DeskError, isDeskError} from '../../domain/errors.js';
import type {HttpRequest} from '../http/http-types.js';
import {noCapabilities, type Capabilities, type HelpdeskProvider, type SavedReply} from '../provider.js';
import {cachedFor, cachedOnce, directoryTtlMs} from '../shared/cached.js';
import type {SaasProviderOptions} from '../shared/saas-provider.js';
import {authorizedSend} from '../shared/schema-send.js';
import {tagIds} from '../shared/tag-ids.js';
import {frontQueue} from './front-queue.js';
import {frontRequests as requests, pageTokenOf} from './front-requests.js';
import {
	frontAcceptedSchema,
	frontCommentListSchema,
	frontCommentSchema,
	frontConversationSchema,
	frontMessageListSchema,
	frontMessageSchema,
	frontTagListSchema,
	frontTagSchema,
	frontTeamListSchema,
	frontTeammateListSchema,
	frontTeammateSchema,
	frontTemplateListSchema,
	readFront,
	type FrontMessage,
	type FrontTeammate,
	type FrontTemplate,
} from './front-schemas.js';
import {frontHeaders, frontToken, type FrontSettings} from './front-settings.js';
import {mapFrontConversation, mapFrontSummary} from './map-front-conversation.js';
import {mapFrontComment, mapFrontMessage, teammateName} from './map-front-message.js';
import {mapFrontTemplate} from './map-front-template.js';

/** No priority, no pending without ticketing, no team on a conversation, no conditional writes. */
export const frontCapabilities: Capabilities = {
	...noCapabilities,
	reply: true,
	note: true,
	assignAgent: true,
	statuses: ['open', 'snoozed', 'closed'],
	snoozeUntil: true,
	tags: true,
	changes: true,
	savedReplies: true,
};

/** Waits between looks for an accepted reply: about 7.5 s in all before deskterm says it is still being sent. */
export const frontConfirmWaitsMs = [250, 500, 1000, 2000, 3750];

export type FrontProviderOptions = SaasProviderOptions<FrontSettings> & {sleep?: (ms: number) => Promise<void>};

export function createFrontProvider(options: FrontProviderOptions): HelpdeskProvider {
	const {settings, http, clock} = options;
	const sleep = options.sleep ?? (ms => new Promise<void>(resolve => setTimeout(resolve, ms)));
	const headers = frontHeaders(frontToken(options.secrets));
	const send = authorizedSend(http, headers, readFront);

	const whoami = cachedOnce(async () => teammateAgent(await send(requests.teammate(settings.teammate), frontTeammateSchema, 'the teammate')));
	const teammateId = async () => (await whoami()).id;

	const loadDirectory = cachedFor(directoryTtlMs, clock, async () => {
		const [teammates, teams] = await Promise.all([send(requests.teammates(), frontTeammateListSchema, 'the teammate list'), send(requests.teams(), frontTeamListSchema, 'the team list')]);
		return {agents: teammates._results.map(teammateAgent), teams: teams._results.map(team => ({id: team.id, name: team.name}))};
	});

	const tags = tagIds(
		async () => {
			const all: Array<{id: string; name: string}> = [];
			let token: string | undefined;
			do {
				const page = await send(requests.tags(token), frontTagListSchema, 'the tag list');
				all.push(...page._results);
				token = pageTokenOf(page._pagination?.next) ?? undefined;
			} while (token !== undefined);
			return all;
		},
		name => send(requests.createTag(name), frontTagSchema, 'the new tag'),
	);
	const tagId = tags.find;

	async function readMessages(id: string): Promise<FrontMessage[]> {
		const messages: FrontMessage[] = [];
		let token: string | undefined;
		do {
			const page = await send(requests.messages(id, token), frontMessageListSchema, 'the messages');
			messages.push(...page._results);
			token = pageTokenOf(page._pagination?.next) ?? undefined;
		} while (token !== undefined);
		return messages;
	}

	async function getConversation(id: string): Promise<Conversation> {
		const [conversation, messages, comments] = await Promise.all([
			send(requests.conversation(id), frontConversationSchema, 'a conversation'),
			readMessages(id),
			send(requests.comments(id), frontCommentListSchema, 'the comments'),
		]);
		return mapFrontConversation(conversation, messages, comments._results, settings.language);
	}

	/** Front answers a reply with 202 and a message uid; the reply counts once the message exists. */
	async function confirm(id: string, uid: string): Promise<Message> {
		for (const wait of [0, ...frontConfirmWaitsMs]) {
			if (wait > 0) await sleep(wait);
			try {
				const message = mapFrontMessage(await send(requests.messageByUid(uid), frontMessageSchema, 'the sent reply'), id);
				if (message) return message;
			} catch (error) {
				if (!(isDeskError(error) && error.code === 'not_found')) throw error;
			}
		}
		throw new DeskError('unavailable', `Front accepted the reply but is still sending it (message uid ${uid}): check the conversation before sending it again`, {provider: 'front', retryable: false});
	}

	/** Front has no conditional writes: a stale version is caught by reading first (a narrow race remains). */
	async function checkVersion(id: string, expected: string | undefined, read = () => send(requests.conversation(id), frontConversationSchema, 'a conversation')): Promise<void> {
		if (expected === undefined) return;
		const current = mapFrontSummary(await read()).version;
		if (current !== expected) throw new DeskError('conflict', `conversation ${id} changed in Front since you loaded it: reload and try again`, {provider: 'front'});
	}

	const queue = frontQueue({send, clock, teammateId, tagId});

	return {
		kind: 'front',
		label: `Front ${new URL(settings.baseUrl).host}`,
		capabilities: frontCapabilities,
		whoami,
		listQueue: queue.listQueue,
		changesSince: queue.changesSince,
		getConversation,
		listAgents: async () => (await loadDirectory()).agents,
		listTeams: async () => (await loadDirectory()).teams,
		async reply(id, input) {
			await checkVersion(id, input.expectedVersion);
			const accepted = await send(requests.reply(id, await teammateId(), input.body), frontAcceptedSchema, 'the accepted reply');
			try {
				return await confirm(id, accepted.message_uid);
			} catch (error) {
				// Front has the reply from here on: a busy or rate-limited confirm must not read as "not sent" (a resend doubles it).
				if (!isDeskError(error) || !error.retryable) throw error;
				throw new DeskError('unavailable', `Front accepted the reply but confirming it failed (message uid ${accepted.message_uid}): ${error.message}`, {provider: 'front', retryable: false});
			}
		},
		async addNote(id, input) {
			// Read before the comment is posted: a read failing after it would look like "not added" and the note be sent twice.
			const conversation = await send(requests.conversation(id), frontConversationSchema, 'a conversation');
			await checkVersion(id, input.expectedVersion, async () => conversation);
			const {channel} = mapFrontSummary(conversation);
			const comment = await send(requests.comment(id, await teammateId(), input.body), frontCommentSchema, 'the new comment');
			return mapFrontComment(comment, id, channel);
		},
		async assign(id, input) {
			if (input.teamId !== undefined) throw new DeskError('unsupported', 'Front assigns conversations to teammates, not teams: move it to another inbox in Front', {provider: 'front'});
			await checkVersion(id, input.expectedVersion);
			if (input.agentId !== undefined) await http.request({...requests.assign(id, input.agentId), headers});
		},
		async setStatus(id, input) {
			if (input.status === 'pending') throw new DeskError('unsupported', 'Front has no pending state through the API: snooze the conversation instead', {provider: 'front'});
			await checkVersion(id, input.expectedVersion);
			if (input.status === 'snoozed') {
				const until = input.until;
				if (until === undefined) throw new DeskError('usage', 'Front snoozes until a time: give one (e.g. --until 4h)');
				// Front's snooze is an archived conversation with a reminder that reopens it.
				await http.request({...requests.remind(id, await teammateId(), Math.floor(until / 1000)), headers});
				await http.request({...requests.status(id, 'archived'), headers});
				return;
			}
			await http.request({...requests.status(id, input.status === 'closed' ? 'archived' : 'open'), headers});
		},
		async setPriority() {
			throw new DeskError('unsupported', 'Front conversations have no priority', {provider: 'front'});
		},
		async updateTags(id, input) {
			await checkVersion(id, input.expectedVersion);
			const add = await Promise.all(input.add.map(name => tags.ensure(name)));
			const remove = (await Promise.all(input.remove.map(tagId))).filter((each): each is string => each !== null);
			if (add.length > 0) await http.request({...requests.tag(id, add), headers});
			// A tag the company does not have cannot be on the conversation.
			if (remove.length > 0) await http.request({...requests.untag(id, remove), headers});
		},
		async listSavedReplies(): Promise<SavedReply[]> {
			const replies: SavedReply[] = [];
			// The template list documents no page parameters: later pages come from its next link as given.
			let request: HttpRequest | null = requests.templates();
			while (request !== null) {
				const page: {_results: FrontTemplate[]; _pagination?: {next?: string | null | undefined} | null | undefined} = await send(request, frontTemplateListSchema, 'the message templates');
				replies.push(...page._results.map(mapFrontTemplate));
				request = page._pagination?.next ? {method: 'GET', path: page._pagination.next} : null;
			}
			return replies;
		},
		async close() {
			options.onClose?.();
		},
	};
}

function teammateAgent(teammate: FrontTeammate): Agent {
	return {id: teammate.id, name: teammateName(teammate), email: teammate.email, teamIds: [], role: teammate.type && teammate.type !== 'user' ? 'bot' : teammate.is_admin ? 'lead' : 'agent'};
}
