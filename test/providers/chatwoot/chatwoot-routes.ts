// The fixture routes of a small Chatwoot account (account 1), shared by the behaviour, contract and HTTP tests.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {OpenApiDocument} from '../../helpers/openapi-contract.js';
import {ok, route, type FixtureRoute} from '../../helpers/spec-server.js';
import {parseChatwootSettings} from '../../../source/providers/chatwoot/chatwoot-settings.js';

const directory = join(import.meta.dirname, '../../fixtures/chatwoot');

export function chatwootFixture<T = unknown>(name: string): T {
	return JSON.parse(readFileSync(join(directory, name), 'utf8')) as T;
}

export const chatwootSpecPath = join(import.meta.dirname, '../../../../shared/specs/chatwoot/application_swagger.json');
export const testNow = Date.UTC(2026, 10, 26, 9, 0, 0);
export const token = 'cw-test-token-9f8e7d';
export const secrets = {token};
export const settings = parseChatwootSettings({url: 'https://chat.example.com', accountId: '1', language: 'en'});

const account = '/api/v1/accounts/1';

/** A conversation list page of exactly `count` conversations cloned from the fixture, ids from `firstId`. */
export function conversationPage(count: number, firstId: number): unknown {
	const template = chatwootFixture<{data: {payload: Array<Record<string, unknown>>}}>('conversation-list.json').data.payload[0]!;
	return {
		data: {
			meta: {mine_count: 0, unassigned_count: count, assigned_count: 0, all_count: count},
			payload: Array.from({length: count}, (_unused, index) => ({...template, id: firstId + index})),
		},
	};
}

export function chatwootRoutes(): FixtureRoute[] {
	return [
		route('GET', '/api/v1/profile', ok(chatwootFixture('profile.json'))),
		route('GET', `${account}/agents`, ok(chatwootFixture('agents.json'))),
		route('GET', `${account}/teams`, ok(chatwootFixture('teams.json'))),
		route('GET', `${account}/teams/2/team_members`, ok(chatwootFixture('team-members-2.json'))),
		route('GET', `${account}/teams/4/team_members`, ok(chatwootFixture('team-members-4.json'))),
		route('POST', `${account}/conversations/filter`, ok(chatwootFixture('conversation-list.json'))),
		route('GET', `${account}/conversations`, ok(chatwootFixture('conversation-list.json'))),
		route('GET', `${account}/conversations/42`, ok(chatwootFixture('conversation-42.json'))),
		{...route('GET', `${account}/conversations/42/messages`, ok(chatwootFixture('messages-empty.json'))), when: request => request.query?.['before'] !== undefined},
		route('GET', `${account}/conversations/42/messages`, ok(chatwootFixture('messages-42.json'))),
		route('GET', `${account}/contacts/7`, ok(chatwootFixture('contact-7.json'))),
		route('POST', `${account}/conversations/42/messages`, ok(chatwootFixture('message-created.json'))),
		route('POST', `${account}/conversations/42/assignments`, ok(chatwootFixture('assignment.json'))),
		route('POST', `${account}/conversations/42/toggle_status`, ok(chatwootFixture('toggle-status.json'))),
		route('POST', `${account}/conversations/42/toggle_priority`, ok({})),
		route('GET', `${account}/conversations/42/labels`, ok(chatwootFixture('labels-42.json'))),
		route('POST', `${account}/conversations/42/labels`, ok({payload: ['refund', 'vip']})),
		route('GET', `${account}/canned_responses`, ok(chatwootFixture('canned-responses.json'))),
	];
}

/**
 * What Chatwoot accepts but its OpenAPI document leaves out, each read in Chatwoot's own source:
 * - updated_within on the conversation list (app/finders/conversation_finder.rb: everything updated in
 *   the last N seconds, unpaged);
 * - the is_present / is_not_present filter operators (lib/filters/filter_keys.yml, for assignee_id and
 *   team_id), which is how "unassigned" and "no team" are asked for.
 */
export function amendChatwootSpec(document: OpenApiDocument): void {
	const list = document.paths['/api/v1/accounts/{account_id}/conversations']!['get'] as {parameters: unknown[]};
	list.parameters.push({name: 'updated_within', in: 'query', schema: {type: 'integer', minimum: 1}});
	const filter = document.paths['/api/v1/accounts/{account_id}/conversations/filter']!['post'] as {
		requestBody: {content: {'application/json': {schema: {properties: {payload: {items: {properties: {filter_operator: {enum: string[]}}}}}}}}};
	};
	filter.requestBody.content['application/json'].schema.properties.payload.items.properties.filter_operator.enum.push('is_present', 'is_not_present');
}
