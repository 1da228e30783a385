// Delivers one outbox item: read back first when an earlier attempt may have landed, then send, and retry
// with the shared backoff while the outcome is not certain. Each step is settled on disk before the next.
import type {Context} from '../../context.js';
import type {Agent, Message} from '../../domain/conversation.js';
import {DeskError, toDeskError} from '../../domain/errors.js';
import {defaultBackoff, type Backoff} from '../../providers/http/retry-policy.js';
import type {HelpdeskProvider} from '../../providers/provider.js';
import {findDelivered} from './find-delivered.js';
import {runFollowUp, type FollowUpResult} from './follow-up.js';
import {ownerAlive, thisOwner} from './lease-owner.js';
import type {OutboxItem} from './outbox-item.js';
import {claim, claimable, classifyFailure, retryWait, settle, startSend, type AttemptOutcome, type OwnerAlive} from './outbox-machine.js';
import type {OutboxStore} from './outbox-store.js';

export type DeliveryOptions = {
	/** Attempts in this run (sends and read-backs) before the item is left queued for later; default 4. */
	maxAttempts?: number;
	/** False: try now even if its backoff has not run out (the agent asked for it). */
	due?: boolean;
	backoff?: Backoff;
	random?: () => number;
	/** How long an attempt may hold the item before another process may take it; default 5 minutes. */
	leaseMs?: number;
	alive?: OwnerAlive;
	owner?: string;
};

export type Delivery = {
	item: OutboxItem;
	/** The message as the back end holds it, when delivered in this run. */
	message: Message | null;
	/** Why the last attempt of this run did not deliver it. */
	error: DeskError | null;
	/** The template actions and uses that went with it, when delivered in this run. */
	followUp: FollowUpResult | null;
};

const defaultLeaseMs = 5 * 60_000;

export async function deliverItem(context: Context, provider: HelpdeskProvider, store: OutboxStore, id: string, options: DeliveryOptions = {}): Promise<Delivery> {
	const maxAttempts = options.maxAttempts ?? 4;
	const backoff = options.backoff ?? defaultBackoff;
	const random = options.random ?? Math.random;
	const alive = options.alive ?? ownerAlive;
	const owner = options.owner ?? thisOwner();
	let lastError: DeskError | null = null;

	const finish = async (item: OutboxItem, message: Message | null, followUp: string | null): Promise<Delivery> => ({
		item,
		message,
		error: null,
		followUp: followUp === null ? null : await runFollowUp(context, item.conversationId, followUp),
	});

	for (let round = 0; round < maxAttempts; round++) {
		let check = false;
		const due = round === 0 ? (options.due ?? true) : false;
		const taken = store.change(id, item => {
			if (!claimable(item, context.clock(), alive, due)) return null;
			const claimed = claim(item, context.clock(), owner, options.leaseMs ?? defaultLeaseMs);
			check = claimed.check;
			return claimed.item;
		});
		if (!taken) return {item: current(), message: null, error: lastError, followUp: null};

		const outcome = await attempt(provider, store, taken, check);
		const followUp = outcome.type === 'delivered' ? taken.followUp : null;
		const applyOutcome = (item: OutboxItem) => ({...settle(item, outcome.result, context.clock()), ...(outcome.type === 'delivered' ? {followUp: null} : {})});
		// Dropped meanwhile by another deskterm: what happened still stands, reported from memory.
		const settled = store.change(id, applyOutcome) ?? applyOutcome(taken);
		if (outcome.type === 'delivered') return finish(settled, outcome.message, followUp);
		lastError = outcome.error;
		if (outcome.result.type === 'failed' || round === maxAttempts - 1) break;
		await context.sleep(waitOf(outcome.result));
	}
	return {item: current(), message: null, error: lastError, followUp: null};

	function current(): OutboxItem {
		const item = store.get(id);
		if (!item) throw new DeskError('not_found', `no outbox item ${id} (deskterm outbox lists them)`);
		return item;
	}

	function waitOf(result: AttemptOutcome): number {
		return result.type === 'not-applied' || result.type === 'unknown' ? result.waitMs : 0;
	}

	type Attempted = {type: 'delivered'; result: AttemptOutcome; message: Message} | {type: 'not-delivered'; result: AttemptOutcome; error: DeskError};

	async function attempt(provider: HelpdeskProvider, store: OutboxStore, item: OutboxItem, check: boolean): Promise<Attempted> {
		const retry = (error: DeskError, type: 'not-applied' | 'unknown'): Attempted => ({
			type: 'not-delivered',
			error,
			result: {type, error: error.message, waitMs: retryWait(error, item.attempts + 1, backoff, random)},
		});
		let me: Agent;
		try {
			// Before the write: an adapter that looks itself up after writing must not fail there.
			me = await provider.whoami();
		} catch (error) {
			return retry(toDeskError(error), check ? 'unknown' : 'not-applied');
		}
		if (check) {
			try {
				const conversation = await provider.getConversation(item.conversationId);
				const found = findDelivered(conversation, item, me.id, store.claimedMessageIds(item.profile, item.conversationId));
				if (found) return {type: 'delivered', message: found, result: {type: 'delivered', messageId: found.id}};
			} catch (error) {
				const failure = toDeskError(error);
				// A conversation that is gone will never take the message: that is certain.
				if (failure.code === 'not_found') return {type: 'not-delivered', error: failure, result: {type: 'failed', error: failure.message}};
				return retry(failure, 'unknown');
			}
		}
		store.change(item.id, startSend);
		try {
			const input = {body: item.body, idempotencyKey: item.id, ...(item.expectedVersion === null ? {} : {expectedVersion: item.expectedVersion})};
			const message = item.kind === 'reply' ? await provider.reply(item.conversationId, input) : await provider.addNote(item.conversationId, input);
			return {type: 'delivered', message, result: {type: 'delivered', messageId: message.id}};
		} catch (error) {
			const failure = toDeskError(error);
			const kind = classifyFailure(failure);
			if (kind === 'conflict' || kind === 'failed') return {type: 'not-delivered', error: failure, result: {type: 'failed', error: failure.message}};
			return retry(failure, kind);
		}
	}
}
