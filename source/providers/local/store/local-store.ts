// One open desk file: the connection, prepared statements kept for reuse, the clock and the search mode.
import type {DatabaseSync, StatementSync} from 'node:sqlite';
import {openDatabase, type OpenDatabaseOptions} from './database.js';
import type {SearchMode} from './queue-sql.js';
import {hasSearchIndex} from './schema.js';

export type LocalStore = {
	readonly db: DatabaseSync;
	readonly path: string;
	readonly clock: () => number;
	readonly search: SearchMode;
	statement(sql: string): StatementSync;
	close(): void;
};

export type LocalStoreOptions = OpenDatabaseOptions & {
	clock: () => number;
	/** Force LIKE matching even where FTS5 exists (tests of the fallback). */
	search?: SearchMode;
};

export function openLocalStore(path: string, options: LocalStoreOptions): LocalStore {
	const db = openDatabase(path, options);
	const statements = new Map<string, StatementSync>();
	const search: SearchMode = options.search ?? (hasSearchIndex(db) ? 'fts' : 'like');
	let open = true;
	return {
		db,
		path,
		clock: options.clock,
		search,
		statement(sql) {
			let statement = statements.get(sql);
			if (!statement) {
				statement = db.prepare(sql);
				statements.set(sql, statement);
			}
			return statement;
		},
		close() {
			if (!open) return;
			open = false;
			statements.clear();
			try {
				// Keeps the query planner's statistics fresh, as SQLite recommends before closing.
				db.exec('PRAGMA optimize');
			} finally {
				db.close();
			}
		},
	};
}
