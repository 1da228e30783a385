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

/** Who wrote a message, as the metrics count it: a bot agent's messages are the bot's replies. */
export type MessageRole = 'customer' | 'bot' | 'human' | 'other';

export function messageRole(kind: Message['kind'], authorId: string | null, botIds: ReadonlySet<string>): MessageRole {
	if (kind === 'customer') return 'customer';
	if (kind === 'bot' || (kind === 'agent' && authorId !== null && botIds.has(authorId))) return 'bot';
	return kind === 'agent' ? 'human' : 'other';
}

/** What a thread says so far, fed one message at a time (oldest first): a compact read needs no message list. */
export type ThreadTally = {
	firstCustomerAt: number | null;
	firstBotReplyAt: number | null;
	firstHumanReplyAt: number | null;
	botReplies: number;
	humanReplies: number;
	handoverAt: number | null;
	humanAfterHandoverAt: number | null;
	customerActedAfterBot: boolean;
	seenBotAnswer: boolean;
	afterBotDecided: boolean;
	/** Distinct, in the order they first replied (a thread has few: a list beats a set per conversation). */
	humanAuthors: string[];
	/** Customer messages between the first reply and the latest one, and those since the latest. */
	between: number;
	sinceLastReply: number;
};

export function newThreadTally(): ThreadTally {
	return {
		firstCustomerAt: null,
		firstBotReplyAt: null,
		firstHumanReplyAt: null,
		botReplies: 0,
		humanReplies: 0,
		handoverAt: null,
		humanAfterHandoverAt: null,
		customerActedAfterBot: false,
		seenBotAnswer: false,
		afterBotDecided: false,
		humanAuthors: [],
		between: 0,
		sinceLastReply: 0,
	};
}

export function tallyMessage(tally: ThreadTally, role: MessageRole, authorId: string | null, createdAt: number): void {
	const replied = tally.botReplies + tally.humanReplies > 0;
	if (role === 'customer') {
		tally.firstCustomerAt ??= createdAt;
		if (tally.seenBotAnswer && !tally.afterBotDecided) tally.customerActedAfterBot = true;
		tally.afterBotDecided ||= tally.seenBotAnswer;
		if (replied) tally.sinceLastReply++;
		return;
	}
	if (role === 'other') return;
	// A reply: the customer messages since the previous reply now lie between the first and the last.
	tally.between += tally.sinceLastReply;
	tally.sinceLastReply = 0;
	if (role === 'bot') {
		tally.botReplies++;
		tally.firstBotReplyAt ??= createdAt;
		if (tally.seenBotAnswer && tally.handoverAt === null && tally.customerActedAfterBot) tally.handoverAt = createdAt;
		tally.seenBotAnswer = true;
		return;
	}
	tally.humanReplies++;
	tally.firstHumanReplyAt ??= createdAt;
	if (authorId !== null && !tally.humanAuthors.includes(authorId)) tally.humanAuthors.push(authorId);
	if (tally.seenBotAnswer && !tally.afterBotDecided) tally.afterBotDecided = true;
	if (tally.seenBotAnswer && tally.humanAfterHandoverAt === null) tally.humanAfterHandoverAt = createdAt;
}

/** Derive facts from a conversation and, when the back end has them, its activity events. */
export function factsFromConversation(conversation: FactsSource, events: ActivityEvent[] | null, botIds: ReadonlySet<string>): ConversationFacts {
	const tally = newThreadTally();
	for (const message of conversation.messages) tallyMessage(tally, messageRole(message.kind, message.authorId, botIds), message.authorId, message.createdAt);
	return factsFromTally(conversation, tally, events);
}

/** The facts of a conversation whose whole thread went through `tally`. */
export function factsFromTally(conversation: Omit<FactsSource, 'messages'>, tally: ThreadTally, events: ActivityEvent[] | null): ConversationFacts {
	const {firstBotReplyAt, botReplies, humanReplies} = tally;
	const handoverAt = tally.handoverAt ?? (conversation.tags.includes(botHandover) && firstBotReplyAt !== null ? firstBotReplyAt : null);
	const closedAt = conversation.status === 'closed' ? (conversation.closedAt ?? conversation.updatedAt) : null;
	const resolvedBy = closedAt === null ? null : humanReplies === 0 && botReplies > 0 ? 'bot' : 'human';
	let reopened = 0;
	if (events) for (const event of events) if (event.kind === 'status' && event.from === 'closed' && event.to !== 'closed') reopened++;
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
		firstCustomerAt: tally.firstCustomerAt ?? conversation.createdAt,
		firstBotReplyAt,
		firstHumanReplyAt: tally.firstHumanReplyAt,
		botReplies,
		humanReplies,
		customerMessagesBetweenReplies: tally.between,
		handoverAt,
		humanAfterHandoverAt: handoverAt === null ? null : tally.humanAfterHandoverAt,
		customerActedAfterBot: tally.customerActedAfterBot,
		resolvedBy,
		humanAuthorIds: tally.humanAuthors,
		reopened,
		ratings: conversation.ratings,
		events,
	};
}
