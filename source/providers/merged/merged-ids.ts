// Ids in a merged queue carry their desk: "rt:42" is ticket 42 of the desk (profile) named rt.
// Profile names never hold a colon, so the first one splits; the back end's own id may hold more.
import type {Agent, Conversation, ConversationSummary, Message, Team} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import type {ActivityEvent, ConversationFacts} from '../../domain/metrics/metric-facts.js';
import type {SavedReply} from '../provider.js';

export function deskId(desk: string, id: string): string {
	return `${desk}:${id}`;
}

/** The desk and the back end's own id, or a usage error naming the desks there are. */
export function splitDeskId(id: string, desks: readonly string[], what = 'conversation'): {desk: string; id: string} {
	const colon = id.indexOf(':');
	const desk = colon > 0 ? id.slice(0, colon) : '';
	const own = id.slice(colon + 1);
	if (colon > 0 && own !== '' && desks.includes(desk)) return {desk, id: own};
	throw new DeskError(
		'usage',
		`"${id}" names no ${what} of this merged queue: its ids carry their desk, like ${desks[0] ?? 'local'}:42 (desks: ${desks.join(', ')})`,
	);
}

const optional = (desk: string, id: string | null): string | null => (id === null ? null : deskId(desk, id));

export function summaryOfDesk<T extends ConversationSummary>(desk: string, summary: T): T & {desk: string} {
	return {
		...summary,
		id: deskId(desk, summary.id),
		customerId: deskId(desk, summary.customerId),
		assigneeId: optional(desk, summary.assigneeId),
		teamId: optional(desk, summary.teamId),
		desk,
	};
}

export function messageOfDesk(desk: string, message: Message): Message {
	return {...message, id: deskId(desk, message.id), conversationId: deskId(desk, message.conversationId), authorId: optional(desk, message.authorId)};
}

export function conversationOfDesk(desk: string, conversation: Conversation): Conversation & {desk: string} {
	return {
		...summaryOfDesk(desk, conversation),
		customer: {...conversation.customer, id: deskId(desk, conversation.customer.id)},
		messages: conversation.messages.map(message => messageOfDesk(desk, message)),
	};
}

/** Agents and teams keep their names, with the desk beside them: two desks may both have a "Billing". */
export function agentOfDesk(desk: string, agent: Agent): Agent {
	return {...agent, id: deskId(desk, agent.id), name: `${agent.name} (${desk})`, teamIds: agent.teamIds.map(id => deskId(desk, id))};
}

export function teamOfDesk(desk: string, team: Team): Team {
	return {...team, id: deskId(desk, team.id), name: `${team.name} (${desk})`};
}

export function savedReplyOfDesk(desk: string, reply: SavedReply): SavedReply {
	return {...reply, id: deskId(desk, reply.id)};
}

/** A desk's metric facts with every id carrying the desk; `recorded` stays as the desk said. */
export function factsOfDesk(desk: string, fact: ConversationFacts): ConversationFacts {
	return {
		...fact,
		id: deskId(desk, fact.id),
		teamId: optional(desk, fact.teamId),
		assigneeId: optional(desk, fact.assigneeId),
		humanAuthorIds: fact.humanAuthorIds.map(id => deskId(desk, id)),
		events: fact.events === null ? null : fact.events.map(event => eventIds(event, id => deskId(desk, id))),
	};
}

/** An activity event with its conversation and people ids passed through `map` (template ids are deskterm's own). */
export function eventIds(event: ActivityEvent, map: (id: string) => string): ActivityEvent {
	const maybe = (id: string | null) => (id === null ? null : map(id));
	const conversationId = map(event.conversationId);
	switch (event.kind) {
		case 'status':
			return {...event, conversationId, actorId: maybe(event.actorId)};
		case 'handover':
			return {...event, conversationId, fromId: maybe(event.fromId), toId: maybe(event.toId)};
		default:
			return {...event, conversationId, agentId: map(event.agentId)};
	}
}
