// Spec-conformant fixture responses served two ways from one route table: in process (a recording
// HttpClient for mapping tests) or over a real HTTP server on 127.0.0.1 (for the real HttpClient).
import {spawn} from 'node:child_process';
import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {DeskError, type DeskErrorCode} from '../../source/domain/errors.js';
import type {HttpClient, HttpMethod, HttpRequest, HttpResponse} from '../../source/providers/http/http-types.js';

export type FixtureReply = {status?: number; body?: unknown; headers?: Record<string, string>};

export type FixtureRoute = {
	method: HttpMethod;
	/** The path without query; a RegExp for families of paths. */
	path: string | RegExp;
	/** Only when the query matches (e.g. the second page). */
	when?: (request: HttpRequest) => boolean;
	/** Replies in order; the last one repeats. */
	replies: FixtureReply[];
};

export function route(method: HttpMethod, path: string | RegExp, ...replies: FixtureReply[]): FixtureRoute {
	return {method, path, replies: replies.length > 0 ? replies : [{status: 200, body: {}}]};
}

export function ok(body: unknown, headers: Record<string, string> = {}): FixtureReply {
	return {status: 200, body, headers};
}

type Table = {routes: FixtureRoute[]; served: Map<FixtureRoute, number>};

function answer(table: Table, request: HttpRequest): FixtureReply | undefined {
	const path = request.path.split('?')[0]!;
	const found = table.routes.find(
		each =>
			each.method === request.method &&
			(typeof each.path === 'string' ? each.path === path : each.path.test(path)) &&
			(each.when?.(request) ?? true),
	);
	if (!found) return undefined;
	const count = table.served.get(found) ?? 0;
	table.served.set(found, count + 1);
	return found.replies[Math.min(count, found.replies.length - 1)];
}

const codes: Record<number, DeskErrorCode> = {401: 'auth', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 412: 'conflict', 422: 'usage', 429: 'rate_limited'};

/** The route table as a function: the fixture reply for a request, or undefined (for servers that answer some requests themselves). */
export function fixtureAnswer(routes: FixtureRoute[]): (request: HttpRequest) => FixtureReply | undefined {
	const table: Table = {routes, served: new Map()};
	return request => answer(table, request);
}

export type RecordingHttp = {http: HttpClient; requests: HttpRequest[]};

/** An HttpClient that records every request and answers from the route table, throwing DeskErrors as the real one does. */
export function recordingHttp(routes: FixtureRoute[], provider = 'test'): RecordingHttp {
	const table: Table = {routes, served: new Map()};
	const requests: HttpRequest[] = [];
	const http: HttpClient = {
		async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
			requests.push(structuredClone(request));
			const reply = answer(table, request);
			if (!reply) throw new Error(`no fixture for ${request.method} ${request.path} ${JSON.stringify(request.query ?? {})}`);
			const status = reply.status ?? 200;
			if (status >= 400) {
				const code = codes[status] ?? (status >= 500 ? 'unavailable' : 'usage');
				throw new DeskError(code, `${provider} answered ${status}`, {status, provider});
			}
			return {status, headers: reply.headers ?? {}, body: reply.body as T, url: request.path};
		},
	};
	return {http, requests};
}

export type SpecServer = {
	url: string;
	/** Requests as the server received them, in the HttpRequest shape the contract checks. */
	requests: HttpRequest[];
	close(): Promise<void>;
};

/** The same route table behind a real HTTP server on 127.0.0.1 (port chosen by the system). */
export async function startSpecServer(routes: FixtureRoute[], basePath = ''): Promise<SpecServer> {
	const table: Table = {routes, served: new Map()};
	const requests: HttpRequest[] = [];
	const server: Server = createServer((incoming, outgoing) => {
		void readRequest(incoming, basePath).then(request => {
			requests.push(request);
			const reply = answer(table, request) ?? {status: 404, body: {error: `no fixture for ${request.method} ${request.path}`}};
			outgoing.writeHead(reply.status ?? 200, {'content-type': 'application/json', ...reply.headers});
			outgoing.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${basePath}`,
		requests,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close(error => (error ? reject(error) : resolve()));
			}),
	};
}

async function readRequest(incoming: IncomingMessage, basePath: string): Promise<HttpRequest> {
	const chunks: Buffer[] = [];
	for await (const chunk of incoming) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
	const query: Record<string, string | string[]> = {};
	for (const name of new Set(url.searchParams.keys())) {
		const values = url.searchParams.getAll(name);
		query[name] = values.length > 1 ? values : values[0]!;
	}
	const headers = Object.fromEntries(
		Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
	);
	const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
	return {
		method: (incoming.method ?? 'GET') as HttpMethod,
		path,
		query,
		headers,
		...(text === '' ? {} : {json: JSON.parse(text) as unknown}),
	};
}

export type BinaryRun = {status: number | null; stdout: string; stderr: string};

const repository = new URL('../..', import.meta.url).pathname;

/** Builds dist/ when the sources are newer (npm test builds first; a direct vitest run may not have). */
export async function buildDeskterm(): Promise<void> {
	const result = await runProcess(process.execPath, [`${repository}scripts/build.mjs`, '--if-stale'], process.env, '');
	if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}

/**
 * The built binary as a separate process, run asynchronously so that a spec server in this process
 * keeps answering it. The environment is only what is given (plus PATH): nothing of the developer's leaks in.
 */
export function runDeskterm(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<BinaryRun> {
	return runProcess(process.execPath, [`${repository}dist/cli.js`, ...args], {PATH: process.env['PATH'], LANG: 'C.UTF-8', ...env}, input);
}

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv, input: string): Promise<BinaryRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {env, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', status => resolve({status, stdout, stderr}));
		child.stdin.end(input);
	});
}
