// Intercom (conversation 1001), Chatwoot (conversation 42) and Front (cnv_yo1kg5q) on 127.0.0.1, failing on purpose
// with the faults of fault-server.ts; reads come from each adapter's fixture routes, the conversation grows with
// every applied write. Front's reply is accepted (202) then confirmed by uid: the confirm fails too (404 while
// "still sending", 503, truncated JSON).
import type {ServerResponse} from 'node:http';
import type {HttpMethod, HttpRequest} from '../../source/providers/http/http-types.js';
import {chatwootFixture, chatwootRoutes} from '../providers/chatwoot/chatwoot-routes.js';
import {frontFixture, frontRoutes} from '../providers/front/front-routes.js';
import {intercomFixture, intercomRoutes} from '../providers/intercom/intercom-routes.js';
import {faultyDesk, type Applied, type CountingDesk, type FaultyDesk} from './fault-server.js';
import {sendJson, type RecordedRequest} from './loopback-server.js';
import {fixtureAnswer, type FixtureRoute} from './spec-server.js';

type Body = Record<string, unknown>;
type SaasDesk = CountingDesk;

const seconds = () => Math.floor(Date.now() / 1000);
export const jsonOf = (request: RecordedRequest) => JSON.parse(request.body) as Body;
/** An ISO time of now without milliseconds, as most helpdesks write it. */
export const isoNow = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** Reads not taken by the desk come from the adapter's fixture routes (their paths relative to basePath). */
export function fixtureReader(routes: FixtureRoute[], basePath = '') {
	const answer = fixtureAnswer(routes);
	return (request: RecordedRequest, response: ServerResponse) => {
		const url = new URL(request.url, 'http://127.0.0.1');
		const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
		const asked: HttpRequest = {method: request.method as HttpMethod, path, query: Object.fromEntries(url.searchParams), ...(request.body ? {json: JSON.parse(request.body) as unknown} : {})};
		const reply = answer(asked) ?? {status: 404, body: {error: `no fixture for ${request.method} ${url.pathname}`}};
		sendJson(response, reply.status ?? 200, reply.body ?? {}, reply.headers);
	};
}

export function withCopies(desk: FaultyDesk, texts: () => string[]): SaasDesk {
	return Object.assign(desk, {copies: (body: string) => texts().filter(text => text === body).length});
}

export function faultyIntercom(random: () => number): SaasDesk {
	const conversation = intercomFixture<Body & {conversation_parts: {conversation_parts: Body[]}}>('conversation-1001.json');
	const parts = [...conversation.conversation_parts.conversation_parts];
	const template = parts.find(part => part['part_type'] === 'comment' && (part['author'] as Body)['id'] === '814860')!;
	let nextId = 50_000;
	const current = () => ({...conversation, updated_at: seconds(), conversation_parts: {...conversation.conversation_parts, conversation_parts: parts, total_count: parts.length}});
	const apply = (request: RecordedRequest): Applied => {
		const {message_type: type, body} = jsonOf(request) as {message_type: string; body: string};
		parts.push({...template, id: String(nextId++), part_type: type, body, created_at: seconds(), updated_at: seconds(), notified_at: seconds()});
		return {body: current()};
	};
	const fixtures = fixtureReader(intercomRoutes());
	const read = (request: RecordedRequest, response: ServerResponse) =>
		request.method === 'GET' && request.url.split('?')[0] === '/conversations/1001' ? sendJson(response, 200, current()) : fixtures(request, response);
	const desk = faultyDesk({random, read, apply, isWrite: request => request.method === 'POST' && request.url === '/conversations/1001/reply'});
	return withCopies(desk, () => parts.map(part => String(part['body'])));
}

const chatwootMessages = '/api/v1/accounts/1/conversations/42/messages';

export function faultyChatwoot(random: () => number): SaasDesk {
	const base = chatwootFixture<{meta: unknown; payload: Body[]}>('messages-42.json');
	const messages = [...base.payload];
	const template = chatwootFixture<Body>('message-created.json');
	let nextId = 50_000;
	const apply = (request: RecordedRequest): Applied => {
		const {content, private: isPrivate} = jsonOf(request) as {content: string; private: boolean};
		const created = {...template, id: nextId++, content, private: isPrivate, created_at: seconds(), updated_at: seconds()};
		messages.push(created);
		return {body: created};
	};
	const fixtures = fixtureReader(chatwootRoutes());
	// Chatwoot pages messages by id: the newest 20, then the 20 before a given id.
	const read = (request: RecordedRequest, response: ServerResponse) => {
		const url = new URL(request.url, 'http://127.0.0.1');
		if (request.method !== 'GET' || url.pathname !== chatwootMessages) return fixtures(request, response);
		const before = Number(url.searchParams.get('before') ?? Infinity);
		return sendJson(response, 200, {meta: base.meta, payload: messages.filter(message => Number(message['id']) < before).slice(-20)});
	};
	const desk = faultyDesk({random, read, apply, isWrite: request => request.method === 'POST' && request.url === chatwootMessages});
	return withCopies(desk, () => messages.map(message => String(message['content'])));
}

const frontConversation = '/conversations/cnv_yo1kg5q';

export function faultyFront(random: () => number): SaasDesk {
	const messageList = frontFixture<Body & {_results: Body[]}>('messages.json');
	const commentList = frontFixture<Body & {_results: Body[]}>('comments.json');
	const messages = [...messageList._results];
	const comments = [...commentList._results];
	const sent = frontFixture<Body>('message-sent.json');
	const created = frontFixture<Body>('comment-created.json');
	let nextId = 50_000;
	const apply = (request: RecordedRequest): Applied => {
		const {body} = jsonOf(request) as {body: string};
		const id = nextId++;
		if (request.url.endsWith('/comments')) {
			const comment = {...created, id: `com_${id}`, body, posted_at: Date.now() / 1000};
			comments.push(comment);
			return {status: 201, body: comment};
		}
		const uid = `uid${id}`;
		messages.push({...sent, id: `msg_${id}`, message_uid: uid, body: `<p>${body}</p>`, text: body, blurb: body, created_at: Date.now() / 1000});
		return {status: 202, body: {status: 'accepted', message_uid: uid}};
	};
	const fixtures = fixtureReader(frontRoutes());
	const read = (request: RecordedRequest, response: ServerResponse) => {
		const path = decodeURIComponent(request.url.split('?')[0] ?? '');
		if (request.method !== 'GET') return fixtures(request, response);
		if (path === `${frontConversation}/messages`) return sendJson(response, 200, {...messageList, _results: messages});
		if (path === `${frontConversation}/comments`) return sendJson(response, 200, {...commentList, _results: comments});
		if (!path.startsWith('/messages/alt:uid:')) return fixtures(request, response);
		// The confirm step: Front may not have created the message yet, or answer half of it.
		const message = messages.find(each => `/messages/alt:uid:${String(each['message_uid'])}` === path);
		const draw = desk.healed ? 1 : random();
		if (!message || draw < 0.25) return sendJson(response, 404, frontFixture('error-404.json'));
		if (draw < 0.3) return response.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify(message).slice(0, 40));
		return sendJson(response, 200, message);
	};
	const isWrite = (request: RecordedRequest) => request.method === 'POST' && (request.url === `${frontConversation}/messages` || request.url === `${frontConversation}/comments`);
	const desk = faultyDesk({random, read, apply, isWrite});
	return withCopies(desk, () => [...messages.map(message => String(message['text'])), ...comments.map(comment => String(comment['body']))]);
}
