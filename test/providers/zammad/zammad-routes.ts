// The fixture routes of a small Zammad instance, shared by the behaviour, contract and HTTP tests.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseZammadSettings} from '../../../source/providers/zammad/zammad-settings.js';
import {ok, route, type FixtureReply, type FixtureRoute} from '../../helpers/spec-server.js';

const directory = join(import.meta.dirname, '../../fixtures/zammad');

export function zammadFixture<T = unknown>(name: string): T {
	return JSON.parse(readFileSync(join(directory, name), 'utf8')) as T;
}

export const zammadSpecPath = join(directory, 'zammad-api.openapi.json');
export const testNow = Date.UTC(2026, 10, 26, 9, 0, 0);
export const token = 'zammad-test-token-9c8d7e6f';
export const secrets = {token};
export const settings = parseZammadSettings({url: 'https://support.northwind.example'});

const created = (body: unknown): FixtureReply => ({status: 201, body});

/** A search page of `count` tickets cloned from the fixture's first ticket. */
export function searchPage(count: number, firstId: number): unknown {
	const template = zammadFixture<Array<Record<string, unknown>>>('search.json')[0]!;
	return Array.from({length: count}, (_unused, index) => ({...template, id: firstId + index, number: String(30000 + firstId + index)}));
}

export function zammadRoutes(): FixtureRoute[] {
	return [
		route('GET', '/users/me', ok(zammadFixture('me.json'))),
		route('GET', '/users', ok(zammadFixture('users.json'))),
		route('GET', '/users/17', ok(zammadFixture('user-17.json'))),
		route('GET', '/groups', ok(zammadFixture('groups.json'))),
		route('GET', '/ticket_states', ok(zammadFixture('ticket-states.json'))),
		{...route('GET', '/tickets/search', ok(zammadFixture<unknown[]>('search.json').slice(0, 1))), when: request => String(request.query?.['query']).startsWith('created_at:')},
		route('GET', '/tickets/search', ok(zammadFixture('search.json'))),
		route('GET', '/tickets/42', ok(zammadFixture('ticket-42.json'))),
		route('PUT', '/tickets/42', ok(zammadFixture('ticket-42.json'))),
		route('GET', '/tickets/42/time_accountings', ok(zammadFixture('time-accountings-42.json'))),
		route('GET', '/ticket_articles/by_ticket/42', ok(zammadFixture('articles-42.json'))),
		{...route('POST', '/ticket_articles', created(zammadFixture('article-note.json'))), when: request => (request.json as {internal?: boolean}).internal === true},
		route('POST', '/ticket_articles', created(zammadFixture('article-reply.json'))),
		route('GET', '/tags', ok(zammadFixture('tags-42.json'))),
		route('POST', '/tags/add', created(true)),
		route('DELETE', '/tags/remove', ok(true)),
		route('GET', '/text_modules', ok(zammadFixture('text-modules.json'))),
		route('GET', '/macros', ok(zammadFixture('macros.json'))),
	];
}
