// How a reply or note that went through the outbox is reported: delivered (exit 0), kept in the outbox
// (exit 3, its id on stderr and in --json), certainly refused (exit 1) or changed under --if-unchanged (exit 4).
import type {Context} from '../../context.js';
import {changesAfterVersion, type ConversationChange} from '../../domain/conversation-changes.js';
import type {Conversation} from '../../domain/conversation.js';
import {firstLine, type OutboxItem} from '../../operations/outbox/outbox-item.js';
import type {SendOutcome} from '../../operations/outbox/send-message.js';
import {changeToJson, describeChanges} from '../../presenters/conversation-changes.js';
import {sanitizeForTerminal} from '../../presenters/sanitize.js';
import {isoTime, relativeTime} from '../../presenters/time.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {writeJson} from './json-output.js';

export function outboxItemToJson(item: OutboxItem): Record<string, unknown> {
	return {
		id: item.id,
		profile: item.profile,
		conversationId: item.conversationId,
		kind: item.kind,
		state: item.state,
		firstLine: firstLine(item.body, 200),
		attempts: item.attempts,
		lastError: item.lastError,
		queuedAt: isoTime(item.queuedAt),
		nextAttemptAt: item.state === 'failed' ? null : isoTime(item.nextAttemptAt),
	};
}

/** Exit 3's line: what is kept where, and what to run; one line, for a person reading a script's log. */
export function queuedLine(outcome: Pick<SendOutcome, 'item' | 'error' | 'reused'>, now: number): string {
	const {item} = outcome;
	const why = outcome.error?.message ?? item.lastError ?? (item.state === 'sending' ? 'another deskterm is sending it right now' : 'waiting for its next attempt');
	const what = `${item.kind} to #${sanitizeForTerminal(item.conversationId)}`;
	const where = outcome.reused ? `already in the outbox as ${item.id} (queued ${relativeTime(item.queuedAt, now)})` : `kept in the outbox as ${item.id}`;
	return `${what} not delivered yet, ${where}: ${sanitizeForTerminal(why)}; deskterm outbox retry ${item.id} tries again, do not send it anew`;
}

export type ReportOptions = {json: boolean; io: Io; context: Context};

/**
 * Prints what went wrong, or nothing for a delivery (the caller prints the message); null then, else the
 * exit code. `reread` fetches the conversation again to say what changed when the back end refused.
 */
export async function reportUndelivered(outcome: SendOutcome, options: ReportOptions, reread: () => Promise<Conversation>): Promise<number | null> {
	const {io, context, json} = options;
	const now = context.clock();
	switch (outcome.status) {
		case 'delivered':
			if (outcome.reused) io.error(`deskterm: it was already in the outbox as ${outcome.item.id} (queued ${relativeTime(outcome.item.queuedAt, now)}): delivered once, not sent again\n`);
			return null;
		case 'queued':
			if (json) writeJson(io, {outbox: outboxItemToJson(outcome.item)});
			io.error(`deskterm: ${queuedLine(outcome, now)}\n`);
			return exitCodes.queued;
		case 'failed': {
			const kept = outcome.item.state === 'failed' ? ` (kept in the outbox as ${outcome.item.id}: deskterm outbox drop ${outcome.item.id} forgets it)` : '';
			io.error(`deskterm: ${sanitizeForTerminal(outcome.error?.message ?? outcome.item.lastError ?? 'the back end refused it')}${kept}\n`);
			return exitCodes.failure;
		}
		case 'changed': {
			const fresh = await reread().catch(() => null);
			return reportChanged({...options, id: outcome.item.conversationId, expected: outcome.item.expectedVersion ?? ''}, fresh, fresh ? changesAfterVersion(fresh, outcome.item.expectedVersion ?? '') : []);
		}
	}
}

/** Exit 4: the conversation moved past the version the script had; the change in one line (and in --json). */
export function reportChanged(
	options: ReportOptions & {id: string; expected: string},
	fresh: Conversation | null,
	changes: readonly ConversationChange[],
): number {
	const {io, context, json, id, expected} = options;
	const now = fresh ? ` (now ${sanitizeForTerminal(fresh.version)})` : '';
	const what = changes.length > 0 ? `: ${describeChanges(changes, context.clock())}` : '';
	if (json) writeJson(io, {changed: {conversationId: id, expectedVersion: expected, version: fresh?.version ?? null, changes: changes.map(changeToJson)}});
	io.error(`deskterm: not sent: conversation #${sanitizeForTerminal(id)} changed since version ${sanitizeForTerminal(expected)}${now}${what}\n`);
	return exitCodes.changed;
}
