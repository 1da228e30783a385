// The fixture routes of a small Freshdesk helpdesk, shared by the behaviour, contract, HTTP and binary tests.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseFreshdeskSettings} from '../../../source/providers/freshdesk/freshdesk-settings.js';
import {ok, route, type FixtureReply, type FixtureRoute} from '../../helpers/spec-server.js';

const directory = join(import.meta.dirname, '../../fixtures/freshdesk');

export function freshdeskFixture<T = unknown>(name: string): T {
	return JSON.parse(readFileSync(join(directory, name), 'utf8')) as T;
}

export const freshdeskSpecPath = join(directory, 'freshdesk-api.openapi.json');
export const testNow = Date.UTC(2026, 10, 26, 9, 0, 0);
export const token = 'freshdesk-key-7b8c9d0e';
export const secrets = {token};
export const settings = parseFreshdeskSettings({url: 'northwind'});

const created = (body: unknown): FixtureReply => ({status: 201, body});

/** A ticket list page of `count` tickets cloned from the fixture, with a Link header when more follow. */
export function ticketPage(count: number, firstId: number, more: boolean): FixtureReply {
	const template = freshdeskFixture<Array<Record<string, unknown>>>('tickets.json')[0]!;
	const body = Array.from({length: count}, (_unused, index) => ({...template, id: firstId + index}));
	return ok(body, more ? {link: '<https://northwind.freshdesk.com/api/v2/tickets?page=2&per_page=100>; rel="next"'} : {});
}

export function freshdeskRoutes(): FixtureRoute[] {
	return [
		route('GET', '/agents/me', ok(freshdeskFixture('agent-me.json'))),
		route('GET', '/agents', ok(freshdeskFixture('agents.json'))),
		route('GET', '/groups', ok(freshdeskFixture('groups.json'))),
		{...route('GET', '/tickets', ok(freshdeskFixture('tickets-metrics.json'))), when: request => String(request.query?.['include']).includes('description')},
		route('GET', '/tickets', ok(freshdeskFixture('tickets.json'))),
		route('GET', '/tickets/20', ok(freshdeskFixture('ticket-20.json'))),
		route('GET', '/tickets/20/conversations', ok(freshdeskFixture('conversations-20.json'))),
		route('GET', '/tickets/18/conversations', ok(freshdeskFixture('conversations-18.json'))),
		route('GET', /^\/tickets\/(17|19)\/conversations$/, ok([])),
		route('GET', '/surveys/satisfaction_ratings', ok(freshdeskFixture('satisfaction-ratings.json'))),
		route('GET', '/time_entries', ok(freshdeskFixture('time-entries.json'))),
		route('POST', '/tickets/20/reply', created(freshdeskFixture('reply-created.json'))),
		route('POST', '/tickets/20/notes', created(freshdeskFixture('note-created.json'))),
		route('PUT', '/tickets/20', ok(freshdeskFixture('ticket-updated.json'))),
		route('GET', '/canned_response_folders', ok(freshdeskFixture('canned-folders.json'))),
		route('GET', '/canned_response_folders/19000006001/responses', ok(freshdeskFixture('canned-responses-19000006001.json'))),
		route('GET', '/canned_response_folders/19000006002/responses', ok(freshdeskFixture('canned-responses-19000006002.json'))),
	];
}
