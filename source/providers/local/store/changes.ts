// The change log behind incremental refresh, and the wake-up of snoozed conversations.
import {recordEvent} from './activity-events.js';
import {DeskError, isDeskError} from '../../../domain/errors.js';
import type {Changes} from '../../provider.js';
import type {LocalStore} from './local-store.js';
import {summariesByIds} from './reads.js';
import {integer, optionalText} from './row-values.js';
import {inTransaction} from './transaction.js';

/** Call inside the write's transaction: the change and its log entry land together. */
export function recordChange(store: LocalStore, conversationId: number, now: number): void {
	store.statement('INSERT INTO changes (conversation_id, changed_at) VALUES (:id, :now)').run({id: conversationId, now});
}

/** A desk that holds an id was seeded (or built by demo reset); a new, empty file has none. */
export function hasDeskId(store: LocalStore): boolean {
	return store.statement("SELECT 1 FROM meta WHERE key = 'desk_id'").get() !== undefined;
}

/** Each desk gets an id when created, so a cursor from a desk that was reset is recognised. */
export function deskId(store: LocalStore): string {
	const row = store.statement("SELECT value FROM meta WHERE key = 'desk_id'").get();
	const existing = row ? optionalText(row, 'value') : null;
	if (existing) return existing;
	// node:crypto loads only here: a desk gets its id once, and every other open would pay for the module.
	const created = process.getBuiltinModule('node:crypto').randomUUID();
	store.statement("INSERT OR IGNORE INTO meta (key, value) VALUES ('desk_id', :id)").run({id: created});
	return deskId(store);
}

export function changesSince(store: LocalStore, cursor: string | null): Changes {
	const desk = deskId(store);
	const latest = integer(store.statement('SELECT coalesce(max(seq), 0) AS seq FROM changes').get() ?? {}, 'seq');
	if (cursor === null) return {changed: [], removed: [], cursor: `${desk}:${latest}`};
	const match = /^([\w-]+):(\d{1,15})$/.exec(cursor);
	if (!match) throw new DeskError('usage', 'invalid changes cursor (use the cursor of the previous changesSince call)');
	if (match[1] !== desk) {
		throw new DeskError('conflict', 'the local desk was reset since this cursor was made; reload the queue');
	}
	const since = Number(match[2]);
	const ids = store
		.statement('SELECT DISTINCT conversation_id FROM changes WHERE seq > :since AND seq <= :latest ORDER BY conversation_id')
		.all({since, latest})
		.map(row => integer(row, 'conversation_id'));
	return {changed: summariesByIds(store, ids), removed: [], cursor: `${desk}:${latest}`};
}

/**
 * Snoozed conversations whose wake time has come are open again, waiting since their wake time,
 * so they surface in the queue. Cheap when nothing is due (a partial index answers).
 */
export function wakeSnoozed(store: LocalStore): number {
	const now = store.clock();
	const due = store.statement("SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until <= :now").all({now});
	if (due.length === 0) return 0;
	try {
		return inTransaction(store.db, () => wake(store, now));
	} catch (error) {
		// A desk on a read-only disk, or busy with another writer, is still readable: wake them next time.
		if (isDeskError(error) && (error.code === 'forbidden' || error.code === 'unavailable')) return 0;
		throw error;
	}
}

function wake(store: LocalStore, now: number): number {
	const ids = store
		.statement(
			`UPDATE conversations SET status = 'open', waiting_since = coalesce(waiting_since, snoozed_until), snoozed_until = NULL,
				updated_at = :now, version = version + 1
			WHERE status = 'snoozed' AND snoozed_until <= :now RETURNING id`,
		)
		.all({now})
		.map(row => integer(row, 'id'));
	for (const id of ids) {
		recordChange(store, id, now);
		// Nobody reopened it: the desk did, at its wake time.
		recordEvent(store, {kind: 'status', conversationId: String(id), at: now, actorId: null, from: 'snoozed', to: 'open'});
	}
	return ids.length;
}
