// An in-memory back end for tests: the whole provider port over a list of conversations, recording writes.
import {expect} from 'vitest';
import type {Agent, Conversation, ConversationSummary, Message, Team} from '../../source/domain/conversation.js';
import {DeskError} from '../../source/domain/errors.js';
import {summaryOf} from '../../source/domain/summary-of.js';
import {localCapabilities} from '../../source/providers/local/local-provider.js';
import type {Capabilities, HelpdeskProvider, QueuePage, QueueQuery} from '../../source/providers/provider.js';
import {testAgents, testNow, testTeams} from './conversations.js';

/** A reply or note goes out with its outbox item's id as the idempotency key: "ob-" and 8 hex digits. */
export const outboxKey: unknown = expect.stringMatching(/^ob-[0-9a-f]{8}$/);

export type RecordedWrite = {method: string; id: string; input: unknown};

export type MemoryProvider = HelpdeskProvider & {writes: RecordedWrite[]; conversations: Map<string, Conversation>};

// The local desk's capabilities less the customer's side: everything a back end can offer.
const allCapabilities: Capabilities = {...localCapabilities, incoming: false};

export {summaryOf};

export function createMemoryProvider(
	conversations: Conversation[],
	options: {agents?: Agent[]; teams?: Team[]; me?: string; capabilities?: Partial<Capabilities>; clock?: () => number; recordsActivity?: boolean} = {},
): MemoryProvider {
	const agents = options.agents ?? testAgents;
	const teams = options.teams ?? testTeams;
	const clock = options.clock ?? (() => testNow);
	const store = new Map(conversations.map(conversation => [conversation.id, structuredClone(conversation)]));
	const writes: RecordedWrite[] = [];
	let sequence = 0;

	function find(id: string): Conversation {
		const conversation = store.get(id);
		if (!conversation) throw new DeskError('not_found', `conversation ${id} not found`);
		return conversation;
	}

	function write(method: string, id: string, input: {expectedVersion?: string; [field: string]: unknown}, change: (conversation: Conversation) => void): void {
		const conversation = find(id);
		if (input.expectedVersion !== undefined && input.expectedVersion !== conversation.version) {
			throw new DeskError('conflict', `conversation ${id} changed since you opened it`);
		}
		writes.push({method, id, input});
		change(conversation);
		conversation.updatedAt = clock();
		conversation.version = String(Number(conversation.version) + 1);
	}

	function addMessage(id: string, kind: 'agent' | 'note', body: string): Message {
		const me = agents.find(agent => agent.id === (options.me ?? agents[0]!.id))!;
		const conversation = find(id);
		const message: Message = {
			id: `${id}-m${conversation.messages.length + 1}`,
			conversationId: id,
			kind,
			authorId: me.id,
			authorName: me.name,
			body,
			createdAt: clock(),
			channel: conversation.channel,
		};
		conversation.messages.push(message);
		conversation.messageCount = conversation.messages.length;
		if (kind === 'agent') {
			conversation.waitingSince = null;
			conversation.firstResponseAt ??= message.createdAt;
		}
		return message;
	}

	const provider: MemoryProvider = {
		kind: 'memory',
		label: 'test desk',
		capabilities: {...allCapabilities, ...options.capabilities},
		writes,
		conversations: store,
		async whoami() {
			return agents.find(agent => agent.id === (options.me ?? agents[0]!.id))!;
		},
		async listQueue(query: QueueQuery): Promise<QueuePage> {
			const statuses = query.statuses?.length ? query.statuses : ['open', 'pending', 'snoozed'];
			const me = options.me ?? agents[0]!.id;
			const matching = [...store.values()].filter(conversation => {
				if (!statuses.includes(conversation.status)) return false;
				if (query.assignee === 'unassigned' && conversation.assigneeId !== null) return false;
				if (query.assignee === 'me' && conversation.assigneeId !== me) return false;
				if (query.assignee && !['me', 'unassigned'].includes(query.assignee) && conversation.assigneeId !== query.assignee) return false;
				if (query.team && conversation.teamId !== (query.team === 'none' ? null : query.team)) return false;
				if (query.tag && !conversation.tags.includes(query.tag)) return false;
				if (query.channel && conversation.channel !== query.channel) return false;
				if (query.text) {
					const text = query.text.toLowerCase();
					const haystack = [conversation.subject, conversation.customerName, ...conversation.messages.map(message => message.body)].join('\n').toLowerCase();
					if (!haystack.includes(text)) return false;
				}
				return true;
			});
			const start = Number(query.cursor ?? 0);
			const limit = query.limit ?? 50;
			const page = matching.slice(start, start + limit).map(summaryOf);
			return {conversations: page, nextCursor: start + limit < matching.length ? String(start + limit) : null, total: matching.length};
		},
		async getConversation(id) {
			return structuredClone(find(id));
		},
		async listAgents() {
			return agents;
		},
		async listTeams() {
			return teams;
		},
		async changesSince(cursor) {
			sequence += 1;
			return {changed: cursor === null ? [] : [...store.values()].map(summaryOf), removed: [], cursor: String(sequence)};
		},
		async reply(id, input) {
			let message!: Message;
			write('reply', id, input, () => {
				message = addMessage(id, 'agent', input.body);
			});
			return message;
		},
		async addNote(id, input) {
			let message!: Message;
			write('addNote', id, input, () => {
				message = addMessage(id, 'note', input.body);
			});
			return message;
		},
		async assign(id, input) {
			write('assign', id, input, conversation => {
				if (input.agentId !== undefined) {
					conversation.assigneeId = input.agentId;
					conversation.assigneeName = agents.find(agent => agent.id === input.agentId)?.name ?? null;
				}
				if (input.teamId !== undefined) {
					conversation.teamId = input.teamId;
					conversation.teamName = teams.find(team => team.id === input.teamId)?.name ?? null;
				}
			});
		},
		async setStatus(id, input) {
			write('setStatus', id, input, conversation => {
				conversation.status = input.status;
				conversation.snoozedUntil = input.status === 'snoozed' ? (input.until ?? null) : null;
				conversation.closedAt = input.status === 'closed' ? clock() : null;
			});
		},
		async setPriority(id, priority, input = {}) {
			write('setPriority', id, {...input, priority}, conversation => {
				conversation.priority = priority;
			});
		},
		async updateTags(id, input) {
			write('updateTags', id, input, conversation => {
				conversation.tags = [...new Set([...conversation.tags, ...input.add])].filter(tag => !input.remove.includes(tag));
			});
		},
		async *iterateConversations(query) {
			for (const summary of (await provider.listQueue({...query, limit: Number.MAX_SAFE_INTEGER})).conversations) {
				yield structuredClone(find(summary.id));
			}
		},
		async close() {},
	};
	// A desk that keeps activity (time worked): each event is a write named recordActivity.
	if (options.recordsActivity) {
		provider.recordActivity = async events => {
			for (const event of events) writes.push({method: 'recordActivity', id: event.conversationId, input: event});
		};
	}
	return provider;
}
