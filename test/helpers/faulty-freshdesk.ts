// A Freshdesk (ticket 20) on 127.0.0.1 that fails on purpose (the faults of fault-server.ts): each applied reply or
// note adds a conversation entry, read back 100 a page while the Link header says more follow.
import type {ServerResponse} from 'node:http';
import {freshdeskFixture, freshdeskRoutes} from '../providers/freshdesk/freshdesk-routes.js';
import {faultyDesk, type Applied, type CountingDesk} from './fault-server.js';
import {fixtureReader, isoNow, jsonOf, withCopies} from './faulty-saas.js';
import {sendJson, type RecordedRequest} from './loopback-server.js';

type Entry = Record<string, unknown>;
const prefix = '/api/v2';
const entries = `${prefix}/tickets/20/conversations`;
const writes = new Set([`${prefix}/tickets/20/reply`, `${prefix}/tickets/20/notes`]);

export function faultyFreshdesk(random: () => number): CountingDesk {
	const conversation = [...freshdeskFixture<Entry[]>('conversations-20.json')];
	const templates = {reply: freshdeskFixture<Entry>('reply-created.json'), note: freshdeskFixture<Entry>('note-created.json')};
	let nextId = 19_000_050_000;
	const apply = (request: RecordedRequest): Applied => {
		const {body} = jsonOf(request) as {body: string};
		const entry = {...templates[request.url.endsWith('/notes') ? 'note' : 'reply'], id: nextId++, body: `<div>${body}</div>`, body_text: body, created_at: isoNow(), updated_at: isoNow()};
		conversation.push(entry);
		return {status: 201, body: entry};
	};
	const fixtures = fixtureReader(freshdeskRoutes(), prefix);
	const read = (request: RecordedRequest, response: ServerResponse) => {
		const url = new URL(request.url, 'http://127.0.0.1');
		if (request.method !== 'GET' || url.pathname !== entries) return fixtures(request, response);
		const perPage = Number(url.searchParams.get('per_page') ?? 30);
		const page = Number(url.searchParams.get('page') ?? 1);
		const more = page * perPage < conversation.length;
		const link = more ? {link: `<${url.origin}${entries}?per_page=${perPage}&page=${page + 1}>; rel="next"`} : undefined;
		return sendJson(response, 200, conversation.slice((page - 1) * perPage, page * perPage), link);
	};
	const desk = faultyDesk({random, read, apply, isWrite: request => request.method === 'POST' && writes.has(request.url)});
	return withCopies(desk, () => conversation.map(entry => String(entry['body_text'])));
}
