// The outbox in the console: delivers what is due in the background (at start, on refresh, after writes) and
// keeps the undelivered items for the status bar and the conversation pane. It never blocks a key.
import {useEffect, useRef, useState} from 'react';
import type {Context} from '../../context.js';
import {toDeskError} from '../../domain/errors.js';
import type {Delivery} from '../../operations/outbox/deliver.js';
import {deliverDue, listOutbox} from '../../operations/outbox/outbox-actions.js';
import type {OutboxItem} from '../../operations/outbox/outbox-item.js';

export type OutboxReport = {delivered: Delivery[]; failed: Delivery[]; error: string | null};

export function useOutbox(context: Context, version: number, report: (result: OutboxReport) => void): OutboxItem[] {
	const [items, setItems] = useState<OutboxItem[]>([]);
	const onReport = useRef(report);
	onReport.current = report;
	const running = useRef<Promise<void> | null>(null);
	// Mounted, not "still the newest version": a round that a refresh or a write queued behind still reports what it delivered.
	const mounted = useRef(true);
	useEffect(() => {
		mounted.current = true;
		return () => {
			mounted.current = false;
		};
	}, []);
	useEffect(() => {
		const run = async () => {
			let error: string | null = null;
			let deliveries: Delivery[] = [];
			try {
				deliveries = await deliverDue(context);
			} catch (failure) {
				error = toDeskError(failure).message;
			}
			const delivered = deliveries.filter(each => each.item.state === 'delivered');
			const failed = deliveries.filter(each => each.item.state === 'failed');
			if (mounted.current && (delivered.length > 0 || failed.length > 0 || error !== null)) onReport.current({delivered, failed, error});
			const listing = await listOutbox(context).catch(() => null);
			if (mounted.current && listing) setItems(listing.items);
		};
		// One round at a time: a refresh during a slow delivery waits for it instead of racing it.
		running.current = (running.current ?? Promise.resolve()).then(run);
	}, [context, version]);
	return items;
}
