// Every request the Intercom adapter sends, as data. Every write names the acting admin (admin_id).
import type {HttpRequest} from '../http/http-types.js';

export type IntercomFilter = {field: string; operator: string; value: string | number | Array<string | number>};
export type IntercomQuery = IntercomFilter | {operator: 'AND' | 'OR'; value: IntercomFilter[]};

const conversation = (id: string) => `/conversations/${encodeURIComponent(id)}`;

export const intercomRequests = {
	me: (): HttpRequest => ({method: 'GET', path: '/me'}),
	admins: (): HttpRequest => ({method: 'GET', path: '/admins'}),
	teams: (): HttpRequest => ({method: 'GET', path: '/teams'}),
	tags: (): HttpRequest => ({method: 'GET', path: '/tags'}),
	createTag: (name: string): HttpRequest => ({method: 'POST', path: '/tags', json: {name}, idempotent: true}),
	/** A search is a read: safe to retry. */
	searchConversations: (query: IntercomQuery, perPage: number, startingAfter?: string): HttpRequest => ({
		method: 'POST',
		path: '/conversations/search',
		json: {query, pagination: {per_page: perPage, ...(startingAfter === undefined ? {} : {starting_after: startingAfter})}},
		idempotent: true,
	}),
	searchContacts: (ids: string[]): HttpRequest => ({
		method: 'POST',
		path: '/contacts/search',
		json: {query: {field: 'id', operator: 'IN', value: ids}, pagination: {per_page: Math.min(150, Math.max(1, ids.length))}},
		idempotent: true,
	}),
	/** Plain text bodies; at most the 500 most recent parts come back. */
	conversation: (id: string): HttpRequest => ({method: 'GET', path: conversation(id), query: {display_as: 'plaintext'}}),
	contact: (id: string): HttpRequest => ({method: 'GET', path: `/contacts/${encodeURIComponent(id)}`}),
	company: (id: string): HttpRequest => ({method: 'GET', path: `/companies/${encodeURIComponent(id)}`}),
	reply: (id: string, adminId: string, body: string, messageType: 'comment' | 'note'): HttpRequest => ({
		method: 'POST',
		path: `${conversation(id)}/reply`,
		json: {message_type: messageType, type: 'admin', admin_id: adminId, body},
	}),
	/** Assignee "0" unassigns (a conversation holds an admin and a team assignee apart). */
	assign: (id: string, adminId: string, type: 'admin' | 'team', assigneeId: string): HttpRequest => ({
		method: 'POST',
		path: `${conversation(id)}/parts`,
		json: {message_type: 'assignment', type, admin_id: adminId, assignee_id: assigneeId},
	}),
	open: (id: string, adminId: string): HttpRequest => ({method: 'POST', path: `${conversation(id)}/parts`, json: {message_type: 'open', admin_id: adminId}}),
	close: (id: string, adminId: string): HttpRequest => ({
		method: 'POST',
		path: `${conversation(id)}/parts`,
		json: {message_type: 'close', type: 'admin', admin_id: adminId},
	}),
	snooze: (id: string, adminId: string, until: number): HttpRequest => ({
		method: 'POST',
		path: `${conversation(id)}/parts`,
		json: {message_type: 'snoozed', admin_id: adminId, snoozed_until: until},
	}),
	tag: (id: string, adminId: string, tagId: string): HttpRequest => ({
		method: 'POST',
		path: `${conversation(id)}/tags`,
		json: {id: tagId, admin_id: adminId},
		idempotent: true,
	}),
	untag: (id: string, adminId: string, tagId: string): HttpRequest => ({
		method: 'DELETE',
		path: `${conversation(id)}/tags/${encodeURIComponent(tagId)}`,
		json: {admin_id: adminId},
	}),
	macros: (startingAfter?: string): HttpRequest => ({
		method: 'GET',
		path: '/macros',
		query: {per_page: 150, ...(startingAfter === undefined ? {} : {starting_after: startingAfter})},
	}),
};
