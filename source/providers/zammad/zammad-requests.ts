// Every request the Zammad adapter sends, as data; paths are relative to https://<host>/api/v1.
import type {HttpRequest} from '../http/http-types.js';

/** The largest page deskterm asks for (Zammad caps per_page on its side too). */
export const zammadMaxPerPage = 100;

const ticket = (id: number) => `/tickets/${id}`;

export const zammadRequests = {
	me: (): HttpRequest => ({method: 'GET', path: '/users/me', query: {expand: true}}),
	users: (page: number): HttpRequest => ({method: 'GET', path: '/users', query: {expand: true, page, per_page: zammadMaxPerPage}}),
	user: (id: number): HttpRequest => ({method: 'GET', path: `/users/${id}`}),
	groups: (): HttpRequest => ({method: 'GET', path: '/groups'}),
	/** With expand=true each state names its state type, which is what custom states are read by. */
	states: (): HttpRequest => ({method: 'GET', path: '/ticket_states', query: {expand: true}}),
	/** Search takes Elasticsearch query syntax; expand=true answers a plain array of tickets with names. */
	search: (query: string, page: number, perPage: number, order: 'asc' | 'desc' = 'desc'): HttpRequest => ({
		method: 'GET',
		path: '/tickets/search',
		query: {query, expand: true, page, per_page: perPage, sort_by: 'updated_at', order_by: order},
	}),
	/** Time accounted on a ticket (permission ticket.agent), one entry per article it was accounted with. */
	timeAccountings: (id: number): HttpRequest => ({method: 'GET', path: `${ticket(id)}/time_accountings`}),
	ticket: (id: number): HttpRequest => ({method: 'GET', path: ticket(id), query: {expand: true}}),
	articles: (id: number): HttpRequest => ({method: 'GET', path: `/ticket_articles/by_ticket/${id}`}),
	/** An article is sent once, never retried: a retry could mail the customer twice. */
	article: (json: Record<string, unknown>): HttpRequest => ({method: 'POST', path: '/ticket_articles', json}),
	update: (id: number, json: Record<string, unknown>): HttpRequest => ({method: 'PUT', path: ticket(id), json, idempotent: true}),
	tags: (id: number): HttpRequest => ({method: 'GET', path: '/tags', query: {object: 'Ticket', o_id: id}}),
	tagAdd: (id: number, item: string): HttpRequest => ({method: 'POST', path: '/tags/add', json: {object: 'Ticket', o_id: id, item}, idempotent: true}),
	tagRemove: (id: number, item: string): HttpRequest => ({method: 'DELETE', path: '/tags/remove', json: {object: 'Ticket', o_id: id, item}, idempotent: true}),
	textModules: (): HttpRequest => ({method: 'GET', path: '/text_modules'}),
	macros: (): HttpRequest => ({method: 'GET', path: '/macros'}),
};
