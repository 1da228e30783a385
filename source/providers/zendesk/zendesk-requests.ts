// Every request the Zendesk adapter sends, as data; paths are relative to https://{subdomain}.zendesk.com/api/v2.
import type {HttpRequest} from '../http/http-types.js';

/** The largest page Zendesk's cursor pagination gives. */
export const zendeskPageSize = 100;

export type ZendeskTicketUpdate = {
	comment?: {body: string; public: boolean};
	status?: string;
	priority?: string;
	assignee_id?: number | null;
	group_id?: number | null;
	additional_tags?: string[];
	remove_tags?: string[];
	safe_update?: boolean;
	updated_stamp?: string;
};

const page = (after: string | undefined, size = zendeskPageSize) => ({'page[size]': size, ...(after === undefined ? {} : {'page[after]': after})});
const ticket = (id: string) => `/tickets/${encodeURIComponent(id)}`;

export const zendeskRequests = {
	me: (): HttpRequest => ({method: 'GET', path: '/users/me'}),
	agents: (after?: string): HttpRequest => ({method: 'GET', path: '/users', query: {'role[]': ['agent', 'admin'], ...page(after)}}),
	users: (ids: readonly number[]): HttpRequest => ({method: 'GET', path: '/users/show_many', query: {ids: ids.join(',')}}),
	groups: (after?: string): HttpRequest => ({method: 'GET', path: '/groups', query: page(after)}),
	memberships: (after?: string): HttpRequest => ({method: 'GET', path: '/group_memberships', query: page(after)}),
	/** Search with cursor pagination (the plain search stops at 1,000 results). */
	exportSearch: (query: string, size: number, after?: string): HttpRequest => ({
		method: 'GET',
		path: '/search/export',
		query: {query, 'filter[type]': 'ticket', ...page(after, size)},
	}),
	ticket: (id: string): HttpRequest => ({method: 'GET', path: ticket(id), query: {include: 'users,groups,organizations,metric_sets'}}),
	comments: (id: string, after?: string): HttpRequest => ({method: 'GET', path: `${ticket(id)}/comments`, query: {include: 'users', ...page(after)}}),
	/** A comment makes the update unsafe to repeat: it is sent once, never retried blindly. */
	update: (id: string, update: ZendeskTicketUpdate): HttpRequest => ({
		method: 'PUT',
		path: ticket(id),
		json: {ticket: update},
		idempotent: update.comment === undefined,
	}),
	incremental: (from: {startTime: number} | {cursor: string}): HttpRequest => ({
		method: 'GET',
		path: '/incremental/tickets/cursor',
		query: 'cursor' in from ? {cursor: from.cursor} : {start_time: from.startTime},
	}),
	search: (query: string, pageNumber: number): HttpRequest => ({
		method: 'GET',
		path: '/search',
		query: {query, sort_by: 'updated_at', sort_order: 'asc', page: pageNumber, per_page: zendeskPageSize},
	}),
	macros: (after?: string): HttpRequest => ({method: 'GET', path: '/macros', query: {active: true, ...page(after)}}),
};
