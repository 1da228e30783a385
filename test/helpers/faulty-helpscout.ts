// A Help Scout (conversation 1201) on 127.0.0.1 that fails on purpose (the faults of fault-server.ts): each applied
// reply or note adds a thread (201 naming it in Resource-ID, no body), read back 25 a page.
import type {ServerResponse} from 'node:http';
import {helpscoutFixture, helpscoutRoutes} from '../providers/helpscout/helpscout-routes.js';
import {faultyDesk, type Applied, type CountingDesk} from './fault-server.js';
import {fixtureReader, isoNow, jsonOf, withCopies} from './faulty-saas.js';
import {sendJson, type RecordedRequest} from './loopback-server.js';

type Thread = Record<string, unknown>;
type ThreadList = {_embedded: {threads: Thread[]}; _links: unknown; page: {size: number; totalElements: number; totalPages: number; number: number}};
const threadsPath = '/conversations/1201/threads';
const writes = new Set(['/conversations/1201/reply', '/conversations/1201/notes']);
const pageSize = 25;

export function faultyHelpscout(random: () => number): CountingDesk {
	const list = helpscoutFixture<ThreadList>('threads-1201.json');
	const threads = [...list._embedded.threads];
	const ours = {reply: threads.find(thread => thread['type'] === 'reply')!, note: threads.find(thread => thread['type'] === 'note')!};
	let nextId = 70_000;
	const apply = (request: RecordedRequest): Applied => {
		const {text} = jsonOf(request) as {text: string};
		const id = nextId++;
		const type = request.url.endsWith('/notes') ? 'note' : 'reply';
		// Help Scout lists the newest thread first.
		threads.unshift({...ours[type], id, type, body: text, createdAt: isoNow()});
		return {status: 201, body: null, headers: {'resource-id': String(id), location: `https://api.helpscout.net/v2${threadsPath}/${id}`}};
	};
	const fixtures = fixtureReader(helpscoutRoutes());
	const read = (request: RecordedRequest, response: ServerResponse) => {
		const url = new URL(request.url, 'http://127.0.0.1');
		if (request.method !== 'GET' || url.pathname !== threadsPath) return fixtures(request, response);
		const page = Number(url.searchParams.get('page') ?? 1);
		const totalPages = Math.max(1, Math.ceil(threads.length / pageSize));
		const shown = threads.slice((page - 1) * pageSize, page * pageSize);
		return sendJson(response, 200, {...list, _embedded: {threads: shown}, page: {size: pageSize, totalElements: threads.length, totalPages, number: page}});
	};
	const desk = faultyDesk({random, read, apply, isWrite: request => request.method === 'POST' && writes.has(request.url)});
	return withCopies(desk, () => threads.map(thread => String(thread['body'])));
}
