// Typed REST2 calls over the HttpClient: every answer is checked against its schema here.
import type * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';
import type {HttpClient, HttpRequest} from '../http/http-types.js';
import {rtCollectionSchema, rtMessagesSchema} from './rt-schemas.js';

type Query = HttpRequest['query'];

/** RT's per_page ceiling. */
export const maxPerPage = 100;

export type RtApi = ReturnType<typeof createRtApi>;

export function createRtApi(http: HttpClient) {
	function check<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
		const parsed = schema.safeParse(body);
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0];
		const where = issue ? `${issue.path.map(String).join('.') || 'body'}: ${issue.message}` : 'unexpected shape';
		throw new DeskError('invalid_response', `Request Tracker sent an unexpected answer to ${what} (${where})`, {provider: 'rt'});
	}

	async function get<T>(path: string, schema: z.ZodMiniType<T>, query?: Query): Promise<{data: T; etag: string | undefined}> {
		const response = await http.request({method: 'GET', path, ...(query ? {query} : {})});
		const etag = response.headers['etag']?.replace(/^W\//, '').replace(/"/g, '');
		return {data: check(schema, response.body, `GET ${path.split('?')[0]}`), etag};
	}

	async function page<T>(path: string, item: z.ZodMiniType<T>, query: Query) {
		return (await get(path, rtCollectionSchema(item), query)).data;
	}

	/** Every item of a collection, page after page while RT says there is a next one, up to a limit. */
	async function all<T>(path: string, item: z.ZodMiniType<T>, query: Query, limit = 10_000): Promise<T[]> {
		const items: T[] = [];
		for (let number = 1; ; number++) {
			const body = await page(path, item, {...query, per_page: maxPerPage, page: number});
			items.push(...(body.items as T[]));
			if (!hasNextPage(body, maxPerPage) || items.length >= limit) return items.slice(0, limit);
		}
	}

	/** POST or PUT with JSON; RT answers with a list of messages (or a created record). */
	async function send(method: 'POST' | 'PUT', path: string, json: unknown, options: {ifMatch?: string; idempotent?: boolean} = {}) {
		const response = await http.request({
			method,
			path,
			json,
			...(options.ifMatch ? {headers: {'If-Match': `"${options.ifMatch}"`}} : {}),
			...(options.idempotent === undefined ? {} : {idempotent: options.idempotent}),
		});
		const messages = rtMessagesSchema.safeParse(response.body);
		return {messages: messages.success ? messages.data : [], body: response.body, location: response.headers['location']};
	}

	return {get, page, all, send, check};
}

/** RT gives next_page only when it knows the total; with a hidden total, a full page means maybe more. */
export function hasNextPage(body: {next_page?: string | null; total?: number | null; items: unknown[]}, perPage: number): boolean {
	if (body.next_page) return true;
	return body.total == null && body.items.length === perPage;
}
