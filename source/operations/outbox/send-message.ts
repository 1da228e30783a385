// Every reply and note goes out through here: checked, written to the outbox (on disk, fsynced) before any
// request, then delivered; an outcome that is not certain stays queued and is reconciled before a resend.
import {randomBytes} from 'node:crypto';
import type {Context} from '../../context.js';
import {checkMessage} from '../conversation-actions.js';
import {deliverItem, type Delivery, type DeliveryOptions} from './deliver.js';
import {encodeFollowUp, type FollowUp} from './follow-up.js';
import {newOutboxItem, type OutboxKind} from './outbox-item.js';
import {withOutboxStore} from './outbox-store.js';

export type SendInput = {
	conversationId: string;
	kind: OutboxKind;
	body: string;
	/** Refuse if the conversation moved past this version (--if-unchanged). */
	expectedVersion?: string;
	/** A template reply's actions and uses, done once the reply is delivered. */
	followUp?: FollowUp;
};

/** delivered: the back end has it once; queued: not yet (the outbox keeps it); failed: certainly refused; changed: refused by --if-unchanged. */
export type SendStatus = 'delivered' | 'queued' | 'failed' | 'changed';

export type SendOutcome = Delivery & {
	status: SendStatus;
	/** The same message to the same conversation was already in the outbox: that item was delivered instead. */
	reused: boolean;
};

export type SendOptions = DeliveryOptions & {
	/** The caller still holds the text (the console's composer): a certain failure leaves no item behind. */
	forgetFailed?: boolean;
};

export function newOutboxId(): string {
	return `ob-${randomBytes(4).toString('hex')}`;
}

export async function sendMessage(context: Context, input: SendInput, options: SendOptions = {}): Promise<SendOutcome> {
	const {text, provider} = await checkMessage(context, input.kind, input.body);
	return withOutboxStore(context.paths.dataDir, async store => {
		const now = context.clock();
		store.prune(now);
		const {item, reused} = store.enqueue(
			newOutboxItem({
				id: newOutboxId(),
				profile: context.profile.name,
				conversationId: input.conversationId,
				kind: input.kind,
				body: text,
				now,
				expectedVersion: input.expectedVersion,
				...(input.followUp ? {followUp: encodeFollowUp(input.followUp)} : {}),
			}),
			now,
		);
		const delivery = await deliverItem(context, provider, store, item.id, {...options, due: false});
		const status = sendStatus(delivery);
		// A refusal the caller asked for is no delivery problem; a composer that keeps the draft needs no copy.
		if (status === 'changed' || (status === 'failed' && options.forgetFailed)) store.remove(item.id);
		return {...delivery, status, reused};
	});
}

export function sendStatus(delivery: Pick<Delivery, 'item' | 'error'>): SendStatus {
	if (delivery.item.state === 'delivered') return 'delivered';
	if (delivery.item.state === 'failed') return delivery.error?.code === 'conflict' ? 'changed' : 'failed';
	return 'queued';
}
