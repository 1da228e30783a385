// The customer's side of the local desk: a new conversation, or a new message in an existing one.
import {recordEvent} from './activity-events.js';
import {channels, conversationStatuses, isChannel, type Channel} from '../../../domain/conversation.js';
import {DeskError} from '../../../domain/errors.js';
import {recordChange} from './changes.js';
import type {LocalStore} from './local-store.js';
import {previewOf} from './map-rows.js';
import {integer, oneOf, text} from './row-values.js';
import {inTransaction} from './transaction.js';
import {insertMessage, writeConversation} from './writes.js';

export type IncomingInput = {
	customerName: string;
	/** Finds the customer; a new one is created when no customer has it. */
	email?: string;
	/** Needed for a new conversation. */
	subject?: string;
	body: string;
	/** Add to this conversation instead of starting one. */
	conversationId?: string;
	channel?: Channel;
};

export type IncomingResult = {conversationId: string; messageId: string; created: boolean};

export function receiveIncoming(store: LocalStore, input: IncomingInput): IncomingResult {
	const body = input.body?.replace(/\s+$/, '') ?? '';
	if (body.trim() === '') throw new DeskError('usage', 'the message is empty');
	if (input.channel !== undefined && !isChannel(input.channel)) {
		throw new DeskError('usage', `unknown channel "${String(input.channel)}" (email, chat, social or phone)`);
	}
	const email = input.email?.trim();
	if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new DeskError('usage', `not an email address: "${email}"`);
	return input.conversationId === undefined ? startConversation(store, input, body, email) : addToConversation(store, input, body, email);
}

function addToConversation(store: LocalStore, input: IncomingInput, body: string, email: string | undefined): IncomingResult {
	return writeConversation(store, input.conversationId!, {}, (row, key, now) => {
		const customer = store.statement('SELECT name, email FROM customers WHERE id = :id').get({id: integer(row, 'customer_id')}) ?? {};
		if (email !== undefined && email.toLowerCase() !== text(customer, 'email').toLowerCase()) {
			throw new DeskError('usage', `conversation ${key} belongs to ${text(customer, 'email')}, not ${email}`);
		}
		const message = insertMessage(store, {
			conversationId: key,
			kind: 'customer',
			authorId: String(integer(row, 'customer_id')),
			authorName: text(customer, 'name'),
			body,
			createdAt: now,
			channel: input.channel ?? oneOf(row, 'channel', channels),
		});
		// The customer wrote again: whatever state it was in, it needs us now.
		store
			.statement(
				`UPDATE conversations SET status = 'open', closed_at = NULL, snoozed_until = NULL,
					waiting_since = coalesce(waiting_since, :now), preview = :preview WHERE id = :key`,
			)
			.run({key, now, preview: previewOf(body)});
		const was = oneOf(row, 'status', conversationStatuses);
		// The customer reopened it (no agent did): a reopen when it was closed.
		if (was !== 'open') recordEvent(store, {kind: 'status', conversationId: String(key), at: now, actorId: null, from: was, to: 'open'});
		return {conversationId: String(key), messageId: message.id, created: false};
	});
}

function startConversation(store: LocalStore, input: IncomingInput, body: string, email: string | undefined): IncomingResult {
	const name = input.customerName?.trim() ?? '';
	if (name === '') throw new DeskError('usage', 'the customer needs a name');
	const subject = input.subject?.trim() ?? '';
	if (subject === '') throw new DeskError('usage', 'a new conversation needs a subject');
	const channel = input.channel ?? 'email';
	return inTransaction(store.db, () => {
		const now = store.clock();
		const customerId = findOrCreateCustomer(store, name, email, now);
		const created = store
			.statement(
				`INSERT INTO conversations (subject, customer_id, channel, status, priority, created_at, updated_at, waiting_since, preview)
				VALUES (:subject, :customerId, :channel, 'open', 'normal', :now, :now, :now, :preview) RETURNING id`,
			)
			.get({subject, customerId, channel, now, preview: previewOf(body)});
		const key = integer(created ?? {}, 'id');
		const message = insertMessage(store, {conversationId: key, kind: 'customer', authorId: String(customerId), authorName: name, body, createdAt: now, channel});
		recordChange(store, key, now);
		return {conversationId: String(key), messageId: message.id, created: true};
	});
}

function findOrCreateCustomer(store: LocalStore, name: string, email: string | undefined, now: number): number {
	const found = email
		? store.statement('SELECT id FROM customers WHERE email = :email').get({email})
		: store.statement('SELECT id FROM customers WHERE name = :name COLLATE NOCASE ORDER BY id LIMIT 1').get({name});
	if (found) return integer(found, 'id');
	const address = email ?? uniqueAddress(store, name);
	const row = store
		.statement('INSERT INTO customers (name, email, customer_since) VALUES (:name, :address, :now) RETURNING id')
		.get({name, address, now});
	return integer(row ?? {}, 'id');
}

/** A customer who gave no email still needs a unique one: their name at the example domain. */
function uniqueAddress(store: LocalStore, name: string): string {
	const local = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '') || 'customer';
	for (let suffix = 1; ; suffix++) {
		const address = `${local}${suffix === 1 ? '' : suffix}@customers.example.com`;
		if (!store.statement('SELECT 1 FROM customers WHERE email = :address').get({address})) return address;
	}
}
