// The whole demo desk from a seed and the clock: customers, then conversations oldest first.
import type {ConversationStatus} from '../../../domain/conversation.js';
import {topics} from './corpus/common.js';
import {makeCustomer} from './people.js';
import {createRng} from './prng.js';
import {demoAgents, demoTeams} from './roster.js';
import type {SeedConversation, SeedCustomer, SeedDesk} from './seed-types.js';
import {showcaseConversations} from './showcase.js';
import {showcaseCustomersAt} from './showcase-customers.js';
import {buildConversation} from './thread.js';

export const defaultConversationCount = 480;
export const defaultSeed = 'northwind';
export const maxConversationCount = 1_000_000;

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export type DemoDeskOptions = {now: number; conversations?: number; seed?: string};

/** Where each conversation came from, in desk order (the conversation with id n is at n - 1): labels for evaluation. */
export type DemoOrigin = {kind: 'topic'; topic: string} | {kind: 'showcase'; index: number};

/** How old a conversation may be, by where it stands: open ones are recent, closed ones reach back weeks. */
const ages: Record<ConversationStatus, readonly [number, number]> = {
	open: [3 * minute, 9 * day],
	pending: [30 * minute, 12 * day],
	snoozed: [hour, 12 * day],
	closed: [2 * hour, 60 * day],
};

type Planned = {age: number; status: ConversationStatus; topic: number} | {age: number; showcase: number};

export function generateDemoDesk(options: DemoDeskOptions): SeedDesk & {origins: DemoOrigin[]} {
	const {now} = options;
	const seed = options.seed ?? defaultSeed;
	const showcase = showcaseConversations(now);
	const count = Math.max(showcase.length, Math.min(maxConversationCount, Math.floor(options.conversations ?? defaultConversationCount)));
	const planRng = createRng(`${seed}:plan`);
	const customers: SeedCustomer[] = showcaseCustomersAt(now);
	const firstGenerated = customers.length;
	const generatedCustomers = Math.max(40, Math.round(count * 0.5));
	for (let index = 0; index < generatedCustomers; index++) customers.push(makeCustomer(planRng, customers.length + 1, now));

	const topicWeights = topics.map((topic, index) => [index, topic.weight] as const);
	const plan: Planned[] = showcase.map((conversation, index) => ({age: now - conversation.createdAt, showcase: index}));
	for (let index = showcase.length; index < count; index++) {
		const status = planRng.weighted([['open', 50], ['pending', 18], ['snoozed', 10], ['closed', 22]] as const);
		const [low, high] = ages[status];
		plan.push({age: Math.round(planRng.logUniform(low, high)), status, topic: planRng.weighted(topicWeights)});
	}
	plan.sort((a, b) => b.age - a.age);

	function* conversations(): Generator<SeedConversation> {
		for (const [position, entry] of plan.entries()) {
			if ('showcase' in entry) {
				yield showcase[entry.showcase]!;
				continue;
			}
			const rng = createRng(`${seed}:${position}`);
			const createdAt = now - entry.age;
			let customerIndex = firstGenerated;
			for (let attempt = 0; attempt < 8; attempt++) {
				// Skewed, so some customers write again and again.
				customerIndex = firstGenerated + Math.floor(generatedCustomers * rng.next() ** 1.7);
				if ((customers[customerIndex]!.customerSince ?? 0) <= createdAt) break;
			}
			const customer = customers[customerIndex]!;
			yield buildConversation({
				rng,
				topic: topics[entry.topic]!,
				customerId: customerIndex + 1,
				customer,
				status: entry.status,
				createdAt: Math.max(createdAt, (customer.customerSince ?? 0) + minute),
				now,
			});
		}
	}

	const origins = plan.map((entry): DemoOrigin => ('showcase' in entry ? {kind: 'showcase', index: entry.showcase} : {kind: 'topic', topic: topics[entry.topic]!.id}));
	return {teams: demoTeams, agents: demoAgents, customers, conversationCount: count, conversations: conversations(), origins};
}
