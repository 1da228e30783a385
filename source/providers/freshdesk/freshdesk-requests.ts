// Every request the Freshdesk adapter sends, as data; paths are relative to https://<domain>.freshdesk.com/api/v2.
import type {HttpRequest} from '../http/http-types.js';

/** The largest page Freshdesk gives. */
export const freshdeskMaxPerPage = 100;

const ticket = (id: number) => `/tickets/${id}`;

export const freshdeskRequests = {
	me: (): HttpRequest => ({method: 'GET', path: '/agents/me'}),
	agents: (page: number): HttpRequest => ({method: 'GET', path: '/agents', query: {per_page: freshdeskMaxPerPage, page}}),
	groups: (page: number): HttpRequest => ({method: 'GET', path: '/groups', query: {per_page: freshdeskMaxPerPage, page}}),
	/** Without updated_since the list holds only the last 30 days; requester side-loads the customer's name. */
	tickets: (updatedSince: string, order: 'asc' | 'desc', perPage: number, page: number): HttpRequest => ({
		method: 'GET',
		path: '/tickets',
		query: {updated_since: updatedSince, order_by: 'updated_at', order_type: order, per_page: perPage, page, include: 'requester'},
	}),
	/** The metric read: tickets changed since the period began, with what a full conversation needs but its thread. */
	metricTickets: (updatedSince: string, page: number): HttpRequest => ({
		method: 'GET',
		path: '/tickets',
		query: {updated_since: updatedSince, order_by: 'created_at', order_type: 'asc', per_page: freshdeskMaxPerPage, page, include: 'requester,stats,description'},
	}),
	/** Every survey answer since a time (the list holds only the last 30 days unless told a start). */
	satisfactionRatings: (createdSince: string, page: number): HttpRequest => ({
		method: 'GET',
		path: '/surveys/satisfaction_ratings',
		query: {created_since: createdSince, per_page: freshdeskMaxPerPage, page},
	}),
	timeEntries: (executedAfter: string, page: number): HttpRequest => ({
		method: 'GET',
		path: '/time_entries',
		query: {executed_after: executedAfter, per_page: freshdeskMaxPerPage, page},
	}),
	ticket: (id: number): HttpRequest => ({method: 'GET', path: ticket(id), query: {include: 'requester,stats'}}),
	conversations: (id: number, page: number): HttpRequest => ({method: 'GET', path: `${ticket(id)}/conversations`, query: {per_page: freshdeskMaxPerPage, page}}),
	/** A reply is sent once, never retried (POST). */
	reply: (id: number, body: string): HttpRequest => ({method: 'POST', path: `${ticket(id)}/reply`, json: {body}}),
	note: (id: number, body: string): HttpRequest => ({method: 'POST', path: `${ticket(id)}/notes`, json: {body, private: true}}),
	/** Assignment, status, priority and tags are fields of the ticket; tags replace the whole list. */
	update: (id: number, fields: {responder_id?: number | null; group_id?: number | null; status?: number; priority?: number; tags?: string[]}): HttpRequest => ({
		method: 'PUT',
		path: ticket(id),
		json: fields,
	}),
	cannedFolders: (): HttpRequest => ({method: 'GET', path: '/canned_response_folders'}),
	cannedResponses: (folderId: number): HttpRequest => ({method: 'GET', path: `/canned_response_folders/${folderId}/responses`}),
};

/** Freshdesk says a next page exists with a Link header (rel="next"); its absence is the last page. */
export function hasNextPage(headers: Record<string, string>): boolean {
	return /rel="?next"?/.test(headers['link'] ?? '');
}
