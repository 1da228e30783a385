// Every request the Help Scout adapter sends, as data; paths are relative to https://api.helpscout.net/v2.
import type {HttpRequest} from '../http/http-types.js';

const conversation = (id: string) => `/conversations/${encodeURIComponent(id)}`;

export type HelpscoutListQuery = {
	mailbox?: string;
	status: 'active' | 'pending' | 'closed' | 'open' | 'all';
	assignedTo?: string;
	tag?: string;
	query?: string;
	modifiedSince?: string;
	sortField: 'modifiedAt' | 'createdAt' | 'waitingSince';
	sortOrder: 'asc' | 'desc';
	page: number;
};

/** One JSON Patch operation: Help Scout takes one per request. */
const patch = (id: string, operation: {op: 'replace' | 'remove' | 'move'; path: string; value?: unknown}): HttpRequest => ({
	method: 'PATCH',
	path: conversation(id),
	json: operation,
	idempotent: true,
});

export const helpscoutRequests = {
	/** Client credentials for an access token; the secret goes in the body, never in a URL. */
	token: (appId: string, appSecret: string): HttpRequest => ({
		method: 'POST',
		path: '/oauth2/token',
		json: {grant_type: 'client_credentials', client_id: appId, client_secret: appSecret},
	}),
	me: (): HttpRequest => ({method: 'GET', path: '/users/me'}),
	users: (page: number): HttpRequest => ({method: 'GET', path: '/users', query: {page}}),
	mailboxes: (page: number): HttpRequest => ({method: 'GET', path: '/mailboxes', query: {page}}),
	conversations: (query: HelpscoutListQuery): HttpRequest => ({
		method: 'GET',
		path: '/conversations',
		query: {
			mailbox: query.mailbox,
			status: query.status,
			assigned_to: query.assignedTo,
			tag: query.tag,
			query: query.query,
			modifiedSince: query.modifiedSince,
			sortField: query.sortField,
			sortOrder: query.sortOrder,
			page: query.page,
		},
	}),
	conversation: (id: string): HttpRequest => ({method: 'GET', path: conversation(id)}),
	threads: (id: string, page: number): HttpRequest => ({method: 'GET', path: `${conversation(id)}/threads`, query: {page}}),
	/** A reply is sent once, never retried after a timeout; 201 names the thread in Resource-ID. */
	reply: (id: string, customerId: number, userId: number, text: string): HttpRequest => ({
		method: 'POST',
		path: `${conversation(id)}/reply`,
		json: {customer: {id: customerId}, text, user: userId},
	}),
	note: (id: string, userId: number, text: string): HttpRequest => ({method: 'POST', path: `${conversation(id)}/notes`, json: {text, user: userId}}),
	status: (id: string, status: 'active' | 'pending' | 'closed') => patch(id, {op: 'replace', path: '/status', value: status}),
	assign: (id: string, userId: number) => patch(id, {op: 'replace', path: '/assignTo', value: userId}),
	unassign: (id: string) => patch(id, {op: 'remove', path: '/assignTo'}),
	move: (id: string, mailboxId: number) => patch(id, {op: 'move', path: '/mailboxId', value: mailboxId}),
	/** Replaces the whole tag set. */
	tags: (id: string, tags: string[]): HttpRequest => ({method: 'PUT', path: `${conversation(id)}/tags`, json: {tags}}),
	savedReplies: (mailboxId: number): HttpRequest => ({method: 'GET', path: `/mailboxes/${mailboxId}/saved-replies`}),
	savedReply: (mailboxId: number, replyId: number): HttpRequest => ({method: 'GET', path: `/mailboxes/${mailboxId}/saved-replies/${replyId}`}),
};
