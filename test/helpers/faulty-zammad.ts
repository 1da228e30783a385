// A Zammad (ticket 42) on 127.0.0.1 that fails on purpose (the faults of fault-server.ts): each applied article
// (an email reply or an internal note) is added to the ticket's articles.
import type {ServerResponse} from 'node:http';
import {zammadFixture, zammadRoutes} from '../providers/zammad/zammad-routes.js';
import {faultyDesk, type Applied, type CountingDesk} from './fault-server.js';
import {fixtureReader, jsonOf, withCopies} from './faulty-saas.js';
import {sendJson, type RecordedRequest} from './loopback-server.js';

type Article = Record<string, unknown>;
const prefix = '/api/v1';

export function faultyZammad(random: () => number): CountingDesk {
	const articles = [...zammadFixture<Article[]>('articles-42.json')];
	const templates = {reply: zammadFixture<Article>('article-reply.json'), note: zammadFixture<Article>('article-note.json')};
	let nextId = 50_000;
	const apply = (request: RecordedRequest): Applied => {
		const {body, internal} = jsonOf(request) as {body: string; internal: boolean};
		const now = new Date().toISOString();
		const article = {...templates[internal ? 'note' : 'reply'], id: nextId++, body, content_type: 'text/plain', created_at: now, updated_at: now};
		articles.push(article);
		return {status: 201, body: article};
	};
	const fixtures = fixtureReader(zammadRoutes(), prefix);
	const read = (request: RecordedRequest, response: ServerResponse) =>
		request.method === 'GET' && request.url.split('?')[0] === `${prefix}/ticket_articles/by_ticket/42` ? sendJson(response, 200, articles) : fixtures(request, response);
	const desk = faultyDesk({random, read, apply, isWrite: request => request.method === 'POST' && request.url === `${prefix}/ticket_articles`});
	return withCopies(desk, () => articles.map(article => String(article['body'])));
}
