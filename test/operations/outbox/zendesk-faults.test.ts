// The outbox through the real Zendesk adapter and HTTP client against a faulty Zendesk on 127.0.0.1: 5xx, 429 with
// Retry-After, resets before and after the write is applied, truncated JSON, a body that never ends. Seeded.
import type {ServerResponse} from 'node:http';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createContext} from '../../../source/context.js';
import {listOutbox, retryOutbox} from '../../../source/operations/outbox/outbox-actions.js';
import {sendMessage} from '../../../source/operations/outbox/send-message.js';
import {createHttpClient} from '../../../source/providers/http/http-client.js';
import {createZendeskProvider} from '../../../source/providers/zendesk/zendesk-provider.js';
import {parseZendeskSettings} from '../../../source/providers/zendesk/zendesk-settings.js';
import {seededRandom} from '../../helpers/faulty-provider.js';
import {startLoopbackServer, type RecordedRequest} from '../../helpers/loopback-server.js';
import {secrets, token, zendeskFixture} from '../../providers/zendesk/zendesk-routes.js';

const seed = Number(process.env['DESKTERM_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const writeFaults = ['none', 'none', 'none', 'none', 'busy', 'rate-limited', 'reset-before', 'reset-after', 'error-after', 'truncated-after', 'slow-after'] as const;
type Comment = {id: number; type: 'Comment'; author_id: number; body: string; html_body: string; plain_body: string; public: boolean; audit_id: number; attachments: []; via: unknown; metadata: unknown; created_at: string};

/** One ticket whose comments grow with every applied PUT; the faults are drawn from the seed. */
function faultyZendesk(random: () => number) {
	const base = zendeskFixture<{comments: Comment[]; users: unknown[]; meta: unknown; links: unknown}>('comments-35436.json');
	const comments = [...base.comments];
	let healed = false;
	let nextId = 90_000;
	const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
		response.writeHead(status, {'content-type': 'application/json', ...headers});
		response.end(JSON.stringify(body));
	};
	const apply = (request: RecordedRequest) => {
		const {comment} = (JSON.parse(request.body) as {ticket: {comment: {body: string; public: boolean}}}).ticket;
		const id = nextId++;
		const added: Comment = {...base.comments[0]!, id, author_id: 361001, body: comment.body, html_body: `<p>${comment.body}</p>`, plain_body: comment.body, public: comment.public, audit_id: id, created_at: new Date().toISOString()};
		comments.push(added);
		const update = zendeskFixture<{ticket: unknown; audit: {events: unknown[]}}>('update-reply.json');
		return {...update, audit: {...update.audit, id, events: [{id, type: 'Comment', author_id: 361001, body: comment.body, html_body: added.html_body, plain_body: comment.body, public: comment.public}]}};
	};
	const handle = (request: RecordedRequest, response: ServerResponse) => {
		const path = request.url.split('?')[0];
		if (request.method === 'GET') {
			if (!healed && random() < 0.08) return json(response, 503, {error: 'ServiceUnavailable'});
			const fixture = {'/api/v2/users/me': 'me.json', '/api/v2/users': 'agents.json', '/api/v2/users/show_many': 'users-show-many.json', '/api/v2/groups': 'groups.json', '/api/v2/group_memberships': 'group-memberships.json'}[path ?? ''];
			if (fixture) return json(response, 200, zendeskFixture(fixture));
			if (path === '/api/v2/tickets/35436') return json(response, 200, zendeskFixture('ticket-35436.json'));
			if (path === '/api/v2/tickets/35436/comments') return json(response, 200, {...base, comments});
			return json(response, 404, {error: 'RecordNotFound'});
		}
		const fault = healed ? 'none' : writeFaults[Math.floor(random() * writeFaults.length)]!;
		switch (fault) {
			case 'busy':
				return json(response, 503, {error: 'ServiceUnavailable'});
			case 'rate-limited':
				return json(response, 429, {error: 'APIRateLimitExceeded'}, {'retry-after': '3'});
			case 'reset-before':
				return response.socket?.destroy();
			case 'reset-after':
				apply(request);
				return response.socket?.destroy();
			case 'error-after':
				apply(request);
				return json(response, 502, {error: 'BadGateway'});
			case 'truncated-after': {
				const text = JSON.stringify(apply(request));
				response.writeHead(200, {'content-type': 'application/json'});
				return response.end(text.slice(0, Math.floor(text.length / 2)));
			}
			case 'slow-after':
				apply(request);
				response.writeHead(200, {'content-type': 'application/json'});
				return response.write('{"ticket":');
			case 'none':
				return json(response, 200, apply(request));
		}
	};
	return {handle, comments, heal: () => (healed = true)};
}

const directories: string[] = [];
afterAll(() => {
	for (const directory of directories) rmSync(directory, {recursive: true, force: true});
});

describe(`the outbox against a faulty Zendesk over HTTP (seed ${seed}, DESKTERM_FAULT_SEED=${seed} replays it)`, () => {
	it('delivers each of 150 replies and notes exactly once, or keeps it in the outbox until a retry does', async () => {
		const random = seededRandom(seed);
		const desk = faultyZendesk(random);
		const server = await startLoopbackServer((request, response) => desk.handle(request, response));
		const waits: number[] = [];
		const http = createHttpClient({baseUrl: `${server.url}/api/v2`, provider: 'Zendesk', secrets: [token], timeoutMs: 250, sleep: async ms => void waits.push(ms), random});
		const settings = parseZendeskSettings({url: server.url, email: 'dana@example.com'});
		const provider = createZendeskProvider({settings, secrets, http, clock: Date.now});
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-zendesk-faults-'));
		directories.push(dataDir);
		const context = await createContext({env: {}, dataDir, provider, sleep: async ms => void waits.push(ms)});
		try {
			const statuses: string[] = [];
			const problems: string[] = [];
			for (let index = 0; index < 150; index++) {
				const body = `Zendesk message ${index} (seed ${seed})`;
				const outcome = await sendMessage(context, {conversationId: '35436', kind: index % 3 === 0 ? 'note' : 'reply', body}, {maxAttempts: 3});
				statuses.push(outcome.status);
				const count = desk.comments.filter(comment => comment.body === body).length;
				if (outcome.status === 'delivered' && count !== 1) problems.push(`${body}: delivered, ${count} copies`);
				if (outcome.status !== 'delivered' && count > 1) problems.push(`${body}: ${outcome.status}, ${count} copies`);
				if (outcome.error && outcome.error.message.includes('\n')) problems.push(`${body}: a multi-line error`);
			}
			expect(problems).toEqual([]);
			expect(Math.max(...waits)).toBeGreaterThanOrEqual(3000);
			desk.heal();
			await retryOutbox(context, 'all');
			expect((await listOutbox(context)).items).toEqual([]);
			for (let index = 0; index < 150; index++) {
				const body = `Zendesk message ${index} (seed ${seed})`;
				expect(desk.comments.filter(comment => comment.body === body).length, body).toBe(1);
			}
			// Every write carried its outbox id as Zendesk's Idempotency-Key.
			expect(server.requests.filter(request => request.method === 'PUT').map(request => request.headers['idempotency-key']).filter(key => !/^ob-[0-9a-f]{8}$/.test(String(key)))).toEqual([]);
		} finally {
			http.close();
			await server.close();
		}
	});
});
