// The demo desk as plain data, before it is written to the store.
import type {Agent, Channel, ConversationStatus, Customer, MessageKind, Priority, Ratings, Team} from '../../../domain/conversation.js';

/** A customer; their id is their position in the desk's customer list, from 1. */
export type SeedCustomer = Omit<Customer, 'id'>;

export type SeedMessage = {
	kind: MessageKind;
	/** An agent id, or null for the customer (whose id is filled in when written). */
	authorId: string | null;
	authorName: string;
	body: string;
	createdAt: number;
	channel: Channel;
};

export type SeedConversation = {
	subject: string;
	/** 1-based index into the desk's customers. */
	customerId: number;
	channel: Channel;
	status: ConversationStatus;
	priority: Priority;
	assigneeId: string | null;
	teamId: string | null;
	tags: string[];
	createdAt: number;
	updatedAt: number;
	waitingSince: number | null;
	firstResponseAt: number | null;
	closedAt: number | null;
	snoozedUntil: number | null;
	pageUrl: string | null;
	ratings: Ratings;
	messages: SeedMessage[];
};

export type SeedDesk = {
	teams: Team[];
	agents: Agent[];
	customers: SeedCustomer[];
	/** How many conversations `conversations` yields. */
	conversationCount: number;
	/** Generated one at a time, oldest first, so 100k of them never sit in memory at once. */
	conversations: Iterable<SeedConversation>;
};
