// An agent's writes: each one transaction that checks the version, changes the row, bumps it and logs it.
import type {Agent, Channel, Message, MessageKind, Priority} from '../../../domain/conversation.js';
import {channels, conversationStatuses, isPriority, isStatus} from '../../../domain/conversation.js';
import {DeskError} from '../../../domain/errors.js';
import type {AssignInput, ReplyInput, StatusInput, TagsInput, WriteOptions} from '../../provider.js';
import {recordEvent} from './activity-events.js';
import {recordChange} from './changes.js';
import type {LocalStore} from './local-store.js';
import {mapMessage} from './map-rows.js';
import {conversationKey, notFound} from './reads.js';
import {integer, oneOf, optionalInteger, optionalText, type Row} from './row-values.js';
import {inTransaction} from './transaction.js';
import {normaliseTags} from './tags.js';

/** Runs one write on conversation `id` after checking it exists and, if asked, its version. */
export function writeConversation<T>(
	store: LocalStore,
	id: string,
	options: WriteOptions,
	change: (row: Row, key: number, now: number) => T,
): T {
	const key = conversationKey(id);
	return inTransaction(store.db, () => {
		const row = store.statement('SELECT * FROM conversations WHERE id = :key').get({key});
		if (!row) throw notFound(id);
		const version = String(integer(row, 'version'));
		if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
			throw new DeskError(
				'conflict',
				`conversation ${key} was changed by someone else (now version ${version}, you had ${options.expectedVersion}); reload it and try again`,
			);
		}
		const now = store.clock();
		const result = change(row, key, now);
		store.statement('UPDATE conversations SET updated_at = :now, version = version + 1 WHERE id = :key').run({now, key});
		recordChange(store, key, now);
		return result;
	});
}

export function insertMessage(
	store: LocalStore,
	message: {conversationId: number; kind: MessageKind; authorId: string | null; authorName: string; body: string; createdAt: number; channel: Channel},
): Message {
	const row = store
		.statement(
			`INSERT INTO messages (conversation_id, kind, author_id, author_name, body, created_at, channel)
			VALUES (:conversationId, :kind, :authorId, :authorName, :body, :createdAt, :channel) RETURNING *`,
		)
		.get(message);
	store.statement('UPDATE conversations SET message_count = message_count + 1 WHERE id = :id').run({id: message.conversationId});
	return mapMessage(row ?? {});
}

function requireBody(input: ReplyInput, what: string): string {
	if (typeof input.body !== 'string' || input.body.trim() === '') throw new DeskError('usage', `${what} is empty`);
	return input.body.replace(/\s+$/, '');
}

/** Replies go out on the channel the customer last wrote from. */
function replyChannel(store: LocalStore, key: number, row: Row): Channel {
	const last = store
		.statement("SELECT channel FROM messages WHERE conversation_id = :key AND kind = 'customer' ORDER BY created_at DESC, id DESC LIMIT 1")
		.get({key});
	return last ? oneOf(last, 'channel', channels) : oneOf(row, 'channel', channels);
}

export function reply(store: LocalStore, id: string, input: ReplyInput, me: Agent): Message {
	const body = requireBody(input, 'the reply');
	return writeConversation(store, id, input, (row, key, now) => {
		const message = insertMessage(store, {
			conversationId: key,
			kind: me.role === 'bot' ? 'bot' : 'agent',
			authorId: me.id,
			authorName: me.name,
			body,
			createdAt: now,
			channel: replyChannel(store, key, row),
		});
		store
			.statement('UPDATE conversations SET first_response_at = coalesce(first_response_at, :now), waiting_since = NULL WHERE id = :key')
			.run({now, key});
		return message;
	});
}

export function addNote(store: LocalStore, id: string, input: ReplyInput, me: Agent): Message {
	const body = requireBody(input, 'the note');
	return writeConversation(store, id, input, (row, key, now) =>
		insertMessage(store, {conversationId: key, kind: 'note', authorId: me.id, authorName: me.name, body, createdAt: now, channel: oneOf(row, 'channel', channels)}),
	);
}

export function assign(store: LocalStore, id: string, input: AssignInput, me: Agent): void {
	if (input.agentId === undefined && input.teamId === undefined) throw new DeskError('usage', 'assign needs an agent or a team');
	const agentId = input.agentId === 'me' ? me.id : input.agentId;
	if (typeof agentId === 'string' && !store.statement('SELECT 1 FROM agents WHERE id = :id').get({id: agentId})) {
		throw new DeskError('not_found', `agent "${agentId}" not found (see deskterm agents)`);
	}
	if (typeof input.teamId === 'string' && !store.statement('SELECT 1 FROM teams WHERE id = :id').get({id: input.teamId})) {
		throw new DeskError('not_found', `team "${input.teamId}" not found (see deskterm agents)`);
	}
	writeConversation(store, id, input, (row, key, now) => {
		const before = optionalText(row, 'assignee_id');
		const after = agentId === undefined ? before : agentId;
		store
			.statement('UPDATE conversations SET assignee_id = :agent, team_id = :team WHERE id = :key')
			.run({key, agent: after, team: input.teamId === undefined ? optionalText(row, 'team_id') : input.teamId});
		if (after !== before) recordEvent(store, {kind: 'handover', conversationId: String(key), at: now, fromId: before, toId: after});
	});
}

/** `me` is who made the change, recorded with it (null for the desk itself, e.g. a snooze waking). */
export function setStatus(store: LocalStore, id: string, input: StatusInput, me: Agent | null = null): void {
	if (!isStatus(input.status)) throw new DeskError('usage', `unknown status "${String(input.status)}" (open, pending, snoozed or closed)`);
	const now = store.clock();
	if (input.status === 'snoozed' && (typeof input.until !== 'number' || !Number.isFinite(input.until) || input.until <= now)) {
		throw new DeskError('usage', 'snoozing needs a wake time in the future');
	}
	if (input.status !== 'snoozed' && input.until !== undefined) throw new DeskError('usage', 'a wake time goes with snoozed only');
	writeConversation(store, id, input, (row, key, at) => {
		const closedAt = input.status === 'closed' ? (optionalInteger(row, 'closed_at') ?? at) : null;
		const waiting = input.status === 'closed' ? null : optionalInteger(row, 'waiting_since');
		store
			.statement('UPDATE conversations SET status = :status, snoozed_until = :until, closed_at = :closedAt, waiting_since = :waiting WHERE id = :key')
			.run({key, status: input.status, until: input.status === 'snoozed' ? input.until! : null, closedAt, waiting});
		const from = oneOf(row, 'status', conversationStatuses);
		if (from !== input.status) recordEvent(store, {kind: 'status', conversationId: String(key), at, actorId: me?.id ?? null, from, to: input.status});
	});
}

export function setPriority(store: LocalStore, id: string, priority: Priority, options: WriteOptions = {}): void {
	if (!isPriority(priority)) throw new DeskError('usage', `unknown priority "${String(priority)}" (low, normal, high or urgent)`);
	writeConversation(store, id, options, (_row, key) => {
		store.statement('UPDATE conversations SET priority = :priority WHERE id = :key').run({key, priority});
	});
}

export function updateTags(store: LocalStore, id: string, input: TagsInput): void {
	const add = normaliseTags(input.add);
	const remove = normaliseTags(input.remove);
	writeConversation(store, id, input, (_row, key) => {
		for (const tag of add) store.statement('INSERT OR IGNORE INTO conversation_tags (conversation_id, tag) VALUES (:key, :tag)').run({key, tag});
		for (const tag of remove) store.statement('DELETE FROM conversation_tags WHERE conversation_id = :key AND tag = :tag').run({key, tag});
	});
}
