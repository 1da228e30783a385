// What `deskterm outbox` and the console do with the outbox: list it, retry, drop, deliver in the background.
import type {Context} from '../../context.js';
import {DeskError} from '../../domain/errors.js';
import {providerForWrite} from '../guard-write.js';
import {deliverItem, type Delivery, type DeliveryOptions} from './deliver.js';
import {ownerAlive} from './lease-owner.js';
import type {OutboxItem} from './outbox-item.js';
import {claimable, leaseHeld, requeue} from './outbox-machine.js';
import {withOutboxStore, type OutboxStore} from './outbox-store.js';

export type OutboxListing = {items: OutboxItem[]; otherProfiles: Record<string, number>};

/** The profile's undelivered items, oldest first, and how many other profiles hold. */
export async function listOutbox(context: Context): Promise<OutboxListing> {
	return withOutboxStore(context.paths.dataDir, store => {
		const all = store.list(undefined);
		const otherProfiles: Record<string, number> = {};
		for (const item of all) if (item.profile !== context.profile.name) otherProfiles[item.profile] = (otherProfiles[item.profile] ?? 0) + 1;
		return {items: all.filter(item => item.profile === context.profile.name), otherProfiles};
	});
}

/** An item of this profile by its id or a unique start of it (at least 4 characters after "ob-"). */
export function findOutboxItem(store: OutboxStore, profile: string, given: string): OutboxItem {
	const wanted = given.trim().toLowerCase();
	const exact = store.get(wanted);
	if (exact && exact.profile === profile) return exact;
	const prefix = wanted.startsWith('ob-') ? wanted : `ob-${wanted}`;
	const matches = prefix.length >= 7 ? store.list(profile).filter(item => item.id.startsWith(prefix)) : [];
	if (matches.length === 1) return matches[0]!;
	if (matches.length > 1) throw new DeskError('usage', `outbox id "${given}" is ambiguous: ${matches.map(item => item.id).join(', ')}`);
	if (exact) throw new DeskError('not_found', `outbox item ${exact.id} belongs to profile ${exact.profile}: run with --profile ${exact.profile}`);
	throw new DeskError('not_found', `no outbox item "${given}" on profile ${profile} (deskterm outbox lists them)`);
}

/** Tries the named items (or all of the profile's) now, failed ones included, each read back first if it may have landed. */
export async function retryOutbox(context: Context, target: {ids: readonly string[]} | 'all', options: DeliveryOptions = {}): Promise<Delivery[]> {
	return withOutboxStore(context.paths.dataDir, async store => {
		const items = target === 'all' ? store.list(context.profile.name) : target.ids.map(id => findOutboxItem(store, context.profile.name, id));
		if (items.length === 0) return [];
		const provider = await providerForWrite(context, 'send replies or notes', can => can.reply || can.note);
		const deliveries: Delivery[] = [];
		for (const item of items) {
			store.change(item.id, current => (current.state === 'failed' ? requeue(current, context.clock()) : null));
			deliveries.push(await deliverItem(context, provider, store, item.id, {...options, due: false}));
		}
		return deliveries;
	});
}

/** Removes an item for good; one being sent right now by a running deskterm is refused. */
export async function dropOutboxItem(context: Context, id: string): Promise<OutboxItem> {
	if (context.readOnly) throw new DeskError('read_only', 'read-only mode: cannot drop an outbox item (started with --read-only or a read-only profile)');
	return withOutboxStore(context.paths.dataDir, store => {
		const item = findOutboxItem(store, context.profile.name, id);
		if (leaseHeld(item, context.clock(), ownerAlive)) throw new DeskError('conflict', `outbox item ${item.id} is being sent right now: try again in a moment`);
		if (item.state === 'delivered') throw new DeskError('usage', `outbox item ${item.id} is already delivered`);
		store.remove(item.id);
		return item;
	});
}

/**
 * The console's background delivery (at start and on refresh): every item of the profile whose backoff
 * has run out gets one round. Read-only mode sends nothing.
 */
export async function deliverDue(context: Context, options: DeliveryOptions = {}): Promise<Delivery[]> {
	if (context.readOnly) return [];
	return withOutboxStore(context.paths.dataDir, async store => {
		const due = store.list(context.profile.name, ['queued', 'unknown', 'sending']).filter(item => claimable(item, context.clock(), ownerAlive));
		if (due.length === 0) return [];
		const provider = await providerForWrite(context, 'send replies or notes', can => can.reply || can.note);
		const deliveries: Delivery[] = [];
		for (const item of due) deliveries.push(await deliverItem(context, provider, store, item.id, {maxAttempts: 1, ...options}));
		return deliveries;
	});
}
