// A Request Tracker (REST2) with one ticket (1) on 127.0.0.1 that fails on purpose (the faults of fault-server.ts);
// each applied correspond or comment adds a transaction and its text/plain attachment, read back page by page.
import type {ServerResponse} from 'node:http';
import {alice, attachmentsOne, collection, generalQueue, historyOne, root, ticketOne} from '../providers/rt/rt-fixtures.js';
import {faultyDesk, type Applied, type CountingDesk} from './fault-server.js';
import {sendJson, type RecordedRequest} from './loopback-server.js';

const prefix = '/REST/2.0';
const writes = new Set([`${prefix}/ticket/1/correspond`, `${prefix}/ticket/1/comment`]);

/** RT's paging: per_page and page in the query; pages and a next_page link in the answer. */
function paged(items: unknown[], url: URL): unknown {
	const perPage = Number(url.searchParams.get('per_page') ?? 20);
	const page = Number(url.searchParams.get('page') ?? 1);
	const pages = Math.max(1, Math.ceil(items.length / perPage));
	const next = new URL(url);
	next.searchParams.set('page', String(page + 1));
	return {...collection(items.slice((page - 1) * perPage, page * perPage)), total: items.length, page, per_page: perPage, pages, ...(page < pages ? {next_page: next.href} : {})};
}

export function faultyRt(random: () => number, options: {onWrite?: () => void} = {}): CountingDesk {
	const transactions = [...historyOne.items] as Array<Record<string, unknown>>;
	const attachments = [...attachmentsOne.items] as Array<Record<string, unknown>>;
	const ours = transactions.find(transaction => transaction['Type'] === 'Correspond' && (transaction['Creator'] as {id: string}).id === 'root')!;
	let nextId = 50_000;
	const apply = (request: RecordedRequest): Applied => {
		const {Content} = JSON.parse(request.body) as {Content: string};
		const comment = request.url.endsWith('/comment');
		const id = String(nextId++);
		transactions.push({...ours, id, Type: comment ? 'Comment' : 'Correspond', Created: new Date().toISOString().replace(/\.\d+Z$/, 'Z')});
		attachments.push({id: `a${id}`, type: 'attachment', TransactionId: id, ContentType: 'text/plain', Content, Subject: '', Filename: ''});
		return {status: 201, body: [comment ? 'Comments added' : 'Correspondence added'], headers: {location: `${prefix}/transaction/${id}`}};
	};
	const read = (request: RecordedRequest, response: ServerResponse) => {
		const url = new URL(request.url, 'http://127.0.0.1');
		const path = decodeURIComponent(url.pathname.replace(prefix, ''));
		if (path === '/rt') return sendJson(response, 200, {Version: '5.0.3'});
		if (path === '/user/14' || path === '/user/root') return sendJson(response, 200, root);
		if (path === '/user/alice@example.com') return sendJson(response, 200, alice);
		if (path === '/queue/1') return sendJson(response, 200, generalQueue);
		// The console's directory (agents, teams) as it opens the desk.
		if (path === '/users') return sendJson(response, 200, paged([{type: 'user', id: 'root', Name: 'root', Disabled: ''}], url));
		if (path === '/queues/all') return sendJson(response, 200, paged([generalQueue], url));
		if (path === '/ticket/1') return sendJson(response, 200, ticketOne, {etag: `"${transactions.length}"`});
		if (path === '/ticket/1/history') return sendJson(response, 200, paged(transactions, url));
		if (path === '/ticket/1/attachments') return sendJson(response, 200, paged(attachments, url));
		return sendJson(response, 404, {message: 'Resource does not exist'});
	};
	const desk = faultyDesk({random, read, apply, isWrite: request => request.method === 'POST' && writes.has(request.url), ...(options.onWrite ? {onWrite: options.onWrite} : {})});
	return Object.assign(desk, {copies: (body: string) => attachments.filter(attachment => attachment['Content'] === body).length});
}
