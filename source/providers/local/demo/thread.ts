// One generated conversation: a topic, a customer and a status become a thread with believable timing.
import type {Agent, Channel, ConversationStatus, Priority} from '../../../domain/conversation.js';
import type {Topic} from './corpus/topic.js';
import {createFiller} from './fill.js';
import type {Rng} from './prng.js';
import {demoBot, teamMembers} from './roster.js';
import type {SeedConversation, SeedCustomer, SeedMessage} from './seed-types.js';
import {linesFor} from './lines.js';
import {planTurns, type Turn} from './turns.js';
import {ratingsFor} from './ratings.js';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

export type ThreadInput = {
	rng: Rng;
	topic: Topic;
	customerId: number;
	customer: SeedCustomer;
	status: ConversationStatus;
	createdAt: number;
	now: number;
};

const bumped: Record<Priority, Priority> = {low: 'normal', normal: 'high', high: 'urgent', urgent: 'urgent'};

export function buildConversation({rng, topic, customerId, customer, status, createdAt, now}: ThreadInput): SeedConversation {
	const fill = createFiller(rng, customer, topic.products).fill;
	const lines = linesFor(topic, customer.language);
	const channel: Channel = rng.weighted(topic.channels);
	const upset = rng.chance(topic.upset);
	const escalated = upset && rng.chance(0.25);
	const unrouted = status === 'open' && rng.chance(0.12);
	const teamId = unrouted ? null : escalated ? 'escalations' : topic.team;
	const human: Agent | null = teamId === null || (status === 'open' && rng.chance(0.15)) ? null : rng.pick(teamMembers(teamId));
	const botTries = topic.botAnswers.length > 0 && (channel === 'chat' ? rng.chance(0.55) : channel === 'social' ? rng.chance(0.3) : false);
	const plan = planTurns(rng, status, {botTries, humanAvailable: human !== null});
	const answerer = human ?? rng.pick(teamMembers(topic.team));

	const messages: SeedMessage[] = [];
	const business = customer.company !== null;
	const used = new Set<string>();
	const times = timeline(rng, plan.turns, channel, createdAt, now);
	// Customers now and then move a chat to email; everyone else answers where the customer last wrote.
	let current: Channel = channel;
	plan.turns.forEach((turn, index) => {
		if (turn.startsWith('customer') && index > 1 && channel === 'chat' && rng.chance(0.1)) current = 'email';
		const author = turn.startsWith('customer') ? null : turn.startsWith('bot') || turn === 'note-handover' ? demoBot : answerer;
		messages.push({
			kind: turn.startsWith('customer') ? 'customer' : turn.startsWith('bot') ? 'bot' : turn.startsWith('note') ? 'note' : 'agent',
			authorId: author?.id ?? null,
			authorName: author?.name ?? customer.name,
			body: lines.say(turn, {rng, fill, channel, upset, agentName: answerer.name, business, used}),
			createdAt: times[index]!,
			channel: current,
		});
	});

	const last = messages.at(-1)!.createdAt;
	const firstResponse = messages.find(message => message.kind === 'agent' || message.kind === 'bot');
	const closedAt = status === 'closed' ? Math.min(now, last + rng.int(1, 120) * minute) : null;
	let priority: Priority = rng.weighted(topic.priorities);
	if ((upset && rng.chance(0.5)) || (customer.vip && rng.chance(0.5))) priority = bumped[priority];
	const tags = new Set([topic.tags[0]!, ...(rng.chance(0.5) ? [rng.pick(topic.tags)] : [])]);
	if (plan.handover) tags.add('bot-handover');
	if (customer.vip) tags.add('vip');
	if (escalated) tags.add('escalated');
	const assigneeId = plan.botResolved ? demoBot.id : (human?.id ?? null);
	return {
		subject: fill(lines.subject(rng, business)),
		customerId,
		channel,
		status,
		priority,
		assigneeId,
		teamId,
		tags: [...tags],
		createdAt,
		updatedAt: closedAt ?? (status === 'snoozed' ? Math.min(now, last + rng.int(1, 30) * minute) : last),
		waitingSince: waitingSince(messages),
		firstResponseAt: firstResponse?.createdAt ?? null,
		closedAt,
		snoozedUntil: status === 'snoozed' ? now + Math.round(rng.logUniform(30 * minute, 5 * day)) : null,
		pageUrl: topic.pages.length > 0 && rng.chance(topic.team === 'technical' ? 0.7 : 0.35) ? fill(rng.pick(topic.pages)) : null,
		ratings: status === 'closed' ? ratingsFor(rng, plan.botResolved || plan.handover) : {csat: null, nps: null, ces: null},
		messages,
	};
}

/** When the customer has been waiting since: the start of their latest unanswered run of messages. */
function waitingSince(messages: SeedMessage[]): number | null {
	let since: number | null = null;
	for (let index = messages.length - 1; index >= 0; index--) {
		const message = messages[index]!;
		if (message.kind === 'note') continue;
		if (message.kind !== 'customer') break;
		since = message.createdAt;
	}
	return since;
}

const gaps: Record<Turn, readonly [number, number]> = {
	'customer-first': [0, 0],
	'customer-follow': [5 * minute, 2 * day],
	'customer-nudge': [30 * minute, day],
	'customer-thanks': [2 * minute, 6 * hour],
	'customer-handover': [20 * second, 3 * minute],
	'bot-answer': [3 * second, 20 * second],
	'bot-handover': [2 * second, 10 * second],
	'agent-reply': [10 * minute, 20 * hour],
	'agent-question': [10 * minute, 20 * hour],
	'agent-resolve': [30 * minute, 2 * day],
	note: [minute, 30 * minute],
	'note-handover': [5 * second, minute],
	'note-snooze': [30 * second, 5 * minute],
};

/** Message times from creation on; a thread too long for the conversation's age is squeezed to fit. */
function timeline(rng: Rng, turns: readonly Turn[], channel: Channel, createdAt: number, now: number): number[] {
	const quick = channel === 'chat' || channel === 'phone' ? 0.05 : 1;
	const steps = turns.map((turn, index) => {
		if (index === 0) return 0;
		const [low, high] = gaps[turn];
		const fast = turn.startsWith('agent') || turn === 'customer-follow' ? quick : 1;
		return rng.logUniform(Math.max(second, low * fast), Math.max(2 * second, high * fast));
	});
	const total = steps.reduce((sum, step) => sum + step, 0);
	const room = (now - createdAt) * 0.9;
	const scale = total > room ? room / total : 1;
	let at = createdAt;
	return steps.map(step => (at += Math.round(step * scale)));
}
