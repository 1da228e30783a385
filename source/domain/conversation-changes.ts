// The collision guard's rule, pure: what happened to a conversation since the agent (or a script) last saw it.
import type {Conversation, Message, MessageKind} from './conversation.js';

/** What the composer remembers of the conversation when it opened. */
export type ConversationBaseline = {version: string; messageIds: string[]; assigneeId: string | null};

export type ConversationChange =
	| {type: 'message'; kind: MessageKind; author: string; at: number; text: string}
	| {type: 'assignee'; assignee: string | null; at: number}
	/** Something changed that the thread does not show (status, tags ...): only when and how it stands now. */
	| {type: 'updated'; at: number; status: Conversation['status']; assignee: string | null};

export function baselineOf(conversation: Pick<Conversation, 'version' | 'messages' | 'assigneeId'>): ConversationBaseline {
	return {version: conversation.version, messageIds: conversation.messages.map(message => message.id), assigneeId: conversation.assigneeId};
}

const messageChange = (message: Message): ConversationChange => ({type: 'message', kind: message.kind, author: message.authorName, at: message.createdAt, text: message.body});

/**
 * Since the baseline: a customer's message, another agent's (or a bot's) reply or note, a new assignee.
 * Our own messages are not news (the outbox may have delivered one in the background).
 */
export function changesSince(baseline: ConversationBaseline, fresh: Conversation, myId: string): ConversationChange[] {
	const seen = new Set(baseline.messageIds);
	const changes = fresh.messages.filter(message => !seen.has(message.id) && (message.kind === 'customer' || message.authorId !== myId)).map(messageChange);
	if (fresh.assigneeId !== baseline.assigneeId) changes.push({type: 'assignee', assignee: fresh.assigneeName, at: fresh.updatedAt});
	return changes;
}

/**
 * The time a version stands for, when it carries one: an ISO time (Zendesk), "updated:<ISO>" (RT queue rows),
 * unix seconds or milliseconds (Intercom, Chatwoot, RT's ETag). A plain counter (the local desk) has none.
 */
export function versionTime(version: string): number | null {
	const stamp = version.replace(/^updated:/, '');
	if (/^\d+$/.test(stamp)) {
		const value = Number(stamp);
		if (value >= 1e12) return value;
		return value >= 1e9 ? value * 1000 : null;
	}
	const parsed = Date.parse(stamp);
	return /^\d{4}-\d{2}-\d{2}/.test(stamp) && !Number.isNaN(parsed) ? parsed : null;
}

/**
 * For a script that only has the version it read: the messages after the version's time, or, when the
 * version holds no time, the latest message; failing that, the conversation as it stands now.
 */
export function changesAfterVersion(fresh: Conversation, version: string): ConversationChange[] {
	const since = versionTime(version);
	const newer = since === null ? fresh.messages.slice(-1) : fresh.messages.filter(message => message.createdAt > since);
	if (newer.length > 0) return newer.map(messageChange);
	return [{type: 'updated', at: fresh.updatedAt, status: fresh.status, assignee: fresh.assigneeName}];
}
