// Exports ConversationFacts (what every metric reads about one conversation), ActivityEvent and
// factsFromConversation: a back end with a compact metric read builds facts directly; others derive them here.
import type {Channel, Conversation, ConversationStatus, Message, Ratings} from '../conversation.js';

/** Something that happened to a conversation, recorded by the back end (status changes, time worked ...). */
export type ActivityEvent =
	| {kind: 'status'; conversationId: string; at: number; actorId: string | null; from: ConversationStatus | null; to: ConversationStatus}
	| {kind: 'worked'; conversationId: string; at: number; agentId: string; seconds: number}
	| {kind: 'handover'; conversationId: string; at: number; fromId: string | null; toId: string | null}
	| {kind: 'template'; conversationId: string; at: number; agentId: string; templateId: string; savedSeconds: number};

export type ConversationFacts = {
	id: string;
	subject: string;
	channel: Channel;
	status: ConversationStatus;
	teamId: string | null;
	assigneeId: string | null;
	tags: string[];
	createdAt: number;
	closedAt: number | null;
	/** The customer's first message (the FRT clock starts here), or createdAt when none is known. */
	firstCustomerAt: number;
	firstBotReplyAt: number | null;
	firstHumanReplyAt: number | null;
	botReplies: number;
	humanReplies: number;
	/** Customer messages written after the first reply and before the last one: the first contact did not settle it. */
	customerMessagesBetweenReplies: number;
	/** When a bot handed the conversation to a person (null when it never did). */
	handoverAt: number | null;
	/** The first human reply after the handover. */
	humanAfterHandoverAt: number | null;
	/** After the bot's first answer the customer's next action was to write again rather than leave it there. */
	customerActedAfterBot: boolean;
	/** Who closed it: the bot alone, or a person; null while not closed. */
	resolvedBy: 'bot' | 'human' | null;
	/** The human agents who replied. */
	humanAuthorIds: string[];
	reopened: number;
	ratings: Ratings;
	/** Events for this conversation, oldest first; null when the back end records none. */
	events: ActivityEvent[] | null;
	/** The kinds of event the back end records, when not all (a SaaS desk's time entries but no template uses). */
	recorded?: readonly ActivityEvent['kind'][];
};

/** Whether the back end records this kind of event for the conversation, so that none of them is a real zero. */
export function recordsEvents(fact: Pick<ConversationFacts, 'events' | 'recorded'>, kind: ActivityEvent['kind']): boolean {
	return fact.events !== null && (fact.recorded?.includes(kind) ?? true);
}

const botHandover = 'bot-handover';

/** What facts are derived from: a full conversation, or the few columns a compact read selects. */
export type FactsSource = Pick<Conversation, 'id' | 'subject' | 'channel' | 'status' | 'teamId' | 'assigneeId' | 'tags' | 'createdAt' | 'updatedAt' | 'closedAt' | 'ratings'> & {
	messages: ReadonlyArray<Pick<Message, 'kind' | 'authorId' | 'createdAt'>>;
};

/** Derive facts from a conversation and, when the back end has them, its activity events. */
export function factsFromConversation(conversation: FactsSource, events: ActivityEvent[] | null, botIds: ReadonlySet<string>): ConversationFacts {
	let firstCustomerAt: number | null = null;
	let firstBotReplyAt: number | null = null;
	let firstHumanReplyAt: number | null = null;
	let botReplies = 0;
	let humanReplies = 0;
	let handoverAt: number | null = null;
	let humanAfterHandoverAt: number | null = null;
	let customerActedAfterBot = false;
	let seenBotAnswer = false;
	let afterBotDecided = false;
	const humanAuthors = new Set<string>();
	const replyIndexes: number[] = [];
	conversation.messages.forEach((message, index) => {
		const isBot = message.kind === 'bot' || (message.kind === 'agent' && message.authorId !== null && botIds.has(message.authorId));
		if (message.kind === 'customer') {
			firstCustomerAt ??= message.createdAt;
			if (seenBotAnswer && !afterBotDecided) customerActedAfterBot = true;
			afterBotDecided ||= seenBotAnswer;
		} else if (isBot) {
			botReplies++;
			replyIndexes.push(index);
			firstBotReplyAt ??= message.createdAt;
			if (seenBotAnswer && handoverAt === null && customerActedAfterBot) handoverAt = message.createdAt;
			seenBotAnswer = true;
		} else if (message.kind === 'agent') {
			humanReplies++;
			replyIndexes.push(index);
			firstHumanReplyAt ??= message.createdAt;
			if (message.authorId !== null) humanAuthors.add(message.authorId);
			if (seenBotAnswer && !afterBotDecided) afterBotDecided = true;
			if (seenBotAnswer && humanAfterHandoverAt === null) humanAfterHandoverAt = message.createdAt;
		}
	});
	if (handoverAt === null && conversation.tags.includes(botHandover) && firstBotReplyAt !== null) handoverAt = firstBotReplyAt;
	if (handoverAt === null) humanAfterHandoverAt = null;
	const between = replyIndexes.length < 2 ? 0 : conversation.messages.slice(replyIndexes[0]! + 1, replyIndexes.at(-1)!).filter(message => message.kind === 'customer').length;
	const closedAt = conversation.status === 'closed' ? (conversation.closedAt ?? conversation.updatedAt) : null;
	const resolvedBy = closedAt === null ? null : humanReplies === 0 && botReplies > 0 ? 'bot' : 'human';
	return {
		id: conversation.id,
		subject: conversation.subject,
		channel: conversation.channel,
		status: conversation.status,
		teamId: conversation.teamId,
		assigneeId: conversation.assigneeId,
		tags: conversation.tags,
		createdAt: conversation.createdAt,
		closedAt,
		firstCustomerAt: firstCustomerAt ?? conversation.createdAt,
		firstBotReplyAt,
		firstHumanReplyAt,
		botReplies,
		humanReplies,
		customerMessagesBetweenReplies: between,
		handoverAt,
		humanAfterHandoverAt,
		customerActedAfterBot,
		resolvedBy,
		humanAuthorIds: [...humanAuthors],
		reopened: events?.filter(event => event.kind === 'status' && event.from === 'closed' && event.to !== 'closed').length ?? 0,
		ratings: conversation.ratings,
		events,
	};
}
