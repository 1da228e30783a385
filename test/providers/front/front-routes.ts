// The fixture routes of a small Front company, shared by the behaviour, contract, HTTP and binary tests.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {HttpRequest} from '../../../source/providers/http/http-types.js';
import {parseFrontSettings} from '../../../source/providers/front/front-settings.js';
import {ok, route, type FixtureReply, type FixtureRoute} from '../../helpers/spec-server.js';

const directory = join(import.meta.dirname, '../../fixtures/front');

export function frontFixture<T = unknown>(name: string): T {
	return JSON.parse(readFileSync(join(directory, name), 'utf8')) as T;
}

export const frontSpecPath = join(import.meta.dirname, '../../../../shared/specs/front/core-api.json');
export const testNow = Date.UTC(2026, 10, 26, 9, 0, 0);
export const token = 'front-test-token-5e6f7a8b';
export const secrets = {token};
export const settings = parseFrontSettings({teammate: 'maya.okafor@northwind.example'});

/** The search query a request carries in its path, decoded. */
export function searchQuery(request: HttpRequest): string {
	return decodeURIComponent(request.path.split('?')[0]!.replace(/^\/conversations\/search\//, ''));
}

const created = (body: unknown): FixtureReply => ({status: 201, body});
const accepted = (body: unknown): FixtureReply => ({status: 202, body});
const noContent: FixtureReply = {status: 204};

/** A search page of `count` conversations cloned from the fixture, with a next link when `next` is given. */
export function searchPage(count: number, firstId: number, next?: string): unknown {
	const template = frontFixture<{_results: Array<Record<string, unknown>>}>('search.json')._results[0]!;
	return {
		_pagination: {next: next ? `https://acme.api.frontapp.com/conversations/search/is:open?page_token=${next}` : null},
		_links: {self: 'https://acme.api.frontapp.com/conversations/search/is:open'},
		_total: 320,
		_results: Array.from({length: count}, (_unused, index) => ({...template, id: `cnv_${firstId + index}`})),
	};
}

export function frontRoutes(): FixtureRoute[] {
	return [
		route('GET', /^\/teammates\/alt%3Aemail%3Amaya\.okafor%40northwind\.example$/, ok(frontFixture('teammate.json'))),
		route('GET', '/teammates', ok(frontFixture('teammates.json'))),
		route('GET', '/teams', ok(frontFixture('teams.json'))),
		route('GET', '/tags', ok(frontFixture('tags.json'))),
		route('POST', '/tags', created(frontFixture('tag-created.json'))),
		{...route('GET', /^\/conversations\/search\//, ok(frontFixture('search-snoozed.json'))), when: request => searchQuery(request).includes('is:snoozed')},
		route('GET', /^\/conversations\/search\//, ok(frontFixture('search.json'))),
		route('GET', '/conversations/cnv_yo1kg5q', ok(frontFixture('conversation.json'))),
		route('GET', '/conversations/cnv_yo1kg5q/messages', ok(frontFixture('messages.json'))),
		route('GET', '/conversations/cnv_yo1kg5q/comments', ok(frontFixture('comments.json'))),
		route('POST', '/conversations/cnv_yo1kg5q/messages', accepted(frontFixture('message-accepted.json'))),
		route('GET', /^\/messages\/alt(:|%3A)uid(:|%3A)5cef987d28f4b29dbf4f23a1ggo52d81$/, ok(frontFixture('message-sent.json'))),
		route('POST', '/conversations/cnv_yo1kg5q/comments', created(frontFixture('comment-created.json'))),
		route('PUT', '/conversations/cnv_yo1kg5q/assignee', noContent),
		route('PATCH', '/conversations/cnv_yo1kg5q', noContent),
		route('PATCH', '/conversations/cnv_yo1kg5q/reminders', noContent),
		route('POST', '/conversations/cnv_yo1kg5q/tags', noContent),
		route('DELETE', '/conversations/cnv_yo1kg5q/tags', noContent),
		route('GET', '/message_templates', ok(frontFixture('templates.json'))),
	];
}
