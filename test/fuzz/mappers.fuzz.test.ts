// Fuzzing the adapters' readers and mappers with payloads shaped like the providers' (their
// published-spec fixtures with fields replaced by arbitrary JSON or removed): each is read and mapped,
// or refused as one DeskError line, never a crash. Seeded and bounded (DESKTERM_FUZZ_SEED replays or explores).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Conversation, Customer} from '../../source/domain/conversation.js';
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
import {formatConversation} from '../../source/cli/output/conversation-view.js';
import {createStyle, renderForTerminal} from '../../source/cli/output/style.js';
import {conversationStatuses, messageKinds} from '../../source/domain/conversation.js';
import {freshdeskConversationListSchema, freshdeskTicketSchema, readFreshdesk} from '../../source/providers/freshdesk/freshdesk-schemas.js';
import {mapFreshdeskSummary, mapFreshdeskTicket} from '../../source/providers/freshdesk/map-freshdesk-ticket.js';
import {helpscoutConversationSchema, helpscoutThreadListSchema, readHelpscout} from '../../source/providers/helpscout/helpscout-schemas.js';
import {mapHelpscoutConversation, mapHelpscoutSummary} from '../../source/providers/helpscout/map-helpscout-conversation.js';
import {mapZammadConversation, mapZammadSummary} from '../../source/providers/zammad/map-zammad-ticket.js';
import {readZammad, zammadArticleListSchema, zammadStateListSchema, zammadTagsSchema, zammadTicketSchema, zammadUserSchema} from '../../source/providers/zammad/zammad-schemas.js';
import {hostileText, isHidden, payloads} from '../helpers/hostile-text.js';
import {freshdeskFixture} from '../providers/freshdesk/freshdesk-routes.js';
import {helpscoutFixture} from '../providers/helpscout/helpscout-routes.js';
import {zammadFixture} from '../providers/zammad/zammad-routes.js';

const seed = Number(process.env['DESKTERM_FUZZ_SEED'] ?? 20_261_207);
const settings = {seed, numRuns: 200};
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

/** Payloads like the fixture, with up to three fields (or `changes`) replaced by arbitrary JSON (or `values`) or dropped. */
function shapedLike(fixture: Json, values: fc.Arbitrary<Json> = fc.oneof(fc.jsonValue({maxDepth: 2}), fc.string({unit: 'binary', maxLength: 20})), changes = 3): fc.Arbitrary<Json> {
	const all = paths(fixture);
	const change = fc.tuple(fc.nat({max: all.length - 1}), fc.option(values, {nil: undefined}));
	return fc.array(change, {maxLength: changes}).map(chosen =>
		chosen.reduce<Json>((document, [index, replacement]) => {
			const at = all[index]!;
			try {
				return mutated(document, at, replacement);
			} catch {
				return document; // an earlier change removed the path's parent
			}
		}, fixture),
	);
}

// Escape sequences (CSI, OSC 52, OSC 8, ...), C1, bidi controls, NUL and very long text, as a customer or helpdesk may send.
const longText = fc.constantFrom(payloads.clipboard.replace('cm0g', 'A'.repeat(20_000)), `${payloads.bidi} ${'x'.repeat(20_000)}\u0000`, 'y'.repeat(50_000));
const hostileString = fc.oneof({weight: 6, arbitrary: hostileText}, {weight: 1, arbitrary: longText});
const hostileValue = fc.oneof({weight: 3, arbitrary: hostileString}, {weight: 1, arbitrary: fc.jsonValue({maxDepth: 2})});

/** The fixture with any of its strings made hostile, then one field given a wrong type or dropped (more, and most are refused). */
function hostileLike(fixture: Json): fc.Arbitrary<Json> {
	const valueAt = (at: Array<string | number>) => at.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key], fixture);
	// Times stay (a schema may refuse a bad one, hiding the rest); the change after still reaches them.
	const strings = paths(fixture).filter(at => typeof valueAt(at) === 'string' && !/^\d{4}-\d\d-\d\dT/.test(valueAt(at) as string));
	// About one string in four is made hostile: were all of them, a date refused would hide every mapper behind it.
	const texts = fc.array(fc.oneof({weight: 3, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: hostileString}), {minLength: strings.length, maxLength: strings.length});
	return texts.chain(chosen => shapedLike(chosen.reduce<Json>((document, text, index) => (text === undefined ? document : mutated(document, strings[index]!, text)), fixture), hostileValue, 1));
}

/** What a mapper returns must be a conversation the rest of deskterm can use. */
function expectConversation(conversation: Conversation): void {
	expect(typeof conversation.id === 'string' && conversation.id.length > 0, `id ${String(conversation.id)}`).toBe(true);
	expect(conversationStatuses).toContain(conversation.status);
	expect(Number.isFinite(conversation.createdAt) && Number.isFinite(conversation.updatedAt)).toBe(true);
	expect(typeof conversation.subject).toBe('string');
	expect(typeof conversation.customer.name).toBe('string');
	for (const message of conversation.messages) {
		expect(messageKinds).toContain(message.kind);
		expect(typeof message.body === 'string' && typeof message.authorName === 'string' && Number.isFinite(message.createdAt), `message ${message.id} at ${message.createdAt}`).toBe(true);
	}
}

/** deskterm show as a terminal and a pipe receive it: no ESC, C1, bidi control or other hidden code point. */
function expectSafeText(conversation: Conversation): void {
	for (const tty of [true, false]) {
		const text = renderForTerminal(formatConversation(conversation, {tty, style: createStyle(false), now: Date.UTC(2026, 11, 7), width: 80}));
		const hidden = [...text].find(character => isHidden(character.codePointAt(0)!));
		expect(hidden, `hidden U+${hidden?.codePointAt(0)?.toString(16)} in ${tty ? 'terminal' : 'pipe'} text`).toBeUndefined();
	}
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

function readsOrRefuses<T>(work: () => T): T | undefined {
	try {
		return work();
	} catch (error) {
		expect(error, String(error)).toBeInstanceOf(DeskError);
		expect((error as Error).message).not.toMatch(/\n/);
		return undefined;
	}
}

/** A mapped conversation is checked outside readsOrRefuses, so a failed check is never taken for a refusal. */
function expectUsable(conversation: Conversation | undefined): void {
	if (conversation === undefined) return;
	expectConversation(conversation);
	expectSafeText(conversation);
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

	it(`Freshdesk: a ticket and its conversations, hostile text (seed ${seed})`, () => {
		const ticket = freshdeskFixture('ticket-20.json');
		const conversations = freshdeskFixture('conversations-20.json');
		const directory = {agents: new Map(), teams: new Map<string, string>()};
		fc.assert(
			fc.property(hostileLike(ticket), hostileLike(conversations), (ticketBody, conversationBody) => {
				const mapped = readsOrRefuses(() => {
					const read = readFreshdesk(freshdeskTicketSchema, ticketBody, 'a ticket');
					mapFreshdeskSummary(read, directory);
					const entries = readFreshdesk(freshdeskConversationListSchema, conversationBody, 'the conversations');
					return mapFreshdeskTicket(read, entries, directory, 'en');
				});
				expectUsable(mapped);
			}),
			settings,
		);
	});

	it(`Help Scout: a conversation and its threads, hostile text (seed ${seed})`, () => {
		const conversation = helpscoutFixture('conversation-1201.json');
		const threads = helpscoutFixture('threads-1201.json');
		fc.assert(
			fc.property(hostileLike(conversation), hostileLike(threads), (conversationBody, threadBody) => {
				const mapped = readsOrRefuses(() => {
					const read = readHelpscout(helpscoutConversationSchema, conversationBody, 'a conversation');
					mapHelpscoutSummary(read);
					const list = readHelpscout(helpscoutThreadListSchema, threadBody, 'the threads');
					return mapHelpscoutConversation(read, list._embedded?.threads ?? [], 'en', new Map([['85', 'Billing']]));
				});
				expectUsable(mapped);
			}),
			settings,
		);
	});

	it(`Zammad: a ticket with its articles, tags and customer, hostile text (seed ${seed})`, () => {
		const ticket = zammadFixture('ticket-42.json');
		const articles = zammadFixture('articles-42.json');
		const tags = zammadFixture('tags-42.json');
		const customer = zammadFixture('user-17.json');
		const states = readZammad(zammadStateListSchema, zammadFixture('ticket-states.json'), 'the ticket states');
		const stateTypes = new Map(states.map(state => [state.id, state.state_type ?? state.name]));
		fc.assert(
			fc.property(hostileLike(ticket), hostileLike(articles), hostileLike(tags), hostileLike(customer), (ticketBody, articleBody, tagBody, customerBody) => {
				const mapped = readsOrRefuses(() => {
					const read = readZammad(zammadTicketSchema, ticketBody, 'a ticket');
					mapZammadSummary(read, stateTypes);
					const list = readZammad(zammadArticleListSchema, articleBody, 'the articles');
					const tagList = readZammad(zammadTagsSchema, tagBody, 'the tags');
					const person = readZammad(zammadUserSchema, customerBody, 'the customer');
					return mapZammadConversation({...read, tags: tagList.tags}, list, person, stateTypes, 'en');
				});
				expectUsable(mapped);
			}),
			settings,
		);
	});
});
