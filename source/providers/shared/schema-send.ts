// How a JSON adapter talks to its back end: the profile's auth headers on every request, every answer through a schema.
import {DeskError} from '../../domain/errors.js';
import type {HttpClient, HttpRequest} from '../http/http-types.js';
import type * as z from '../../validation/zod.js';

export type Send = <T>(request: HttpRequest, schema: z.ZodMiniType<T>, what: string) => Promise<T>;
export type ReadBody = <T>(schema: z.ZodMiniType<T>, body: unknown, what: string) => T;

export function authorizedSend(http: HttpClient, headers: Record<string, string>, read: ReadBody): Send {
	return async (request, schema, what) => {
		const response = await http.request({...request, headers: {...request.headers, ...headers}});
		return read(schema, response.body, what);
	};
}

/** An answer that fails its schema becomes one invalid_response error naming the back end and the first problem. */
export function schemaReader(provider: string, label: string, hint = ''): ReadBody {
	return (schema, body, what) => {
		const parsed = schema.safeParse(body);
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0]!;
		throw new DeskError('invalid_response', `${label} sent ${what} deskterm cannot read (${issue.path.join('.') || 'body'}: ${issue.message})${hint}`, {provider});
	};
}
