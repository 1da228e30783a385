// Every write is one IMMEDIATE transaction: all of it lands, or none of it does.
import type {DatabaseSync} from 'node:sqlite';
import {DeskError, isDeskError} from '../../../domain/errors.js';

export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
	try {
		db.exec('BEGIN IMMEDIATE');
	} catch (error) {
		throw storeError(error, 'cannot write to the local desk');
	}
	try {
		const result = work();
		db.exec('COMMIT');
		return result;
	} catch (error) {
		if (db.isTransaction) db.exec('ROLLBACK');
		throw storeError(error, 'the local desk refused the change');
	}
}

const sqliteBusy = 5;
const sqliteReadOnly = 8;
const sqliteCorrupt = 11;
const sqliteFull = 13;
const sqliteCantOpen = 14;
const sqliteNotADatabase = 26;

/** Turns a SQLite failure into a DeskError a person can act on; DeskErrors pass through. */
export function storeError(error: unknown, context: string): DeskError {
	if (isDeskError(error)) return error;
	const code = typeof error === 'object' && error !== null && 'errcode' in error ? Number(error.errcode) & 0xff : 0;
	const detail = error instanceof Error ? error.message : String(error);
	switch (code) {
		case sqliteBusy:
			return new DeskError('unavailable', `${context}: another deskterm is busy writing to it; try again`, {cause: error});
		case sqliteReadOnly:
			return new DeskError('forbidden', `${context}: the file is read-only (${detail})`, {cause: error});
		case sqliteCorrupt:
		case sqliteNotADatabase:
			return new DeskError('invalid_response', `${context}: the file is damaged or not a deskterm desk (${detail})`, {cause: error});
		case sqliteFull:
			return new DeskError('unavailable', `${context}: the disk is full`, {cause: error, retryable: false});
		case sqliteCantOpen:
			return new DeskError('unavailable', `${context}: ${detail}`, {cause: error, retryable: false});
		default:
			return new DeskError('internal', `${context}: ${detail}`, {cause: error});
	}
}
