// Fuzzing the adapters' readers and mappers with payloads shaped like the providers' (their
// published-spec fixtures with fields replaced by arbitrary JSON or removed): each is read and mapped,
// or refused as one DeskError line, never a crash. Seeded and bounded.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Customer} from '../../source/domain/conversation.js';
import {DeskError} from '../../source/domain/errors.js';
import {chatwootConversationSchema, chatwootMessageListSchema, readChatwoot} from '../../source/providers/chatwoot/chatwoot-schemas.js';
import {mapChatwootConversation, mapChatwootSummary} from '../../source/providers/chatwoot/map-chatwoot-conversation.js';
import {mapChatwootMessage} from '../../source/providers/chatwoot/map-chatwoot-message.js';
import {intercomConversationSchema, readIntercom} from '../../source/providers/intercom/intercom-schemas.js';
import {mapIntercomSummary} from '../../source/providers/intercom/map-intercom-conversation.js';
import {mapIntercomPart} from '../../source/providers/intercom/map-intercom-part.js';
import {mapZendeskConversation, mapZendeskSummary} from '../../source/providers/zendesk/map-zendesk-ticket.js';
import {mapZendeskCustomer} from '../../source/providers/zendesk/map-zendesk-user.js';
import {readZendesk, zendeskCommentPageSchema, zendeskShowTicketSchema} from '../../source/providers/zendesk/zendesk-schemas.js';
import {chatwootFixture} from '../providers/chatwoot/chatwoot-routes.js';
import {intercomFixture} from '../providers/intercom/intercom-routes.js';
import {zendeskFixture} from '../providers/zendesk/zendesk-routes.js';
import {frontCommentListSchema, frontConversationSchema, frontMessageListSchema, readFront} from '../../source/providers/front/front-schemas.js';
import {mapFrontConversation, mapFrontSummary} from '../../source/providers/front/map-front-conversation.js';
import type {HttpClient} from '../../source/providers/http/http-types.js';
import {conversationFromTicket} from '../../source/providers/rt/map-thread.js';
import {summaryFromTicket} from '../../source/providers/rt/map-ticket.js';
import {createRtApi} from '../../source/providers/rt/rt-api.js';
import {rtAttachmentSchema, rtTicketSchema, rtTransactionSchema} from '../../source/providers/rt/rt-schemas.js';
import {frontFixture} from '../providers/front/front-routes.js';
import {attachmentsOne, historyOne, ticketOne} from '../providers/rt/rt-fixtures.js';

const settings = {seed: 20_261_207, numRuns: 200};
// The customer is mapped from its own payload (fuzzed elsewhere); here it only fills the conversation.
const someone = {id: '1', name: 'Ana Lima', email: 'ana@example.com', company: null, companyType: null, plan: null, monthlySpend: null, customerSince: null, language: 'en', productsInUse: []} as unknown as Customer;

type Json = unknown;
/** Every path to a value inside a JSON document, the root included. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
	if (value === null || typeof value !== 'object') return [prefix];
	const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
	return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}

function mutated(document: Json, at: Array<string | number>, replacement: Json | undefined): Json {
	if (at.length === 0) return replacement;
	const copy = structuredClone(document) as Record<string | number, unknown>;
	let parent = copy;
	for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
	const last = at.at(-1)!;
	if (replacement === undefined) delete parent[last];
	else parent[last] = replacement;
	return copy;
}

/** Payloads like the fixture, with up to three fields replaced by arbitrary JSON or dropped. */
function shapedLike(fixture: Json): fc.Arbitrary<Json> {
	const all = paths(fixture);
	const change = fc.tuple(fc.nat({max: all.length - 1}), fc.option(fc.oneof(fc.jsonValue({maxDepth: 2}), fc.string({unit: 'binary', maxLength: 20})), {nil: undefined}));
	return fc.array(change, {maxLength: 3}).map(changes =>
		changes.reduce<Json>((document, [index, replacement]) => {
			const at = all[index]!;
			try {
				return mutated(document, at, replacement);
			} catch {
				return document; // an earlier change removed the path's parent
			}
		}, fixture),
	);
}

/** RT's reads go through its REST2 client, which checks every answer: here it answers from the fuzzed bodies. */
function rtAnswering(bodies: Record<string, unknown>) {
	const http: HttpClient = {request: async request => ({status: 200, headers: {}, url: request.path, body: bodies[request.path] as never})};
	return createRtApi(http);
}

async function readsOrRefusesAsync(work: () => Promise<unknown>): Promise<void> {
	try {
		await work();
	} catch (error) {
		expect(error, String(error)).toBeInstanceOf(DeskError);
		expect((error as Error).message).not.toMatch(/\n/);
	}
}

function readsOrRefuses(work: () => unknown): void {
	try {
		work();
	} catch (error) {
		expect(error, String(error)).toBeInstanceOf(DeskError);
		expect((error as Error).message).not.toMatch(/\n/);
	}
}

describe('fuzzing the adapters with provider-shaped payloads', () => {
	it('Zendesk: a ticket with its users and comments', () => {
		const ticket = zendeskFixture('ticket-35436.json');
		const comments = zendeskFixture('comments-35436.json');
		fc.assert(
			fc.property(shapedLike(ticket), shapedLike(comments), (ticketBody, commentBody) => {
				readsOrRefuses(() => {
					const shown = readZendesk(zendeskShowTicketSchema, ticketBody, 'a ticket');
					const page = readZendesk(zendeskCommentPageSchema, commentBody, 'comments');
					const names = {users: new Map([...(shown.users ?? []), ...(page.users ?? [])].map(user => [user.id, user])), groups: new Map<number, string>()};
					mapZendeskSummary(shown.ticket, names);
					const requester = shown.ticket.requester_id == null ? undefined : names.users.get(shown.ticket.requester_id);
					const customer = requester ? mapZendeskCustomer(requester, null, 'en') : someone;
					mapZendeskConversation(shown.ticket, names, {comments: page.comments, customer, solvedAt: null});
				});
			}),
			settings,
		);
	});

	it('Intercom: a conversation and its parts', () => {
		const conversation = intercomFixture('conversation-1001.json');
		const names = {admins: new Map<string, string>(), teams: new Map<string, string>(), contacts: new Map<string, string>()};
		fc.assert(
			fc.property(shapedLike(conversation), body => {
				readsOrRefuses(() => {
					const read = readIntercom(intercomConversationSchema, body, 'a conversation');
					mapIntercomSummary(read, names);
					for (const part of read.conversation_parts?.conversation_parts ?? []) mapIntercomPart(part, String(read.id), 'chat');
				});
			}),
			settings,
		);
	});

	it('Chatwoot: a conversation and its messages', () => {
		const conversation = chatwootFixture('conversation-42.json');
		fc.assert(
			fc.property(shapedLike(conversation), body => {
				readsOrRefuses(() => {
					const read = readChatwoot(chatwootConversationSchema, body, 'a conversation');
					mapChatwootSummary(read);
					const messages = readChatwoot(chatwootMessageListSchema, {payload: read.messages ?? []}, 'messages');
					mapChatwootConversation(read, someone, messages.payload.flatMap(message => mapChatwootMessage(message, String(read.id), 'chat') ?? []));
				});
			}),
			settings,
		);
	});

	it('Request Tracker: a ticket with its history and attachments', async () => {
		await fc.assert(
			fc.asyncProperty(shapedLike(ticketOne), shapedLike(historyOne), shapedLike(attachmentsOne), async (ticketBody, historyBody, attachmentBody) => {
				await readsOrRefusesAsync(async () => {
					const api = rtAnswering({'/ticket/1': ticketBody, '/ticket/1/history': historyBody, '/ticket/1/attachments': attachmentBody});
					const ticket = (await api.get('/ticket/1', rtTicketSchema)).data;
					const transactions = await api.all('/ticket/1/history', rtTransactionSchema, {});
					const attachments = await api.all('/ticket/1/attachments', rtAttachmentSchema, {});
					summaryFromTicket(ticket);
					conversationFromTicket(ticket, undefined, transactions, attachments, someone);
				});
			}),
			settings,
		);
	});

	it('Front: a conversation with its messages and comments', () => {
		const conversation = frontFixture('conversation.json');
		const messages = frontFixture('messages.json');
		const comments = frontFixture('comments.json');
		fc.assert(
			fc.property(shapedLike(conversation), shapedLike(messages), shapedLike(comments), (conversationBody, messageBody, commentBody) => {
				readsOrRefuses(() => {
					const read = readFront(frontConversationSchema, conversationBody, 'a conversation');
					mapFrontSummary(read);
					const list = readFront(frontMessageListSchema, messageBody, 'the messages');
					const notes = readFront(frontCommentListSchema, commentBody, 'the comments');
					mapFrontConversation(read, list._results, notes._results, 'en');
				});
			}),
			settings,
		);
	});
});
