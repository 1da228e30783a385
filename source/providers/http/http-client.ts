// The one place that speaks HTTP (through got): timeouts, retries, rate limits, redaction, errors.
import {Agent as HttpAgent} from 'node:http';
import {Agent as HttpsAgent} from 'node:https';
import {randomBytes} from 'node:crypto';
import got from 'got';
import {DeskError} from '../../domain/errors.js';
import {version} from '../../version.js';
import type {DebugLog} from './debug-log.js';
import {httpError, invalidJsonError, networkError, serverMessage, type ErrorContext} from './http-errors.js';
import type {HttpClient, HttpRequest, HttpResponse} from './http-types.js';
import {createRedactor, redactHeaders, secretsInHeaders, type Redactor} from './redact.js';
import {
	backoffDelay,
	defaultBackoff,
	defaultRateLimitHeaders,
	failedBeforeSending,
	isIdempotent,
	waitFromHeaders,
	windowClosedUntil,
	type Backoff,
	type RateLimitHeader,
} from './retry-policy.js';

export type HttpClientOptions = {
	/** e.g. "https://acme.zendesk.com/api/v2"; request paths are appended to it. */
	baseUrl: string;
	/** The back end's name in messages: "token rejected by Zendesk ...". */
	provider: string;
	/** What a person runs when the token is rejected; default "deskterm login <provider>". */
	loginCommand?: string;
	/** Headers sent with every request (e.g. an API version). */
	headers?: Record<string, string>;
	/** Auth headers for each request; their values are redacted everywhere. */
	auth?: () => Record<string, string> | Promise<Record<string, string>>;
	/** More values never to show (a token also sent in a body, a password). */
	secrets?: readonly string[];
	/** Per attempt; default 30 s. */
	timeoutMs?: number;
	/** Retries of an idempotent request after a network error or a 5xx; default 2. */
	retries?: number;
	/** Retries after a 429 (or a 503 with Retry-After); default 3. */
	rateLimitRetries?: number;
	/** Longest wait the client accepts from Retry-After before giving up with rate_limited; default 60 s. */
	maxWaitMs?: number;
	backoff?: Backoff;
	rateLimitHeaders?: readonly RateLimitHeader[];
	log?: DebugLog;
	clock?: () => number;
	sleep?: (ms: number) => Promise<void>;
	random?: () => number;
};

/** The client plus close(), which frees its kept-alive sockets. */
export type DeskHttpClient = HttpClient & {close(): void};

type Attempt = {status: number; headers: Record<string, string>; text: string; url: string};

export function createHttpClient(options: HttpClientOptions): DeskHttpClient {
	const base = new URL(options.baseUrl.replace(/\/+$/, ''));
	const loginCommand = options.loginCommand ?? `deskterm login ${options.provider.toLowerCase()}`;
	const clock = options.clock ?? Date.now;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)));
	const random = options.random ?? Math.random;
	const timeoutMs = options.timeoutMs ?? 30_000;
	const retries = options.retries ?? 2;
	const rateLimitRetries = options.rateLimitRetries ?? 3;
	const maxWaitMs = options.maxWaitMs ?? 60_000;
	const backoff = options.backoff ?? defaultBackoff;
	const policy = options.rateLimitHeaders ?? defaultRateLimitHeaders;
	const log = options.log ?? (() => undefined);
	const agents = {http: new HttpAgent({keepAlive: true}), https: new HttpsAgent({keepAlive: true})};
	let windowOpensAt = 0;

	async function send(request: HttpRequest, url: URL, headers: Record<string, string>, timeout: number): Promise<Attempt> {
		const response = await got(url, {
			method: request.method,
			headers,
			...(request.json === undefined ? (request.body === undefined ? {} : {body: request.body}) : {body: JSON.stringify(request.json)}),
			throwHttpErrors: false,
			followRedirect: false,
			retry: {limit: 0},
			timeout: {request: timeout},
			responseType: 'text',
			agent: agents,
		});
		const flat: Record<string, string> = {};
		for (const [name, value] of Object.entries(response.headers)) {
			if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
		}
		if (flat['location']) flat['location'] = new URL(flat['location'], response.url).href;
		return {status: response.statusCode, headers: flat, text: response.body, url: response.url};
	}

	async function request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
		const id = randomBytes(4).toString('hex');
		const url = resolveUrl(base, request);
		const authHeaders = options.auth ? await options.auth() : {};
		const redact: Redactor = createRedactor([...(options.secrets ?? []), ...secretsInHeaders(authHeaders)]);
		const headers: Record<string, string> = {
			'user-agent': `deskterm/${version}`,
			accept: 'application/json',
			...(request.json === undefined ? {} : {'content-type': 'application/json'}),
			...lowerCase(options.headers ?? {}),
			...lowerCase(request.headers ?? {}),
			...lowerCase(authHeaders),
		};
		const context: ErrorContext = {provider: options.provider, loginCommand, method: request.method, path: redact(url.pathname)};
		const idempotent = isIdempotent(request.method, request.idempotent);
		const timeout = request.timeoutMs ?? timeoutMs;
		let failures = 0;
		let limited = 0;
		log(`http ${id} ${request.method} ${redact(url.href)} ${JSON.stringify(redactHeaders(headers, redact))}`);
		for (;;) {
			const closedFor = windowOpensAt - clock();
			if (closedFor > 0) {
				log(`http ${id} rate-limit window closed: waiting ${closedFor} ms`);
				await sleep(Math.min(closedFor, maxWaitMs));
			}
			const started = clock();
			let attempt: Attempt;
			try {
				attempt = await send(request, url, headers, timeout);
			} catch (error) {
				const code = (error as {code?: string}).code;
				const failure = networkError(context, redact(url.origin), code, timeout, idempotent || failedBeforeSending(code));
				const mayRetry = (idempotent || failedBeforeSending(code)) && failures < retries;
				log(`http ${id} failed after ${clock() - started} ms: ${redact(String((error as Error).message))}${mayRetry ? '' : ' (not retried)'}`);
				if (!mayRetry) throw failure;
				failures += 1;
				await pause(id, backoffDelay(failures, backoff, random), `${code ?? 'network error'}, retry ${failures}/${retries}`);
				continue;
			}
			const elapsed = clock() - started;
			const serverId = attempt.headers['x-request-id'] ?? attempt.headers['x-zendesk-request-id'] ?? attempt.headers['x-intercom-request-id'];
			log(`http ${id} ${attempt.status} in ${elapsed} ms${serverId ? ` (server request id ${redact(serverId)})` : ''}`);
			const closes = windowClosedUntil(attempt.headers, clock(), policy);
			if (closes !== undefined) windowOpensAt = closes;
			if (attempt.status < 400) return parse<T>(attempt, context);
			const wait = waitFromHeaders(attempt.headers, clock(), policy);
			const waitSeconds = wait ? Math.ceil(wait.ms / 1000) : undefined;
			const rateLimited = attempt.status === 429 || (attempt.status === 503 && wait !== undefined && idempotent);
			if (rateLimited && limited < rateLimitRetries) {
				const ms = wait?.ms ?? backoffDelay(limited + 1, backoff, random);
				if (ms <= maxWaitMs) {
					limited += 1;
					await pause(id, ms, `HTTP ${attempt.status}${wait ? ` (${wait.header})` : ''}, retry ${limited}/${rateLimitRetries}`);
					continue;
				}
			}
			if (attempt.status >= 500 && !rateLimited && idempotent && failures < retries) {
				failures += 1;
				await pause(id, backoffDelay(failures, backoff, random), `HTTP ${attempt.status}, retry ${failures}/${retries}`);
				continue;
			}
			const detail = serverMessage(tryJson(attempt.text) ?? attempt.text);
			throw httpError(attempt.status, context, {
				...(detail === undefined ? {} : {detail: redact(detail)}),
				...(waitSeconds === undefined ? {} : {retryAfterSeconds: waitSeconds}),
				...(attempt.status >= 500 && !idempotent ? {retryable: false} : {}),
			});
		}
	}

	async function pause(id: string, ms: number, why: string): Promise<void> {
		log(`http ${id} waiting ${ms} ms: ${why}`);
		await sleep(ms);
	}

	return {
		request,
		close() {
			agents.http.destroy();
			agents.https.destroy();
		},
	};
}

function parse<T>(attempt: Attempt, context: ErrorContext): HttpResponse<T> {
	const isJson = /\bjson\b/i.test(attempt.headers['content-type'] ?? '');
	let body: unknown = attempt.text;
	if (isJson) {
		if (attempt.text.trim() === '') body = null;
		else {
			body = tryJson(attempt.text);
			if (body === undefined) throw invalidJsonError(context, attempt.status);
		}
	}
	return {status: attempt.status, headers: attempt.headers, body: body as T, url: attempt.url};
}

function tryJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** The request's URL: the base plus the path, or an absolute paging link on the same origin only. */
export function resolveUrl(base: URL, request: Pick<HttpRequest, 'path' | 'query'>): URL {
	let url: URL;
	if (/^https?:\/\//i.test(request.path)) {
		url = new URL(request.path);
		// Credentials go only to the configured host, never to a host a response names.
		if (url.origin !== base.origin) {
			throw new DeskError('invalid_response', `refusing to follow a link to another host: ${url.origin} (expected ${base.origin})`);
		}
	} else {
		const path = request.path.startsWith('/') ? request.path : `/${request.path}`;
		url = new URL(base.href);
		const [pathname, search] = path.split('?', 2) as [string, string | undefined];
		url.pathname = `${base.pathname.replace(/\/+$/, '')}${pathname}`;
		if (search) url.search = search;
	}
	for (const [name, value] of Object.entries(request.query ?? {})) {
		if (value === undefined) continue;
		if (Array.isArray(value)) for (const item of value) url.searchParams.append(name, item);
		else url.searchParams.set(name, String(value));
	}
	return url;
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
