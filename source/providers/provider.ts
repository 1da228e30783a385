// The provider port: what every helpdesk back end offers deskterm. Adapters only translate.
import type {
	Agent,
	Channel,
	Conversation,
	ConversationStatus,
	ConversationSummary,
	Message,
	Priority,
	Team,
} from '../domain/conversation.js';
import type {RepliesToday} from '../domain/metrics/live-overview.js';
import type {ActivityEvent, ConversationFacts} from '../domain/metrics/metric-facts.js';

/** What a back end can do; the console and the CLI offer only what is true here. */
export type Capabilities = {
	reply: boolean;
	note: boolean;
	assignAgent: boolean;
	assignTeam: boolean;
	/** The statuses this back end can set (a subset of the canonical four). */
	statuses: readonly ConversationStatus[];
	/** Snooze with a wake time. */
	snoozeUntil: boolean;
	priority: boolean;
	tags: boolean;
	/** Incremental refresh: changesSince returns only what changed. */
	changes: boolean;
	/** Optimistic concurrency: writes can carry the version they expect. */
	versionedWrites: boolean;
	/** Saved replies or macros can be imported as templates. */
	savedReplies: boolean;
	/** Customers' side can be simulated (the local demo desk only). */
	incoming: boolean;
};

export type QueueSort = 'waiting' | 'priority' | 'updated' | 'created';
export const queueSorts: readonly QueueSort[] = ['waiting', 'priority', 'updated', 'created'];

export type QueueQuery = {
	/** Statuses to include; empty or missing means open, pending and snoozed (not closed). */
	statuses?: readonly ConversationStatus[];
	/** 'me', 'unassigned', an agent id, or missing for anyone. */
	assignee?: string;
	/** A team id, or 'none'. */
	team?: string;
	tag?: string;
	channel?: Channel;
	/** Free text, matched against subject, customer and messages as the back end can. */
	text?: string;
	sort?: QueueSort;
	/** Opaque cursor from the previous page. */
	cursor?: string;
	/** Page size; back ends clamp it to what they allow. */
	limit?: number;
};

export type QueuePage = {
	conversations: ConversationSummary[];
	/** Null on the last page. */
	nextCursor: string | null;
	/** Total matching conversations, when the back end says. */
	total: number | null;
	/** A merged queue's desks that did not answer: the page holds the others' conversations. */
	unavailable?: DeskOutage[];
};

/** A desk of a merged queue that failed to answer, for the one line a queue shows about it. */
export type DeskOutage = {desk: string; message: string};

export type Changes = {
	changed: ConversationSummary[];
	/** Ids that are gone (deleted, merged). */
	removed: string[];
	/** Hand back to the next changesSince call. */
	cursor: string;
};

export type WriteOptions = {
	/** Refuse the write with a 'conflict' DeskError if the conversation moved past this version. */
	expectedVersion?: string;
};

export type ReplyInput = WriteOptions & {
	body: string;
	/** The outbox item's id, sent where the back end takes one (Zendesk's Idempotency-Key); never relied on alone. */
	idempotencyKey?: string;
};

export type AssignInput = WriteOptions & {
	/** An agent id, null to unassign, undefined to leave as it is. */
	agentId?: string | null;
	/** A team id, null to clear, undefined to leave as it is. */
	teamId?: string | null;
};

export type StatusInput = WriteOptions & {
	status: ConversationStatus;
	/** Wake time for 'snoozed' (epoch ms). */
	until?: number;
};

export type TagsInput = WriteOptions & {add: string[]; remove: string[]};

export type SavedReply = {id: string; title: string; body: string; shortcut: string | null; tags: string[]};

export interface HelpdeskProvider {
	/** The provider kind, e.g. 'local', 'rt', 'zendesk'. */
	readonly kind: string;
	/** A human label for the status bar, e.g. "local demo desk" or "rt.example.com". */
	readonly label: string;
	readonly capabilities: Capabilities;
	/**
	 * changesSince reports every write to every conversation, new and closed ones included, from the desk's own log:
	 * a refreshing screen may keep the desk's rows and read only the changes (the local desk). Others leave it out.
	 */
	readonly completeChanges?: boolean;

	/** The agent deskterm acts as. */
	whoami(): Promise<Agent>;
	listQueue(query: QueueQuery): Promise<QueuePage>;
	getConversation(id: string): Promise<Conversation>;
	listAgents(): Promise<Agent[]>;
	listTeams(): Promise<Team[]>;
	/** What changed since the cursor; a null cursor starts from now. */
	changesSince(cursor: string | null): Promise<Changes>;

	reply(id: string, input: ReplyInput): Promise<Message>;
	addNote(id: string, input: ReplyInput): Promise<Message>;
	assign(id: string, input: AssignInput): Promise<void>;
	setStatus(id: string, input: StatusInput): Promise<void>;
	setPriority(id: string, priority: Priority, options?: WriteOptions): Promise<void>;
	updateTags(id: string, input: TagsInput): Promise<void>;

	/**
	 * Full conversations matching a query, in bulk, for triage and metrics over a whole desk.
	 * Back ends without a bulk read leave it out; callers fall back to listQueue + getConversation.
	 * `batch`: how many a back end that reads them in batches holds at once (a reader that keeps nothing of
	 * them, the harvest, asks for few, so a batch dies young); its own size otherwise.
	 */
	iterateConversations?(query: QueueQuery, options?: {batch?: number}): AsyncIterable<Conversation>;
	/** Every matching summary, page after page without counting totals (the live overview reads the whole desk). */
	iterateSummaries?(query: QueueQuery): AsyncIterable<ConversationSummary>;
	/**
	 * Compact metric facts of the conversations opened in [from, until), with their activity events when
	 * recorded: lets a back end answer `stats` with a few reads. Others leave it out; metrics fall back
	 * to iterateConversations or listQueue + getConversation.
	 */
	iterateMetricFacts?(period: {from: number; until: number}): AsyncIterable<ConversationFacts>;
	/** Logs activity the back end cannot see by itself (template uses, time worked) beside its own events. */
	recordActivity?(events: readonly ActivityEvent[]): Promise<void>;
	/** Replies each agent wrote since `from` (epoch ms), by agent id: `top` and `summary` show replied today (see RepliesToday). */
	repliesByAgentSince?(from: number): Promise<RepliesToday>;
	/** Saved replies or macros to import as templates (capabilities.savedReplies). */
	listSavedReplies?(): Promise<SavedReply[]>;
	/**
	 * A merged queue's desks that were left out of a read because they failed (the others answered):
	 * what the CLI and the console name in one line each. Single back ends leave it out.
	 */
	unavailableDesks?(): DeskOutage[];
	/** Release connections and file handles. */
	close(): Promise<void>;
}

/** Every capability off: adapters spread this and turn on what they support. */
export const noCapabilities: Capabilities = {
	reply: false,
	note: false,
	assignAgent: false,
	assignTeam: false,
	statuses: [],
	snoozeUntil: false,
	priority: false,
	tags: false,
	changes: false,
	versionedWrites: false,
	savedReplies: false,
	incoming: false,
};
