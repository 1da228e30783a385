// A Zendesk with one ticket (35436) on 127.0.0.1 that fails on purpose (the faults of fault-server.ts).
import type {ServerResponse} from 'node:http';
import {faultyDesk, type CountingDesk, type WriteFault} from './fault-server.js';
import {sendJson, type RecordedRequest} from './loopback-server.js';
import {zendeskFixture} from '../providers/zendesk/zendesk-routes.js';

export {writeFaults} from './fault-server.js';
export type ZendeskFault = WriteFault;
export type Comment = {id: number; type: 'Comment'; author_id: number; body: string; html_body: string; plain_body: string; public: boolean; audit_id: number; attachments: []; via: unknown; metadata: unknown; created_at: string};

const fixtures: Record<string, string> = {'/api/v2/users/me': 'me.json', '/api/v2/users': 'agents.json', '/api/v2/users/show_many': 'users-show-many.json', '/api/v2/groups': 'groups.json', '/api/v2/group_memberships': 'group-memberships.json'};

/** One ticket whose comments grow with every applied PUT; the faults are drawn from the seed. */
export function faultyZendesk(random: () => number, options: {onWrite?: () => void} = {}): CountingDesk & {comments: Comment[]} {
	const base = zendeskFixture<{comments: Comment[]; users: unknown[]; meta: unknown; links: unknown}>('comments-35436.json');
	const comments = [...base.comments];
	let nextId = 90_000;
	const apply = (request: RecordedRequest) => {
		const {comment} = (JSON.parse(request.body) as {ticket: {comment: {body: string; public: boolean}}}).ticket;
		const id = nextId++;
		const added: Comment = {...base.comments[0]!, id, author_id: 361001, body: comment.body, html_body: `<p>${comment.body}</p>`, plain_body: comment.body, public: comment.public, audit_id: id, created_at: new Date().toISOString()};
		comments.push(added);
		const update = zendeskFixture<{ticket: unknown; audit: {events: unknown[]}}>('update-reply.json');
		return {body: {...update, audit: {...update.audit, id, events: [{id, type: 'Comment', author_id: 361001, body: comment.body, html_body: added.html_body, plain_body: comment.body, public: comment.public}]}}};
	};
	const read = (request: RecordedRequest, response: ServerResponse) => {
		const path = request.url.split('?')[0] ?? '';
		const fixture = fixtures[path];
		if (fixture) return sendJson(response, 200, zendeskFixture(fixture));
		if (path === '/api/v2/tickets/35436') return sendJson(response, 200, zendeskFixture('ticket-35436.json'));
		if (path === '/api/v2/tickets/35436/comments') return sendJson(response, 200, {...base, comments});
		return sendJson(response, 404, {error: 'RecordNotFound'});
	};
	const desk = faultyDesk({random, read, apply, isWrite: request => request.method !== 'GET', ...(options.onWrite ? {onWrite: options.onWrite} : {})});
	return Object.assign(desk, {comments, copies: (body: string) => comments.filter(comment => comment.body === body).length});
}
