// The outbox on disk: <dataDir>/outbox.db, SQLite with a full fsync at every commit, so an item is durable
// before its request goes out. Every change is one IMMEDIATE transaction: processes sharing the file take turns.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import type {DatabaseSync, SQLInputValue} from 'node:sqlite';
import {DeskError} from '../../domain/errors.js';
import {isSameMessage, outboxStates, type OutboxItem, type OutboxState} from './outbox-item.js';
import {requeue} from './outbox-machine.js';

const schema = `
CREATE TABLE IF NOT EXISTS items (
	id TEXT PRIMARY KEY,
	profile TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('reply', 'note')),
	body TEXT NOT NULL,
	state TEXT NOT NULL,
	queued_at INTEGER NOT NULL,
	attempts INTEGER NOT NULL,
	check_first INTEGER NOT NULL,
	next_attempt_at INTEGER NOT NULL,
	last_error TEXT,
	lease_owner TEXT,
	lease_until INTEGER,
	message_id TEXT,
	delivered_at INTEGER,
	expected_version TEXT,
	follow_up TEXT
);
CREATE INDEX IF NOT EXISTS items_by_conversation ON items (profile, conversation_id, state);
CREATE INDEX IF NOT EXISTS items_by_state ON items (profile, state, next_attempt_at);
`;

/** Delivered items are kept this long: their message ids keep a later identical reply from being taken for them. */
export const keepDeliveredMs = 30 * 24 * 3_600_000;

export type OutboxStore = ReturnType<typeof openOutboxStore>;

export function outboxPath(dataDir: string): string {
	return join(dataDir, 'outbox.db');
}

export function openOutboxStore(dataDir: string) {
	const path = outboxPath(dataDir);
	let db: DatabaseSync;
	try {
		mkdirSync(dataDir, {recursive: true, mode: 0o700});
		const sqlite = process.getBuiltinModule('node:sqlite');
		db = new sqlite.DatabaseSync(path, {timeout: 5000});
		db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
		db.exec(schema);
	} catch (error) {
		throw new DeskError('unavailable', `cannot open the outbox at ${path}: ${(error as Error).message}`, {cause: error, retryable: false});
	}

	function transaction<T>(work: () => T): T {
		db.exec('BEGIN IMMEDIATE');
		try {
			const result = work();
			db.exec('COMMIT');
			return result;
		} catch (error) {
			if (db.isTransaction) db.exec('ROLLBACK');
			throw error;
		}
	}

	const get = (id: string): OutboxItem | null => {
		const row = db.prepare('SELECT * FROM items WHERE id = ?').get(id);
		return row ? toItem(row) : null;
	};

	function write(item: OutboxItem): void {
		db.prepare(
			`INSERT OR REPLACE INTO items VALUES (:id, :profile, :conversationId, :kind, :body, :state, :queuedAt, :attempts, :checkFirst,
			:nextAttemptAt, :lastError, :leaseOwner, :leaseUntil, :messageId, :deliveredAt, :expectedVersion, :followUp)`,
		).run(toRow(item));
	}

	return {
		path,
		get,
		/**
		 * Adds the item, unless the same message to the same conversation is still undelivered: that one is
		 * returned instead (a failed one queued again), so a script re-running the same reply sends it once.
		 */
		enqueue(item: OutboxItem, now: number): {item: OutboxItem; reused: boolean} {
			return transaction(() => {
				const candidates = db
					.prepare("SELECT * FROM items WHERE profile = ? AND conversation_id = ? AND kind = ? AND state != 'delivered' ORDER BY queued_at")
					.all(item.profile, item.conversationId, item.kind)
					.map(toItem);
				const same = candidates.find(candidate => isSameMessage(candidate, item));
				if (same) {
					const again = requeue(same, now);
					if (again !== same) write(again);
					return {item: again, reused: true};
				}
				write(item);
				return {item, reused: false};
			});
		},
		/** Reads, changes (with a pure transition) and writes one item atomically; null from `change` leaves it. */
		change(id: string, change: (item: OutboxItem) => OutboxItem | null): OutboxItem | null {
			return transaction(() => {
				const current = get(id);
				if (!current) return null;
				const next = change(current);
				if (next === null) return null;
				write(next);
				return next;
			});
		},
		remove(id: string): boolean {
			return Number(db.prepare('DELETE FROM items WHERE id = ?').run(id).changes) > 0;
		},
		/** Items of a profile (every profile when undefined) in these states, oldest first. */
		list(profile: string | undefined, states: readonly OutboxState[] = outboxStates.filter(state => state !== 'delivered')): OutboxItem[] {
			const marks = states.map(() => '?').join(', ');
			const rows =
				profile === undefined
					? db.prepare(`SELECT * FROM items WHERE state IN (${marks}) ORDER BY queued_at, id`).all(...states)
					: db.prepare(`SELECT * FROM items WHERE profile = ? AND state IN (${marks}) ORDER BY queued_at, id`).all(profile, ...states);
			return rows.map(toItem);
		},
		/** Message ids already counted as delivered in this conversation. */
		claimedMessageIds(profile: string, conversationId: string): Set<string> {
			const rows = db.prepare("SELECT message_id FROM items WHERE profile = ? AND conversation_id = ? AND state = 'delivered' AND message_id IS NOT NULL").all(profile, conversationId);
			return new Set(rows.map(row => String(row['message_id'])));
		},
		prune(now: number): void {
			db.prepare("DELETE FROM items WHERE state = 'delivered' AND delivered_at < ?").run(now - keepDeliveredMs);
		},
		close(): void {
			if (db.isOpen) db.close();
		},
	};
}

/** Opens the outbox for the work and closes it after, also when the work throws. */
export async function withOutboxStore<T>(dataDir: string, work: (store: OutboxStore) => Promise<T> | T): Promise<T> {
	const store = openOutboxStore(dataDir);
	try {
		return await work(store);
	} finally {
		store.close();
	}
}

function toRow(item: OutboxItem): Record<string, SQLInputValue> {
	return {...item, checkFirst: item.checkFirst ? 1 : 0};
}

function toItem(row: Record<string, SQLInputValue>): OutboxItem {
	const text = (name: string) => String(row[name]);
	const optional = (name: string) => (row[name] === null || row[name] === undefined ? null : String(row[name]));
	const number = (name: string) => Number(row[name]);
	const optionalNumber = (name: string) => (row[name] === null || row[name] === undefined ? null : Number(row[name]));
	const state = text('state') as OutboxState;
	if (!outboxStates.includes(state)) throw new DeskError('invalid_response', `the outbox holds an item in an unknown state "${state}"`);
	return {
		id: text('id'),
		profile: text('profile'),
		conversationId: text('conversation_id'),
		kind: text('kind') === 'note' ? 'note' : 'reply',
		body: text('body'),
		state,
		queuedAt: number('queued_at'),
		attempts: number('attempts'),
		checkFirst: number('check_first') === 1,
		nextAttemptAt: number('next_attempt_at'),
		lastError: optional('last_error'),
		leaseOwner: optional('lease_owner'),
		leaseUntil: optionalNumber('lease_until'),
		messageId: optional('message_id'),
		deliveredAt: optionalNumber('delivered_at'),
		expectedVersion: optional('expected_version'),
		followUp: optional('follow_up'),
	};
}
