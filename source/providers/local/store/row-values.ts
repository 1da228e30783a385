// Reads typed values out of SQLite rows, refusing anything the schema should not allow.
import type {SQLOutputValue} from 'node:sqlite';
import {DeskError} from '../../../domain/errors.js';

export type Row = Record<string, SQLOutputValue>;

function bad(column: string, value: unknown): DeskError {
	return new DeskError('invalid_response', `the local desk holds a bad value in ${column}: ${JSON.stringify(String(value)).slice(0, 60)}`);
}

export function text(row: Row, column: string): string {
	const value = row[column];
	if (typeof value !== 'string') throw bad(column, value);
	return value;
}

export function optionalText(row: Row, column: string): string | null {
	const value = row[column];
	if (value === null || value === undefined) return null;
	if (typeof value !== 'string') throw bad(column, value);
	return value;
}

export function integer(row: Row, column: string): number {
	const value = row[column];
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw bad(column, value);
	return value;
}

export function optionalInteger(row: Row, column: string): number | null {
	const value = row[column];
	if (value === null || value === undefined) return null;
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw bad(column, value);
	return value;
}

export function optionalNumber(row: Row, column: string): number | null {
	const value = row[column];
	if (value === null || value === undefined) return null;
	if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(column, value);
	return value;
}

export function oneOf<T extends string>(row: Row, column: string, allowed: readonly T[]): T {
	const value = row[column];
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw bad(column, value);
	return value as T;
}

export function stringList(row: Row, column: string): string[] {
	const parsed = parseJson(row, column);
	if (!Array.isArray(parsed) || !parsed.every(item => typeof item === 'string')) throw bad(column, row[column]);
	return parsed;
}

export function stringRecord(row: Row, column: string): Record<string, string> {
	const parsed = parseJson(row, column);
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad(column, row[column]);
	const entries = Object.entries(parsed);
	if (!entries.every(([, value]) => typeof value === 'string')) throw bad(column, row[column]);
	return Object.fromEntries(entries) as Record<string, string>;
}

function parseJson(row: Row, column: string): unknown {
	try {
		return JSON.parse(text(row, column));
	} catch {
		throw bad(column, row[column]);
	}
}
