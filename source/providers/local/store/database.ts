// Opens the desk file with the settings that make it crash-safe, and runs pending migrations.
import {mkdirSync} from 'node:fs';
import {dirname} from 'node:path';
import type {DatabaseSync} from 'node:sqlite';
import {DeskError} from '../../../domain/errors.js';
import {migrations, schemaVersion, type Migration} from './schema.js';
import {inTransaction, storeError} from './transaction.js';

export type OpenDatabaseOptions = {
	/** Apply migrations only up to this version (tests of the upgrade path). */
	upTo?: number;
	/** For building a fresh desk in a scratch file: no journal, no fsync; the file is discarded on failure. */
	scratch?: boolean;
};

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): DatabaseSync {
	let db: DatabaseSync;
	try {
		mkdirSync(dirname(path), {recursive: true});
		// Loaded here, not imported: a command that never opens a desk does not load SQLite (or see its warning on Node 22).
		const sqlite = process.getBuiltinModule('node:sqlite');
		// Another deskterm writing waits its turn instead of failing at once.
		db = new sqlite.DatabaseSync(path, {timeout: 5000, enableForeignKeyConstraints: true});
	} catch (error) {
		throw storeError(error, `cannot open the local desk at ${path}`);
	}
	try {
		if (options.scratch) db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;');
		else db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
		migrate(db, path, options.upTo ?? schemaVersion);
		return db;
	} catch (error) {
		db.close();
		throw storeError(error, `cannot open the local desk at ${path}`);
	}
}

export function userVersion(db: DatabaseSync): number {
	const value = db.prepare('PRAGMA user_version').get()?.['user_version'];
	return typeof value === 'number' ? value : 0;
}

export function migrate(db: DatabaseSync, path: string, target: number = schemaVersion): void {
	const current = userVersion(db);
	if (current > schemaVersion) {
		throw new DeskError(
			'unsupported',
			`the local desk at ${path} was written by a newer deskterm (schema ${current}, this one knows ${schemaVersion}); upgrade deskterm`,
		);
	}
	const pending: Migration[] = migrations.filter(step => step.version > current && step.version <= target);
	for (const step of pending) {
		inTransaction(db, () => {
			// Re-read inside the write lock: another process may have migrated meanwhile.
			if (userVersion(db) >= step.version) return;
			step.apply(db);
			db.exec(`PRAGMA user_version = ${step.version}`);
		});
	}
}
