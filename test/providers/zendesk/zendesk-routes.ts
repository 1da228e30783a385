// The fixture routes of a small Zendesk account, shared by the behaviour, contract and HTTP tests.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseZendeskSettings} from '../../../source/providers/zendesk/zendesk-settings.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';

const directory = join(import.meta.dirname, '../../fixtures/zendesk');

export function zendeskFixture<T = unknown>(name: string): T {
	return JSON.parse(readFileSync(join(directory, name), 'utf8')) as T;
}

/** Written by the team from Zendesk's public reference (see SOURCE.md): always present, so always checked. */
export const zendeskSpecPath = join(directory, 'zendesk-api.openapi.json');
export const testNow = Date.UTC(2026, 10, 26, 9, 0, 0);
export const token = 'zd-test-token-5e6f7a8b';
export const secrets = {token};
export const settings = parseZendeskSettings({url: 'acme', email: 'dana@example.com'});

/** An export search page of `count` tickets cloned from the fixture, with a next cursor when `after` is given. */
export function exportPage(count: number, firstId: number, after?: string): unknown {
	const template = zendeskFixture<{results: Array<Record<string, unknown>>}>('search-export.json').results[0]!;
	return {
		results: Array.from({length: count}, (_unused, index) => ({...template, id: firstId + index})),
		facets: null,
		meta: {has_more: after !== undefined, after_cursor: after ?? null, before_cursor: null},
		links: {next: after === undefined ? null : `https://acme.zendesk.com/api/v2/search/export?page[after]=${after}`, prev: null},
	};
}

export function zendeskRoutes(): FixtureRoute[] {
	return [
		route('GET', '/users/me', ok(zendeskFixture('me.json'))),
		route('GET', '/users', ok(zendeskFixture('agents.json'))),
		route('GET', '/users/show_many', ok(zendeskFixture('users-show-many.json'))),
		route('GET', '/groups', ok(zendeskFixture('groups.json'))),
		route('GET', '/group_memberships', ok(zendeskFixture('group-memberships.json'))),
		route('GET', '/search/export', ok(zendeskFixture('search-export.json'))),
		route('GET', '/search', ok(zendeskFixture('search-updated.json'))),
		route('GET', '/tickets/35436', ok(zendeskFixture('ticket-35436.json'))),
		route('GET', '/tickets/35436/comments', ok(zendeskFixture('comments-35436.json'))),
		{...route('PUT', '/tickets/35436', ok(zendeskFixture('update-reply.json'))), when: request => JSON.stringify(request.json).includes('"comment"')},
		route('PUT', '/tickets/35436', ok(zendeskFixture('update-fields.json'))),
		{...route('GET', '/incremental/tickets/cursor', ok(zendeskFixture('incremental-2.json'))), when: request => request.query?.['cursor'] === 'MTc5NTY4MzYwMC4wfHwzNTQzN3w='},
		route('GET', '/incremental/tickets/cursor', ok(zendeskFixture('incremental-1.json'))),
		route('GET', '/macros', ok(zendeskFixture('macros.json'))),
	];
}
