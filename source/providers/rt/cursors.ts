// Opaque cursors: a page of one query, or the point a change feed has reached.
import {createHash} from 'node:crypto';
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

const pageCursorSchema = z.object({kind: z.literal('page'), page: z.number().check(z.int(), z.minimum(1)), query: z.string()});
const changesCursorSchema = z.object({kind: z.literal('changes'), since: z.string(), seen: z.array(z.string())});

function encode(value: unknown): string {
	return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode<T>(cursor: string, schema: z.ZodMiniType<T>, what: string): T {
	try {
		return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
	} catch {
		throw new DeskError('usage', `not a Request Tracker ${what} cursor: "${cursor.slice(0, 40)}"`);
	}
}

/** A short fingerprint, so a cursor from one query is not used on another. */
function fingerprint(ticketSql: string): string {
	return createHash('sha256').update(ticketSql).digest('base64url').slice(0, 12);
}

export function encodePageCursor(page: number, ticketSql: string): string {
	return encode({kind: 'page', page, query: fingerprint(ticketSql)});
}

export function decodePageCursor(cursor: string, ticketSql: string): number {
	const decoded = decode(cursor, pageCursorSchema, 'queue');
	if (decoded.query !== fingerprint(ticketSql)) {
		throw new DeskError('usage', 'this cursor belongs to another queue query: start again without --cursor');
	}
	return decoded.page;
}

export type ChangesCursor = {since: string; seen: string[]};

export function encodeChangesCursor(cursor: ChangesCursor): string {
	return encode({kind: 'changes', ...cursor});
}

export function decodeChangesCursor(cursor: string): ChangesCursor {
	const {since, seen} = decode(cursor, changesCursorSchema, 'changes');
	return {since, seen};
}
