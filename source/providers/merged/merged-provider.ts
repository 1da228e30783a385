// Several desks as one HelpdeskProvider: one queue sorted across all, ids that carry their desk
// ("rt:42"), and every action sent to the desk the conversation lives on. A desk that is down
// leaves the others usable; the page says which desk is missing and why.
import type {Conversation} from '../../domain/conversation.js';
import {DeskError, toDeskError} from '../../domain/errors.js';
import {noCapabilities, type Capabilities, type Changes, type HelpdeskProvider, type DeskOutage, type QueuePage, type QueueQuery, type WriteOptions} from '../provider.js';
import {agentOfDesk, conversationOfDesk, deskId, messageOfDesk, savedReplyOfDesk, splitDeskId, summaryOfDesk, teamOfDesk} from './merged-ids.js';
import {mergedMetricSeams} from './merged-metrics.js';
import {decodeMergedCursor, encodeMergedCursor, firstCursor, mergePages} from './merged-paging.js';

export type OpenedDesk = {name: string; provider: HelpdeskProvider; readOnly: boolean};


const mergedPageSize = 50;

export function createMergedProvider(desks: readonly OpenedDesk[], failed: readonly DeskOutage[] = []): HelpdeskProvider {
	if (desks.length === 0) {
		throw new DeskError('unavailable', `no desk of this merged queue could be opened: ${failed.map(entry => `${entry.desk}: ${entry.message}`).join('; ')}`);
	}
	const names = desks.map(desk => desk.name);
	/** Desks left out of the latest read, by name; a desk that answers again is taken off. */
	const outages = new Map<string, string>(failed.map(entry => [entry.desk, entry.message]));
	const noteOutages = (answered: readonly string[], down: readonly DeskOutage[]) => {
		for (const desk of answered) outages.delete(desk);
		for (const entry of down) outages.set(entry.desk, entry.message);
	};
	const byName = new Map(desks.map(desk => [desk.name, desk]));
	const some = (flag: (capabilities: Capabilities) => boolean) => desks.some(desk => flag(desk.provider.capabilities));
	const capabilities: Capabilities = {
		...noCapabilities,
		reply: some(c => c.reply),
		note: some(c => c.note),
		assignAgent: some(c => c.assignAgent),
		assignTeam: some(c => c.assignTeam),
		statuses: [...new Set(desks.flatMap(desk => desk.provider.capabilities.statuses))],
		snoozeUntil: some(c => c.snoozeUntil),
		priority: some(c => c.priority),
		tags: some(c => c.tags),
		// Incremental refresh only when every desk has it; otherwise the console lists again.
		changes: desks.every(desk => desk.provider.capabilities.changes),
		versionedWrites: some(c => c.versionedWrites),
		savedReplies: some(c => c.savedReplies),
	};

	/** Errors say which desk they come from. */
	async function onDesk<T>(desk: string, work: (provider: HelpdeskProvider) => Promise<T>): Promise<T> {
		try {
			return await work(byName.get(desk)!.provider);
		} catch (error) {
			const failure = toDeskError(error);
			throw new DeskError(failure.code, `${desk}: ${failure.message}`, {
				retryable: failure.retryable,
				...(failure.status === undefined ? {} : {status: failure.status}),
				...(failure.provider === undefined ? {} : {provider: failure.provider}),
				...(failure.retryAfter === undefined ? {} : {retryAfter: failure.retryAfter}),
				cause: error,
			});
		}
	}

	/** The desk a conversation id names, checked for what the action needs. */
	function target(id: string, action: string, can: (capabilities: Capabilities) => boolean): {desk: string; id: string} {
		const found = splitDeskId(id, names);
		const desk = byName.get(found.desk)!;
		if (desk.readOnly) throw new DeskError('read_only', `${found.desk} is read-only (its profile says so): cannot ${action} ${id}`);
		if (!can(desk.provider.capabilities)) throw new DeskError('unsupported', `${found.desk} (${desk.provider.label}) cannot ${action}`);
		return found;
	}

	/** A version is only sent to a desk that checks versions. */
	function writeOptions<T extends WriteOptions>(desk: string, input: T): T {
		if (byName.get(desk)!.provider.capabilities.versionedWrites || input.expectedVersion === undefined) return input;
		const {expectedVersion: _ignored, ...rest} = input;
		return rest as T;
	}

	/** The query one desk gets: agents and teams of other desks leave that desk out (undefined). */
	function queryFor(desk: string, query: QueueQuery): QueueQuery | undefined {
		const own = (value: string | undefined, keep: readonly string[], what: string) => {
			if (value === undefined || value === '' || keep.includes(value)) return {value};
			const found = splitDeskId(value, names, what);
			return found.desk === desk ? {value: found.id} : undefined;
		};
		const assignee = own(query.assignee, ['me', 'unassigned'], 'agent');
		const team = own(query.team, ['none'], 'team');
		if (!assignee || !team) return undefined;
		const {cursor: _cursor, assignee: _assignee, team: _team, ...rest} = query;
		return {...rest, ...(assignee.value === undefined ? {} : {assignee: assignee.value}), ...(team.value === undefined ? {} : {team: team.value})};
	}

	async function listQueue(query: QueueQuery): Promise<QueuePage> {
		const sort = query.sort ?? 'waiting';
		const limit = query.limit ?? mergedPageSize;
		if (!Number.isInteger(limit) || limit < 1) throw new DeskError('usage', 'the page size must be a whole number of 1 or more');
		const perDesk = new Map(names.map(name => [name, queryFor(name, query)]));
		const start = query.cursor ? decodeMergedCursor(query.cursor, sort, names) : firstCursor(sort, names);
		for (const [name, deskQuery] of perDesk) if (!deskQuery) start.desks[name] = {cursor: null, skip: 0, done: true};
		const merged = await mergePages(names, start, limit, (desk, cursor) =>
			onDesk(desk, provider => provider.listQueue({...perDesk.get(desk)!, sort, limit, ...(cursor === null ? {} : {cursor})})),
		);
		const down = merged.down.map(entry => ({desk: entry.desk, message: toDeskError(entry.error).message}));
		noteOutages(names.filter(name => !start.desks[name]!.done && !down.some(entry => entry.desk === name)), down);
		return {
			conversations: merged.conversations.map(entry => summaryOfDesk(entry.desk, entry.summary)),
			nextCursor: merged.next ? encodeMergedCursor(merged.next) : null,
			total: merged.total,
			unavailable: [...failed, ...down],
		};
	}

	async function changesSince(cursor: string | null): Promise<Changes> {
		const previous = cursor ? decodeChangesCursor(cursor, names) : {};
		const results = await Promise.all(
			names.map(name => onDesk(name, provider => provider.changesSince(previous[name] ?? null)).then(changes => ({name, changes}))),
		);
		return {
			changed: results.flatMap(({name, changes}) => changes.changed.map(summary => summaryOfDesk(name, summary))),
			removed: results.flatMap(({name, changes}) => changes.removed.map(id => deskId(name, id))),
			cursor: Buffer.from(JSON.stringify(Object.fromEntries(results.map(({name, changes}) => [name, changes.cursor])))).toString('base64url'),
		};
	}

	/**
	 * Each desk's conversations in turn, in bulk where the desk can, else page by page. A desk that
	 * fails is left out (and named by unavailableDesks) unless no desk answered at all.
	 */
	async function* iterateConversations(query: QueueQuery, options?: {batch?: number}): AsyncIterable<Conversation> {
		const answered: string[] = [];
		const down: DeskOutage[] = [];
		let firstError: unknown;
		for (const name of names) {
			const deskQuery = queryFor(name, query);
			if (!deskQuery) continue;
			try {
				for await (const conversation of conversationsOf(name, deskQuery, options)) yield conversation;
				answered.push(name);
			} catch (error) {
				firstError ??= error;
				down.push({desk: name, message: toDeskError(error).message});
			}
		}
		noteOutages(answered, down);
		if (answered.length === 0 && firstError !== undefined) throw firstError;
	}

	async function* conversationsOf(name: string, deskQuery: QueueQuery, options?: {batch?: number}): AsyncIterable<Conversation> {
		const provider = byName.get(name)!.provider;
		if (provider.iterateConversations) {
			const each = provider.iterateConversations(deskQuery, options)[Symbol.asyncIterator]();
			for (;;) {
				const next = await onDesk(name, () => each.next());
				if (next.done) return;
				yield conversationOfDesk(name, next.value);
			}
		}
		let cursor: string | null = null;
		do {
			const page: QueuePage = await onDesk(name, desk => desk.listQueue({...deskQuery, ...(cursor === null ? {} : {cursor})}));
			for (const summary of page.conversations) yield conversationOfDesk(name, await onDesk(name, desk => desk.getConversation(summary.id)));
			cursor = page.nextCursor;
		} while (cursor !== null);
	}

	return {
		kind: 'merged',
		label: desks.map(desk => desk.provider.label).join(' + '),
		capabilities,
		async whoami() {
			const first = desks[0]!;
			const me = await onDesk(first.name, provider => provider.whoami());
			return {...me, id: deskId(first.name, me.id), teamIds: me.teamIds.map(id => deskId(first.name, id))};
		},
		listQueue,
		async getConversation(id) {
			const found = splitDeskId(id, names);
			return conversationOfDesk(found.desk, await onDesk(found.desk, provider => provider.getConversation(found.id)));
		},
		async listAgents() {
			const lists = await Promise.all(names.map(name => onDesk(name, provider => provider.listAgents()).then(agents => agents.map(agent => agentOfDesk(name, agent)))));
			return lists.flat();
		},
		async listTeams() {
			const lists = await Promise.all(names.map(name => onDesk(name, provider => provider.listTeams()).then(teams => teams.map(team => teamOfDesk(name, team)))));
			return lists.flat();
		},
		changesSince,
		async reply(id, input) {
			const found = target(id, 'reply to', c => c.reply);
			return messageOfDesk(found.desk, await onDesk(found.desk, provider => provider.reply(found.id, writeOptions(found.desk, input))));
		},
		async addNote(id, input) {
			const found = target(id, 'add a note to', c => c.note);
			return messageOfDesk(found.desk, await onDesk(found.desk, provider => provider.addNote(found.id, writeOptions(found.desk, input))));
		},
		async assign(id, input) {
			const found = target(id, 'assign', c => (input.agentId === undefined || c.assignAgent) && (input.teamId === undefined || c.assignTeam));
			const own = (value: string | null | undefined, what: string) => {
				if (value === null || value === undefined) return value;
				const named = splitDeskId(value, names, what);
				if (named.desk !== found.desk) throw new DeskError('usage', `${value} is on desk ${named.desk}, but ${id} is on desk ${found.desk}: pick one of ${found.desk}'s`);
				return named.id;
			};
			const agentId = own(input.agentId, 'agent');
			const teamId = own(input.teamId, 'team');
			await onDesk(found.desk, provider =>
				provider.assign(found.id, writeOptions(found.desk, {...input, ...(agentId === undefined ? {} : {agentId}), ...(teamId === undefined ? {} : {teamId})})),
			);
		},
		async setStatus(id, input) {
			const found = target(id, `set ${input.status}`, c => c.statuses.includes(input.status) && (input.until === undefined || c.snoozeUntil));
			await onDesk(found.desk, provider => provider.setStatus(found.id, writeOptions(found.desk, input)));
		},
		async setPriority(id, priority, options = {}) {
			const found = target(id, 'set a priority', c => c.priority);
			await onDesk(found.desk, provider => provider.setPriority(found.id, priority, writeOptions(found.desk, options)));
		},
		async updateTags(id, input) {
			const found = target(id, 'tag', c => c.tags);
			await onDesk(found.desk, provider => provider.updateTags(found.id, writeOptions(found.desk, input)));
		},
		iterateConversations,
		...mergedMetricSeams({names, providerOf: name => byName.get(name)!.provider, readOnly: name => byName.get(name)!.readOnly, onDesk, noteOutages}),
		async listSavedReplies() {
			const lists = await Promise.all(
				desks
					.filter(desk => desk.provider.capabilities.savedReplies && desk.provider.listSavedReplies)
					.map(desk => onDesk(desk.name, provider => provider.listSavedReplies!()).then(replies => replies.map(reply => savedReplyOfDesk(desk.name, reply)))),
			);
			return lists.flat();
		},
		unavailableDesks: () => [...outages].map(([desk, message]) => ({desk, message})),
		async close() {
			await Promise.all(desks.map(desk => desk.provider.close()));
		},
	};
}

function decodeChangesCursor(text: string, desks: readonly string[]): Record<string, string> {
	try {
		const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Record<string, unknown>;
		if (desks.every(desk => typeof parsed[desk] === 'string')) return parsed as Record<string, string>;
	} catch {
		// fall through to the usage error
	}
	throw new DeskError('usage', 'this changes cursor does not belong to this merged queue: start again without it');
}
