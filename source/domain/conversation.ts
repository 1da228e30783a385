// The helpdesk's own words, shared by every back end, the CLI and the console.
// Times are epoch milliseconds (numbers, not Date objects: 100k conversations must stay small).

export const conversationStatuses = ['open', 'pending', 'snoozed', 'closed'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export const channels = ['email', 'chat', 'social', 'phone'] as const;
export type Channel = (typeof channels)[number];

/** Who wrote a message: the customer, a human agent, a bot, or an agent's internal note. */
export const messageKinds = ['customer', 'agent', 'bot', 'note'] as const;
export type MessageKind = (typeof messageKinds)[number];

export type Agent = {
	id: string;
	name: string;
	email: string;
	teamIds: string[];
	/** A bot account answers automatically; leads watch the queue. */
	role: 'agent' | 'lead' | 'bot';
};

export type Team = {
	id: string;
	name: string;
};

export type Customer = {
	id: string;
	name: string;
	email: string;
	company: string | null;
	/** e.g. "startup", "enterprise", "agency", "non-profit", "individual". */
	companyType: string | null;
	plan: string | null;
	/** Monthly spend in the desk's currency, when the back end knows it. */
	monthlySpend: number | null;
	/** When the customer signed up (tenure is derived from it and the clock). */
	customerSince: number | null;
	/** BCP 47 language tag such as "en" or "de". */
	language: string;
	productsInUse: string[];
	vip: boolean;
	/** Custom attributes, usable as template placeholders and routing signals. */
	attributes: Record<string, string>;
};

export type Message = {
	id: string;
	conversationId: string;
	kind: MessageKind;
	authorId: string | null;
	authorName: string;
	body: string;
	createdAt: number;
	/** The channel this message came through (customers switch channels mid-conversation). */
	channel: Channel;
};

export type Ratings = {
	/** Customer satisfaction, 1 (very unsatisfied) to 5 (very satisfied). */
	csat: number | null;
	/** Net promoter answer, 0 to 10. */
	nps: number | null;
	/** Customer effort, 1 (very easy) to 5 (very difficult). */
	ces: number | null;
};

/** What the queue shows: one row per conversation, cheap to hold 100k of. */
export type ConversationSummary = {
	id: string;
	subject: string;
	customerId: string;
	customerName: string;
	channel: Channel;
	status: ConversationStatus;
	priority: Priority;
	assigneeId: string | null;
	assigneeName: string | null;
	teamId: string | null;
	teamName: string | null;
	tags: string[];
	createdAt: number;
	updatedAt: number;
	/** Since when the customer has been waiting for an answer; null when the last word was ours. */
	waitingSince: number | null;
	firstResponseAt: number | null;
	closedAt: number | null;
	snoozedUntil: number | null;
	messageCount: number;
	/** The latest customer message, shortened: enough for a preview and for quick matching. */
	preview: string;
	/** Opaque version for collision guards (an ETag, an updated stamp). */
	version: string;
	/** The desk (profile) it comes from, in a merged queue of several desks only. */
	desk?: string;
};

export type Conversation = ConversationSummary & {
	customer: Customer;
	messages: Message[];
	ratings: Ratings;
	/** The page the conversation started from, when known (e.g. the developer hub). */
	pageUrl: string | null;
};

export function isStatus(value: string): value is ConversationStatus {
	return (conversationStatuses as readonly string[]).includes(value);
}

export function isPriority(value: string): value is Priority {
	return (priorities as readonly string[]).includes(value);
}

export function isChannel(value: string): value is Channel {
	return (channels as readonly string[]).includes(value);
}

/**
 * The customer's messages since a person last answered, oldest first: what a suggestion should answer.
 * A bot's answer does not close the question (after a handover the agent answers all of it), and
 * trailing agent lines are skipped so a conversation the agent already answered still has its question.
 */
export function latestCustomerMessages(conversation: Pick<Conversation, 'messages'>): Message[] {
	const result: Message[] = [];
	for (let index = conversation.messages.length - 1; index >= 0; index--) {
		const message = conversation.messages[index]!;
		if (message.kind === 'customer') result.unshift(message);
		else if (message.kind === 'agent' && result.length > 0) break;
	}
	return result;
}

/** A person's first name, for greetings and placeholders. */
export function firstName(name: string): string {
	return name.trim().split(/\s+/)[0] ?? name;
}
