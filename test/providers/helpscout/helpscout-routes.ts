// The fixture routes of a small Help Scout account, shared by the behaviour, contract, HTTP and binary tests.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseHelpscoutSettings} from '../../../source/providers/helpscout/helpscout-settings.js';
import {ok, route, type FixtureReply, type FixtureRoute} from '../../helpers/spec-server.js';

const directory = join(import.meta.dirname, '../../fixtures/helpscout');

export function helpscoutFixture<T = unknown>(name: string): T {
	return JSON.parse(readFileSync(join(directory, name), 'utf8')) as T;
}

export const helpscoutSpecPath = join(directory, 'helpscout-api.openapi.json');
export const testNow = Date.UTC(2026, 10, 26, 9, 0, 0);
export const appId = 'hs-app-id-7c8d';
export const secrets = {appSecret: 'hs-app-secret-9e0f1a2b'};
export const accessToken = 'hs-access-token-1a2b3c';
export const settings = parseHelpscoutSettings({appId});

const created = (id: number): FixtureReply => ({status: 201, headers: {'resource-id': String(id), location: `https://api.helpscout.net/v2/conversations/1201/threads/${id}`}});
const noContent: FixtureReply = {status: 204};
const pageIs = (page: number) => (request: {query?: Record<string, unknown>}) => String(request.query?.['page'] ?? '1') === String(page);

export function helpscoutRoutes(): FixtureRoute[] {
	return [
		route('POST', '/oauth2/token', ok(helpscoutFixture('token.json'))),
		route('GET', '/users/me', ok(helpscoutFixture('me.json'))),
		route('GET', '/users', ok(helpscoutFixture('users.json'))),
		route('GET', '/mailboxes', ok(helpscoutFixture('mailboxes.json'))),
		{...route('GET', '/conversations', ok(helpscoutFixture('conversations-changed.json'))), when: request => request.query?.['modifiedSince'] !== undefined},
		{...route('GET', '/conversations', ok(helpscoutFixture('conversations-open-2.json'))), when: pageIs(2)},
		route('GET', '/conversations', ok(helpscoutFixture('conversations-open-1.json'))),
		route('GET', '/conversations/1201', ok(helpscoutFixture('conversation-1201.json'))),
		route('GET', '/conversations/1201/threads', ok(helpscoutFixture('threads-1201.json'))),
		route('POST', '/conversations/1201/reply', created(7010)),
		route('POST', '/conversations/1201/notes', created(7011)),
		route('PATCH', '/conversations/1201', noContent),
		route('PUT', '/conversations/1201/tags', noContent),
		route('GET', '/mailboxes/85/saved-replies', ok(helpscoutFixture('saved-replies-85.json'))),
		route('GET', '/mailboxes/86/saved-replies', ok(helpscoutFixture('saved-replies-86.json'))),
		route('GET', '/mailboxes/85/saved-replies/41', ok(helpscoutFixture('saved-reply-41.json'))),
		route('GET', '/mailboxes/86/saved-replies/42', ok(helpscoutFixture('saved-reply-42.json'))),
	];
}
