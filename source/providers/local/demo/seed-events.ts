// Exports seedEvents: the activity a seeded conversation would have logged on a real desk (time worked
// on each reply, template uses, the bot's handover, status changes), from its own random stream so the
// rest of the demo desk stays as it was.
import type {ActivityEvent} from '../../../domain/metrics/metric-facts.js';
import {createRng} from './prng.js';
import type {SeedConversation} from './seed-types.js';

/** An event before the conversation has its id. */
export type SeedEvent = ActivityEvent extends infer E ? (E extends ActivityEvent ? Omit<E, 'conversationId'> : never) : never;

// A written reply takes minutes of work; a template saves most of that (DOMAIN section 6, time saved).
const workedSeconds: readonly [number, number] = [45, 900];
const templateShare = 0.35;
const savedSeconds: readonly [number, number] = [60, 240];
const demoTemplates = ['general/closing-check-in', 'orders/order-tracking', 'billing/refund-approved', 'account/account-locked', 'technical/bug-fixed', 'billing/invoice-copy'];

export function seedEvents(conversation: SeedConversation, key: string): SeedEvent[] {
	const rng = createRng(`${key}:events`);
	const events: SeedEvent[] = [];
	let lastBot: string | null = null;
	let lastHuman: string | null = null;
	for (const message of conversation.messages) {
		if (message.kind === 'bot') lastBot = message.authorId;
		if (message.kind !== 'agent' || message.authorId === null) continue;
		if (lastHuman === null && lastBot !== null) events.push({kind: 'handover', at: message.createdAt - 1000, fromId: lastBot, toId: message.authorId});
		lastHuman = message.authorId;
		const seconds = Math.round(rng.logUniform(workedSeconds[0], workedSeconds[1]));
		events.push({kind: 'worked', at: message.createdAt, agentId: message.authorId, seconds});
		if (rng.chance(templateShare)) {
			events.push({kind: 'template', at: message.createdAt, agentId: message.authorId, templateId: rng.pick(demoTemplates), savedSeconds: rng.int(savedSeconds[0], savedSeconds[1])});
		}
	}
	const actor = lastHuman ?? lastBot ?? conversation.assigneeId;
	if (conversation.status === 'closed' && conversation.closedAt !== null) {
		events.push({kind: 'status', at: conversation.closedAt, actorId: actor, from: 'open', to: 'closed'});
	} else if (conversation.status !== 'open') {
		events.push({kind: 'status', at: conversation.updatedAt, actorId: actor, from: 'open', to: conversation.status});
	}
	return events.sort((a, b) => a.at - b.at);
}
