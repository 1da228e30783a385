// Every request the Chatwoot adapter sends, as data: account-scoped paths, documented parameters.
import type {HttpRequest} from '../http/http-types.js';

export type ChatwootFilter = {attribute_key: string; filter_operator: string; values: string[]; query_operator?: 'AND'};

const account = (accountId: number) => `/api/v1/accounts/${accountId}`;
const conversation = (accountId: number, id: string) => `${account(accountId)}/conversations/${encodeURIComponent(id)}`;

export const chatwootRequests = {
	profile: (): HttpRequest => ({method: 'GET', path: '/api/v1/profile'}),
	agents: (accountId: number): HttpRequest => ({method: 'GET', path: `${account(accountId)}/agents`}),
	teams: (accountId: number): HttpRequest => ({method: 'GET', path: `${account(accountId)}/teams`}),
	teamMembers: (accountId: number, teamId: number): HttpRequest => ({method: 'GET', path: `${account(accountId)}/teams/${teamId}/team_members`}),
	/** Conditions are joined with AND; the last one carries no operator. Page size is fixed at 25 by the server. */
	filterConversations: (accountId: number, filters: ChatwootFilter[], page: number): HttpRequest => ({
		method: 'POST',
		path: `${account(accountId)}/conversations/filter`,
		query: {page},
		json: {payload: filters.map((filter, index) => (index < filters.length - 1 ? {...filter, query_operator: 'AND'} : filter))},
		idempotent: true,
	}),
	listConversations: (accountId: number, query: HttpRequest['query']): HttpRequest => ({
		method: 'GET',
		path: `${account(accountId)}/conversations`,
		query,
	}),
	conversation: (accountId: number, id: string): HttpRequest => ({method: 'GET', path: conversation(accountId, id)}),
	/** The 20 messages before a message id (the newest 20 without one). */
	messages: (accountId: number, id: string, before?: number): HttpRequest => ({
		method: 'GET',
		path: `${conversation(accountId, id)}/messages`,
		...(before === undefined ? {} : {query: {before}}),
	}),
	contact: (accountId: number, contactId: number): HttpRequest => ({method: 'GET', path: `${account(accountId)}/contacts/${contactId}`}),
	createMessage: (accountId: number, id: string, content: string, isPrivate: boolean): HttpRequest => ({
		method: 'POST',
		path: `${conversation(accountId, id)}/messages`,
		json: {content, message_type: 'outgoing', private: isPrivate},
	}),
	/** assignee_id 0 (no such agent) unassigns; team_id 0 clears the team. */
	assign: (accountId: number, id: string, body: {assignee_id: number} | {team_id: number}): HttpRequest => ({
		method: 'POST',
		path: `${conversation(accountId, id)}/assignments`,
		json: body,
	}),
	toggleStatus: (accountId: number, id: string, status: string, snoozedUntil?: number): HttpRequest => ({
		method: 'POST',
		path: `${conversation(accountId, id)}/toggle_status`,
		json: {status, ...(snoozedUntil === undefined ? {} : {snoozed_until: snoozedUntil})},
		idempotent: true,
	}),
	togglePriority: (accountId: number, id: string, priority: string): HttpRequest => ({
		method: 'POST',
		path: `${conversation(accountId, id)}/toggle_priority`,
		json: {priority},
		idempotent: true,
	}),
	labels: (accountId: number, id: string): HttpRequest => ({method: 'GET', path: `${conversation(accountId, id)}/labels`}),
	/** Replaces the whole label list (Chatwoot has no add-one). */
	setLabels: (accountId: number, id: string, labels: string[]): HttpRequest => ({
		method: 'POST',
		path: `${conversation(accountId, id)}/labels`,
		json: {labels},
		idempotent: true,
	}),
	cannedResponses: (accountId: number): HttpRequest => ({method: 'GET', path: `${account(accountId)}/canned_responses`}),
};
