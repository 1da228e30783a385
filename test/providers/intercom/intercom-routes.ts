// The fixture routes of a small Intercom workspace, shared by the behaviour, contract and HTTP tests.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseIntercomSettings} from '../../../source/providers/intercom/intercom-settings.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';

const directory = join(import.meta.dirname, '../../fixtures/intercom');

export function intercomFixture<T = unknown>(name: string): T {
	return JSON.parse(readFileSync(join(directory, name), 'utf8')) as T;
}

export const intercomSpecPath = join(import.meta.dirname, '../../../../shared/specs/intercom/openapi.yaml');
export const testNow = Date.UTC(2026, 10, 26, 9, 0, 0);
export const token = 'ic-test-token-1a2b3c4d';
export const secrets = {token};
export const settings = parseIntercomSettings({region: 'eu'});

/** A search page of `count` conversations cloned from the list fixture, with a cursor when `next` is given. */
export function searchPage(count: number, firstId: number, next?: string): unknown {
	const list = intercomFixture<{conversations: Array<Record<string, unknown>>}>('conversation-list.json');
	const template = list.conversations[0]!;
	return {
		type: 'conversation.list',
		conversations: Array.from({length: count}, (_unused, index) => ({...template, id: String(firstId + index)})),
		total_count: 500,
		pages: {type: 'pages', page: 1, per_page: count, total_pages: 10, ...(next ? {next: {per_page: count, starting_after: next}} : {})},
	};
}

export function intercomRoutes(): FixtureRoute[] {
	return [
		route('GET', '/me', ok(intercomFixture('me.json'))),
		route('GET', '/admins', ok(intercomFixture('admins.json'))),
		route('GET', '/teams', ok(intercomFixture('teams.json'))),
		route('GET', '/tags', ok(intercomFixture('tags.json'))),
		route('POST', '/tags', ok(intercomFixture('tag-created.json'))),
		route('POST', '/conversations/search', ok(intercomFixture('conversation-list.json'))),
		route('POST', '/contacts/search', ok(intercomFixture('contact-search.json'))),
		route('GET', '/conversations/1001', ok(intercomFixture('conversation-1001.json'))),
		route('GET', '/contacts/6762f0d51bb69f9f2193bb7f', ok(intercomFixture('contact.json'))),
		route('GET', '/companies/6762f0d51bb69f9f2193bc00', ok(intercomFixture('company.json'))),
		route('POST', '/conversations/1001/reply', ok(intercomFixture('reply-response.json'))),
		route('POST', '/conversations/1001/parts', ok(intercomFixture('conversation-1001.json'))),
		route('POST', '/conversations/1001/tags', ok(intercomFixture('tag-applied.json'))),
		route('DELETE', /^\/conversations\/1001\/tags\/\d+$/, ok(intercomFixture('tag-applied.json'))),
		route('GET', '/macros', ok(intercomFixture('macros.json'))),
	];
}
