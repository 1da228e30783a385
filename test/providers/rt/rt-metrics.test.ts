// RT's history in metric facts (Status and TimeTaken transactions as RT 5.0.3 sends them), and `stats --json` over them.
import {afterEach, describe, expect, it} from 'vitest';
import {eventsFromHistory, factsFromRtTicket} from '../../../source/providers/rt/map-metric-facts.js';
import {rtTicketSchema, rtTransactionSchema} from '../../../source/providers/rt/rt-schemas.js';
import {sendJson} from '../../helpers/loopback-server.js';
import {statsJson} from '../../helpers/stats-json.js';
import {collection, listedTicket, root} from './rt-fixtures.js';
import {closeScripted, openScripted} from './rt-scripted.js';

afterEach(closeScripted);

const person = (name: string) => ({type: 'user', id: name, Name: name});
/** One item of GET /ticket/:id/history?fields=Type,Creator,Created,Field,OldValue,NewValue,TimeTaken&fields[Creator]=Name */
const item = (id: number, Type: string, creator: string, minute: number, extra: Record<string, string> = {}) => ({
	id: String(id), type: 'transaction', Type, Field: '', OldValue: '', NewValue: '', TimeTaken: '0', Creator: person(creator), Created: `2026-11-22T14:${String(minute).padStart(2, '0')}:00Z`, ...extra,
});
const at = (minute: number) => Date.UTC(2026, 10, 22, 14, minute);

/** A ticket from alice: root answers after 10 min with 3 min worked, resolves it, alice reopens it, root sets 5 more. */
function history(ticket: number) {
	const base = ticket * 100;
	return collection([
		item(base + 1, 'Create', 'alice@example.com', 0),
		item(base + 2, 'EmailRecord', 'RT_System', 0),
		item(base + 3, 'Correspond', 'root', 10, {TimeTaken: '3'}),
		item(base + 4, 'Status', 'RT_System', 10, {Field: 'Status', OldValue: 'new', NewValue: 'open'}),
		item(base + 5, 'Status', 'root', 11, {Field: 'Status', OldValue: 'open', NewValue: 'resolved'}),
		item(base + 6, 'Correspond', 'alice@example.com', 20),
		item(base + 7, 'Status', 'RT_System', 20, {Field: 'Status', OldValue: 'resolved', NewValue: 'open'}),
		item(base + 8, 'Set', 'root', 25, {Field: 'TimeWorked', OldValue: '3', NewValue: '8', TimeTaken: '5'}),
		item(base + 9, 'Set', 'root', 26, {Field: 'Owner', OldValue: '6', NewValue: '14'}),
	]);
}
const transactions = (ticket: number) => history(ticket).items.map(each => rtTransactionSchema.parse(each));
const ticket = (id: string) => listedTicket(id, {Status: 'open', Created: '2026-11-22T14:00:00Z', Owner: {...person('root'), RealName: 'Enoch Root'}});

describe('RT history as metric events', () => {
	it('reads status changes with who made them, and time worked from TimeTaken per creator', () => {
		expect(eventsFromHistory('1', transactions(1), new Set(['alice@example.com']))).toEqual([
			{kind: 'worked', conversationId: '1', at: at(10), agentId: 'root', seconds: 180},
			{kind: 'status', conversationId: '1', at: at(11), actorId: 'root', from: 'open', to: 'closed'},
			{kind: 'status', conversationId: '1', at: at(20), actorId: null, from: 'closed', to: 'open'},
			{kind: 'worked', conversationId: '1', at: at(25), agentId: 'root', seconds: 300},
		]);
	});

	it('takes the first Correspond by staff as the first human reply, counts the reopening, and says what RT records', () => {
		const facts = factsFromRtTicket(rtTicketSchema.parse(ticket('1')), transactions(1));
		expect(facts).toMatchObject({id: '1', firstCustomerAt: at(0), firstHumanReplyAt: at(10), humanReplies: 1, humanAuthorIds: ['root'], reopened: 1, recorded: ['status', 'worked']});
		expect(facts.events?.some(event => event.kind === 'handover')).toBe(false);
	});
});

describe('RT metric read', () => {
	const now = Date.UTC(2026, 10, 22, 15, 0, 0);

	function desk(count: number) {
		return openScripted((request, response) => {
			const url = new URL(request.url, 'http://x');
			const path = url.pathname.replace('/REST/2.0', '');
			if (path === '/tickets') return sendJson(response, 200, collection(Array.from({length: count}, (_, index) => ticket(String(index + 1)))));
			const historyOf = /^\/ticket\/(\d+)\/history$/.exec(path);
			if (historyOf) return sendJson(response, 200, history(Number(historyOf[1])));
			if (path === '/users') return sendJson(response, 200, collection([{type: 'user', id: 'root', Name: 'root', Disabled: ''}]));
			if (path.startsWith('/user/')) return sendJson(response, 200, root);
			if (path === '/queues/all') return sendJson(response, 200, collection([]));
			sendJson(response, 404, {message: 'Not Found'});
		});
	}

	it('asks for the tickets created in the period and reads each history once, without attachments', async () => {
		const {provider, requests} = await desk(3);
		const facts = [];
		for await (const fact of provider.iterateMetricFacts!({from: Date.UTC(2026, 10, 22), until: now})) facts.push(fact);
		expect(facts.map(fact => fact.id)).toEqual(['1', '2', '3']);
		const search = new URL(requests[0]!.url, 'http://x').searchParams;
		expect(search.get('query')).toBe("Created >= '2026-11-22 00:00:00' AND Created < '2026-11-22 15:00:00' AND ((Status = '__Active__' AND Status != 'stalled') OR Status = 'stalled' OR (Status = '__Inactive__' AND Status != 'deleted'))");
		const paths = requests.slice(1).map(request => new URL(request.url, 'http://x').pathname);
		expect(paths.sort()).toEqual(['/REST/2.0/ticket/1/history', '/REST/2.0/ticket/2/history', '/REST/2.0/ticket/3/history']);
		expect(new URL(requests[1]!.url, 'http://x').searchParams.get('fields')).toContain('TimeTaken');
	});

	it('gives stats --json an AHT and time worked resting on the RT conversations', async () => {
		const {provider} = await desk(4);
		const report = await statsJson(provider, ['--since', '2026-11-22'], now);
		expect(report.conversations).toBe(4);
		expect(report.figure('aht')).toMatchObject({unavailable: null, conversations: 4, value: {kind: 'duration', unit: 'ms', value: {median: 480_000, mean: 480_000}}});
		expect(report.figure('reply_writing')).toMatchObject({unavailable: null});
		expect(report.figure('template_time_saved').unavailable).toBe('the back end records no template uses');
	});
});
