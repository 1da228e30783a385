// A Zendesk with one ticket (35436) on 127.0.0.1 that fails on purpose: 503s, 429 with Retry-After, resets before
// and after a write is applied, truncated JSON, a body that never ends, or a write that hangs (for kill -9 tests).
import type {ServerResponse} from 'node:http';
import type {RecordedRequest} from './loopback-server.js';
import {zendeskFixture} from '../providers/zendesk/zendesk-routes.js';

export const writeFaults = ['none', 'none', 'none', 'none', 'busy', 'rate-limited', 'reset-before', 'reset-after', 'error-after', 'truncated-after', 'slow-after'] as const;
export type ZendeskFault = (typeof writeFaults)[number] | 'hang-before' | 'hang-after';
export type Comment = {id: number; type: 'Comment'; author_id: number; body: string; html_body: string; plain_body: string; public: boolean; audit_id: number; attachments: []; via: unknown; metadata: unknown; created_at: string};

/** One ticket whose comments grow with every applied PUT; the faults are drawn from the seed. */
export function faultyZendesk(random: () => number, options: {onWrite?: () => void} = {}) {
	const base = zendeskFixture<{comments: Comment[]; users: unknown[]; meta: unknown; links: unknown}>('comments-35436.json');
	const comments = [...base.comments];
	let healed = false;
	/** The next write's fault, when a test chooses it. */
	let forced: ZendeskFault | null = null;
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
		options.onWrite?.();
		const chosen: ZendeskFault = forced ?? (healed ? 'none' : writeFaults[Math.floor(random() * writeFaults.length)]!);
		forced = null;
		const fault = chosen;
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
			case 'hang-before':
				return;
			case 'hang-after':
				apply(request);
				return;
			case 'none':
				return json(response, 200, apply(request));
		}
	};
	return {
		handle,
		comments,
		heal: () => (healed = true),
		force: (fault: ZendeskFault) => (forced = fault),
	};
}

