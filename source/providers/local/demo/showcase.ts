// Hand-written conversations every demo desk has: DOMAIN.md's worked examples and the classic hard cases.
import {demoAgents} from './roster.js';
import type {SeedConversation, SeedCustomer, SeedMessage} from './seed-types.js';
import {showcaseCustomersAt} from './showcase-customers.js';
import {showcaseStories, type Story} from './showcase-stories.js';

const minute = 60_000;

/** The showcase conversations, their times relative to `now`; customer ids are 1-based positions in showcaseCustomers. */
export function showcaseConversations(now: number, customers: readonly SeedCustomer[] = showcaseCustomersAt(now)): SeedConversation[] {
	return showcaseStories.map(story => toConversation(story, now, customers[story.customer - 1]!));
}

function toConversation(story: Story, now: number, customer: SeedCustomer): SeedConversation {
	const messages: SeedMessage[] = story.messages.map(([minutesAgo, kind, who, body, channel]) => {
		const agent = who ? demoAgents.find(each => each.id === who) : undefined;
		if (who && !agent) throw new Error(`showcase names unknown agent ${who}`);
		return {
			kind,
			authorId: agent?.id ?? null,
			authorName: agent?.name ?? customer.name,
			body,
			createdAt: now - minutesAgo * minute,
			channel: channel ?? story.channel,
		};
	});
	const last = messages.at(-1)!.createdAt;
	let waitingSince: number | null = null;
	for (const message of [...messages].reverse()) {
		if (message.kind === 'note') continue;
		if (message.kind !== 'customer') break;
		waitingSince = message.createdAt;
	}
	return {
		subject: story.subject,
		customerId: story.customer,
		channel: story.channel,
		status: story.status,
		priority: story.priority,
		assigneeId: story.assignee,
		teamId: story.team,
		tags: story.tags,
		createdAt: messages[0]!.createdAt,
		updatedAt: story.status === 'closed' ? last + 5 * minute : last,
		waitingSince,
		firstResponseAt: messages.find(message => message.kind === 'agent' || message.kind === 'bot')?.createdAt ?? null,
		closedAt: story.status === 'closed' ? last + 5 * minute : null,
		snoozedUntil: story.snoozeMinutes === undefined ? null : now + story.snoozeMinutes * minute,
		pageUrl: story.pageUrl ?? null,
		ratings: story.ratings ?? {csat: null, nps: null, ces: null},
		messages,
	};
}
