// The agent's verbs, shared by the CLI and the console: each checks its input, then the write guard.
import type {Context} from '../context.js';
import {isPriority, isStatus, type ConversationStatus, type Priority} from '../domain/conversation.js';
import {DeskError} from '../domain/errors.js';
import {parseWakeTime} from '../domain/wake-time.js';
import type {HelpdeskProvider, WriteOptions} from '../providers/provider.js';
import {assertNoUnfilledFields} from '../templates/placeholders.js';
import {providerForWrite} from './guard-write.js';
import {resolveAssignee, type AssigneeTarget} from './resolve-assignee.js';

function requireBody(body: string, what: string): string {
	if (body.trim() === '') throw new DeskError('usage', `${what} is empty`);
	return body.replace(/\s+$/, '');
}

/**
 * A reply or note checked before it goes anywhere, the outbox included: its text (trailing blanks dropped),
 * and the back end that takes it. Read-only mode and the back end's capabilities are checked here.
 */
export async function checkMessage(context: Context, kind: 'reply' | 'note', body: string): Promise<{text: string; provider: HelpdeskProvider}> {
	const text = requireBody(body, kind === 'reply' ? 'the reply' : 'the note');
	// A template field left as {{order_number}} must never reach the customer.
	if (kind === 'reply') assertNoUnfilledFields(text);
	const provider = kind === 'reply' ? await providerForWrite(context, 'send replies', can => can.reply) : await providerForWrite(context, 'add internal notes', can => can.note);
	return {text, provider};
}

export async function assignConversation(context: Context, id: string, target: string, options: WriteOptions = {}): Promise<AssigneeTarget> {
	const provider = await providerForWrite(context, 'assign conversations', can => can.assignAgent || can.assignTeam);
	const [me, agents, teams] = await Promise.all([provider.whoami(), provider.listAgents(), provider.listTeams()]);
	const resolved = resolveAssignee(target, me, agents, teams);
	if (resolved.teamId !== undefined && !provider.capabilities.assignTeam) {
		throw new DeskError('unsupported', `${provider.label} cannot assign to a team`);
	}
	if (resolved.agentId !== undefined && !provider.capabilities.assignAgent) {
		throw new DeskError('unsupported', `${provider.label} cannot assign to an agent`);
	}
	await provider.assign(id, {...options, agentId: resolved.agentId, teamId: resolved.teamId});
	return resolved;
}

export async function setConversationStatus(
	context: Context,
	id: string,
	status: string,
	until?: string,
	options: WriteOptions = {},
): Promise<{status: ConversationStatus; until: number | null}> {
	if (!isStatus(status)) throw new DeskError('usage', `unknown status "${status}" (open, pending, snoozed or closed)`);
	if (status !== 'snoozed' && until !== undefined) throw new DeskError('usage', '--until goes with snoozed only');
	const provider = await providerForWrite(context, 'change the status', can => can.statuses.length > 0);
	if (!provider.capabilities.statuses.includes(status)) {
		throw new DeskError('unsupported', `${provider.label} cannot set status ${status} (it can: ${provider.capabilities.statuses.join(', ')})`);
	}
	if (until !== undefined && !provider.capabilities.snoozeUntil) {
		throw new DeskError('unsupported', `${provider.label} cannot snooze until a set time`);
	}
	let wake: number | null = null;
	if (status === 'snoozed' && until !== undefined) {
		wake = parseWakeTime(until, context.clock());
		if (wake <= context.clock()) throw new DeskError('usage', 'the wake time is in the past');
	} else if (status === 'snoozed' && provider.capabilities.snoozeUntil) {
		throw new DeskError('usage', 'snoozed needs --until (e.g. --until 4h, --until tomorrow)');
	}
	await provider.setStatus(id, {...options, status, ...(wake === null ? {} : {until: wake})});
	return {status, until: wake};
}

export async function setConversationPriority(context: Context, id: string, priority: string, options: WriteOptions = {}): Promise<Priority> {
	if (!isPriority(priority)) throw new DeskError('usage', `unknown priority "${priority}" (low, normal, high or urgent)`);
	const provider = await providerForWrite(context, 'set priorities', can => can.priority);
	await provider.setPriority(id, priority, options);
	return priority;
}

/** "+billing -spam vip" → add billing and vip, remove spam. */
export function parseTagChanges(words: readonly string[]): {add: string[]; remove: string[]} {
	const add: string[] = [];
	const remove: string[] = [];
	for (const word of words.flatMap(each => each.split(/[\s,]+/)).filter(Boolean)) {
		const name = word.replace(/^[+-]/, '').trim().toLowerCase();
		if (name === '' || !/^[\p{L}\p{N}_.:/-]+$/u.test(name)) throw new DeskError('usage', `not a tag: "${word}"`);
		(word.startsWith('-') ? remove : add).push(name);
	}
	if (add.length + remove.length === 0) throw new DeskError('usage', 'no tags given (e.g. +billing -spam)');
	// Back ends apply add and remove in different orders, so "+vip -vip" would mean different things.
	const both = add.filter(tag => remove.includes(tag));
	if (both.length > 0) throw new DeskError('usage', `cannot add and remove the same tag: ${both.join(', ')}`);
	return {add, remove};
}

export async function updateConversationTags(context: Context, id: string, words: readonly string[], options: WriteOptions = {}) {
	const changes = parseTagChanges(words);
	const provider = await providerForWrite(context, 'change tags', can => can.tags);
	await provider.updateTags(id, {...options, ...changes});
	return changes;
}
