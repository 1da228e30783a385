// Every request the Front adapter sends, as data; paths are relative to https://api2.frontapp.com.
import type {HttpRequest} from '../http/http-types.js';

/** The largest page Front gives. */
export const frontMaxPerPage = 100;

const conversation = (id: string) => `/conversations/${encodeURIComponent(id)}`;
const page = (pageToken: string | undefined) => (pageToken === undefined ? {} : {page_token: pageToken});

export const frontRequests = {
	teammate: (id: string): HttpRequest => ({method: 'GET', path: `/teammates/${encodeURIComponent(id)}`}),
	teammates: (): HttpRequest => ({method: 'GET', path: '/teammates'}),
	teams: (): HttpRequest => ({method: 'GET', path: '/teams'}),
	tags: (pageToken?: string): HttpRequest => ({method: 'GET', path: '/tags', query: {limit: frontMaxPerPage, ...page(pageToken)}}),
	createTag: (name: string): HttpRequest => ({method: 'POST', path: '/tags', json: {name}}),
	/** Front's search orders by last activity; the query is text and filters (is:open, assignee:, tag:, after:). */
	search: (query: string, limit: number, pageToken?: string): HttpRequest => ({
		method: 'GET',
		path: `/conversations/search/${encodeURIComponent(query)}`,
		query: {limit, ...page(pageToken)},
	}),
	conversation: (id: string): HttpRequest => ({method: 'GET', path: conversation(id)}),
	messages: (id: string, pageToken?: string): HttpRequest => ({
		method: 'GET',
		path: `${conversation(id)}/messages`,
		query: {limit: frontMaxPerPage, sort_order: 'asc', ...page(pageToken)},
	}),
	comments: (id: string): HttpRequest => ({method: 'GET', path: `${conversation(id)}/comments`}),
	/** Front archives a conversation on reply unless told not to; a reply is sent once, never retried. */
	reply: (id: string, authorId: string, body: string): HttpRequest => ({
		method: 'POST',
		path: `${conversation(id)}/messages`,
		json: {author_id: authorId, body, options: {archive: false}},
	}),
	/** The accepted reply, by the message_uid the 202 gave (a 404 until Front has created it). */
	messageByUid: (uid: string): HttpRequest => ({method: 'GET', path: `/messages/${encodeURIComponent(`alt:uid:${uid}`)}`}),
	comment: (id: string, authorId: string, body: string): HttpRequest => ({method: 'POST', path: `${conversation(id)}/comments`, json: {author_id: authorId, body}}),
	assign: (id: string, assigneeId: string | null): HttpRequest => ({method: 'PUT', path: `${conversation(id)}/assignee`, json: {assignee_id: assigneeId}}),
	status: (id: string, status: 'open' | 'archived'): HttpRequest => ({method: 'PATCH', path: conversation(id), json: {status}, idempotent: true}),
	/** Front's snooze: a reminder that reopens the conversation at the time (unix seconds). */
	remind: (id: string, teammateId: string, at: number): HttpRequest => ({
		method: 'PATCH',
		path: `${conversation(id)}/reminders`,
		json: {teammate_id: teammateId, scheduled_at: at},
		idempotent: true,
	}),
	tag: (id: string, tagIds: string[]): HttpRequest => ({method: 'POST', path: `${conversation(id)}/tags`, json: {tag_ids: tagIds}, idempotent: true}),
	untag: (id: string, tagIds: string[]): HttpRequest => ({method: 'DELETE', path: `${conversation(id)}/tags`, json: {tag_ids: tagIds}}),
	templates: (): HttpRequest => ({method: 'GET', path: '/message_templates'}),
};

/** Front's next-page link carries the page token; deskterm's cursor is that token alone. */
export function pageTokenOf(next: string | null | undefined): string | null {
	if (!next) return null;
	return new URL(next, 'https://api2.frontapp.com').searchParams.get('page_token');
}
