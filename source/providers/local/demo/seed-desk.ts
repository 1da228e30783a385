// Seeding: the demo desk on first open, and `demo reset` building a fresh desk beside the old one.
import {randomUUID} from 'node:crypto';
import {closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import type {DatabaseSync} from 'node:sqlite';
import {hasDeskId} from '../store/changes.js';
import {migrate, openDatabase} from '../store/database.js';
import type {LocalStore} from '../store/local-store.js';
import {storeError, inTransaction} from '../store/transaction.js';
import {generateDemoDesk, defaultSeed, type DemoDeskOptions} from './generate-desk.js';
import {insertDesk} from './insert-desk.js';

function markSeeded(db: DatabaseSync, options: DemoDeskOptions): void {
	const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
	meta.run('desk_id', randomUUID());
	meta.run('seed', options.seed ?? defaultSeed);
	meta.run('seeded_at', String(options.now));
}

/** Seeds the demo desk if this store has never held one; safe when two processes open it at once. */
export function seedIfEmpty(store: LocalStore): boolean {
	if (hasDeskId(store)) return false;
	return inTransaction(store.db, () => {
		if (hasDeskId(store)) return false;
		const options = {now: store.clock()};
		insertDesk(store.db, generateDemoDesk(options));
		markSeeded(store.db, options);
		store.db.exec('ANALYZE');
		return true;
	});
}

const seedEventsTable = 'temp.seed_events';

export type ResetOptions = DemoDeskOptions & {onProgress?: (done: number, total: number) => void};

export type ResetSummary = {conversations: number; notClosed: number; customers: number; messages: number; bytes: number};

/**
 * Replaces the desk at `path` with a freshly seeded one. The new desk is built in a scratch file and
 * renamed over the old one, so a crash midway leaves the old desk as it was.
 */
export function resetDesk(path: string, options: ResetOptions): ResetSummary {
	const scratch = `${path}.building-${process.pid}`;
	try {
		mkdirSync(dirname(path), {recursive: true});
		removeAbandonedScratchFiles(path);
		// Search indexes are built once at the end, faster than a trigger per row.
		const db = openDatabase(scratch, {scratch: true, upTo: 1});
		const desk = generateDemoDesk(options);
		let counts: Omit<ResetSummary, 'bytes'>;
		try {
			// The events table comes with schema 3: until then the seeded events wait in a temporary twin.
			db.exec(`CREATE TEMP TABLE ${seedEventsTable} (conversation_id INTEGER, kind TEXT, at INTEGER, actor_id TEXT, target_id TEXT,
				from_status TEXT, to_status TEXT, seconds INTEGER, template_id TEXT)`);
			insertDesk(db, desk, {commitEvery: 2000, onProgress: options.onProgress, eventsTable: seedEventsTable});
			migrate(db, scratch);
			db.exec(`INSERT INTO activity_events (conversation_id, kind, at, actor_id, target_id, from_status, to_status, seconds, template_id)
				SELECT conversation_id, kind, at, actor_id, target_id, from_status, to_status, seconds, template_id FROM ${seedEventsTable} ORDER BY rowid;
				DROP TABLE ${seedEventsTable}`);
			inTransaction(db, () => markSeeded(db, options));
			// Planner statistics: without them a status filter picks the wrong index at 100k rows.
			db.exec('ANALYZE');
			counts = countDesk(db);
			db.exec('PRAGMA journal_mode = WAL');
		} finally {
			db.close();
		}
		const handle = openSync(scratch, 'r');
		fsyncSync(handle);
		closeSync(handle);
		// A stale log must never be replayed into the new file.
		rmSync(`${path}-wal`, {force: true});
		rmSync(`${path}-shm`, {force: true});
		renameSync(scratch, path);
		syncDirectory(dirname(path));
		return {...counts, bytes: statSync(path).size};
	} catch (error) {
		rmSync(scratch, {force: true});
		throw storeError(error, `cannot reset the local desk at ${path}`);
	}
}

/** Scratch files of resets whose process died midway (crash, kill) are of no use to anyone. */
function removeAbandonedScratchFiles(path: string): void {
	const prefix = `${basename(path)}.building-`;
	for (const name of readdirSync(dirname(path), {withFileTypes: true})) {
		if (!name.isFile() || !name.name.startsWith(prefix)) continue;
		const pid = Number(name.name.slice(prefix.length));
		if (pid === process.pid || !isRunning(pid)) rmSync(join(dirname(path), name.name), {force: true});
	}
}

function isRunning(pid: number): boolean {
	if (!Number.isSafeInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function countDesk(db: DatabaseSync): Omit<ResetSummary, 'bytes'> {
	const count = (sql: string): number => Number(db.prepare(sql).get()?.['n'] ?? 0);
	return {
		conversations: count('SELECT count(*) AS n FROM conversations'),
		notClosed: count("SELECT count(*) AS n FROM conversations WHERE status != 'closed'"),
		customers: count('SELECT count(*) AS n FROM customers'),
		messages: count('SELECT count(*) AS n FROM messages'),
	};
}

function syncDirectory(directory: string): void {
	const handle = openSync(directory, 'r');
	try {
		fsyncSync(handle);
	} finally {
		closeSync(handle);
	}
}
