// Fuzzing the SaaS adapters' readers and mappers with payloads shaped like the providers' (their
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
});
