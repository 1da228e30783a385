// Writing to RT: correspond, comment, owner/queue, status, priority, tags. RT says 200 even when it
// refuses, so every answer's messages are checked; versions guard against someone else's change.
import type {Message, Priority} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {AssignInput, ReplyInput, StatusInput, TagsInput, WriteOptions} from '../provider.js';
import {priorityToRt, type PriorityScale} from './map-priority.js';
import {statusToRt} from './map-status.js';
import {tagsFromTicket} from './map-ticket.js';
import {nobody} from './map-user.js';
import type {RtApi} from './rt-api.js';
import type {RtDirectory} from './rt-directory.js';
import {ticketPath} from './rt-reads.js';
import {rtTicketSchema} from './rt-schemas.js';
import {checkRtMessages} from './refusals.js';

export type RtWriteOptions = {tagsField?: string; priorities?: PriorityScale};

export function createRtWrites(api: RtApi, directory: RtDirectory, options: RtWriteOptions, clock: () => number) {
	/**
	 * The ETag to send as If-Match, after checking the caller's expected version. A version from
	 * getConversation is RT's ETag (sent as it is); one from a queue row is "updated:<LastUpdated>".
	 */
	async function guard(id: string, expected: string | undefined): Promise<string | undefined> {
		if (expected === undefined || expected === '') return undefined;
		if (isEtag(expected)) return expected;
		return (await current(id, expected)).etag;
	}

	/** Fetches the ticket and refuses with 'conflict' when it moved past the expected version. */
	async function current(id: string, expected: string) {
		if (!isEtag(expected) && !expected.startsWith('updated:')) {
			throw new DeskError('usage', `"${expected}" is not a version of a Request Tracker ticket`);
		}
		const fetched = await api.get(ticketPath(id), rtTicketSchema);
		const now = isEtag(expected) ? fetched.etag : `updated:${fetched.data.LastUpdated ?? ''}`;
		if (now !== expected) throw conflict(id);
		return fetched;
	}

	/** RT refuses every If-Match on correspond and comment, so the version is compared just before. */
	async function guardPost(id: string, expected: string | undefined): Promise<void> {
		if (expected !== undefined && expected !== '') await current(id, expected);
	}

	async function post(id: string, kind: 'correspond' | 'comment', input: ReplyInput): Promise<Message> {
		const body = input.body.trim();
		if (body === '') throw new DeskError('usage', kind === 'correspond' ? 'the reply is empty' : 'the note is empty');
		await guardPost(id, input.expectedVersion);
		const me = await directory.whoami();
		const result = await api.send('POST', `${ticketPath(id)}/${kind}`, {Content: input.body, ContentType: 'text/plain'});
		checkRtMessages(result.messages, kind === 'correspond' ? `add the reply to ticket ${id}` : `add the note to ticket ${id}`);
		const transaction = /\/transaction\/(\d+)$/.exec(result.location ?? '')?.[1];
		return {
			id: transaction ?? `${id}-${clock()}`,
			conversationId: id,
			kind: kind === 'correspond' ? 'agent' : 'note',
			authorId: me.id,
			authorName: me.name,
			body: input.body,
			createdAt: clock(),
			channel: 'email',
		};
	}

	async function put(id: string, changes: Record<string, unknown>, action: string, expected: string | undefined): Promise<void> {
		const ifMatch = await guard(id, expected);
		const result = await api.send('PUT', ticketPath(id), changes, ifMatch === undefined ? {} : {ifMatch});
		checkRtMessages(result.messages, `${action} on ticket ${id}`);
	}

	return {
		reply: (id: string, input: ReplyInput) => post(id, 'correspond', input),
		addNote: (id: string, input: ReplyInput) => post(id, 'comment', input),
		async assign(id: string, input: AssignInput): Promise<void> {
			if (input.teamId === null) throw new DeskError('unsupported', 'every Request Tracker ticket is in a queue: move it to another team instead', {provider: 'rt'});
			const changes: Record<string, unknown> = {};
			if (input.agentId !== undefined) changes['Owner'] = input.agentId ?? nobody;
			if (input.teamId !== undefined) changes['Queue'] = input.teamId;
			if (Object.keys(changes).length === 0) return;
			await put(id, changes, 'assign', input.expectedVersion);
		},
		async setStatus(id: string, input: StatusInput): Promise<void> {
			await put(id, {Status: statusToRt(input.status)}, `set the status to ${input.status}`, input.expectedVersion);
		},
		async setPriority(id: string, priority: Priority, write: WriteOptions = {}): Promise<void> {
			await put(id, {Priority: priorityToRt(priority, options.priorities)}, `set the priority to ${priority}`, write.expectedVersion);
		},
		async updateTags(id: string, input: TagsInput): Promise<void> {
			const field = options.tagsField;
			if (!field) throw new DeskError('unsupported', 'Request Tracker has no tags: name a multi-value custom field as the profile\'s tags-field', {provider: 'rt'});
			const ifMatch = await guard(id, input.expectedVersion);
			const {data, etag} = await api.get(ticketPath(id), rtTicketSchema);
			if (ifMatch !== undefined && etag !== ifMatch) throw conflict(id);
			const remove = new Set(input.remove.map(tag => tag.toLowerCase()));
			const current = tagsFromTicket(data, field).filter(tag => !remove.has(tag.toLowerCase()));
			const next = [...new Set([...current, ...input.add])];
			const result = await api.send('PUT', ticketPath(id), {CustomFields: {[field]: next}}, etag === undefined ? {} : {ifMatch: etag});
			checkRtMessages(result.messages, `change the tags of ticket ${id}`);
		},
	};
}

function isEtag(version: string): boolean {
	return /^\d+$/.test(version);
}

function conflict(id: string): DeskError {
	return new DeskError('conflict', `ticket ${id} changed in Request Tracker since you loaded it: reload it and try again`, {provider: 'rt'});
}
