// Freshdesk's survey answers, time entries and ticket stats as deskterm's ratings and activity events.
import type {Ratings} from '../../domain/conversation.js';
import type {ActivityEvent} from '../../domain/metrics/metric-facts.js';
import type {FreshdeskSatisfactionRating, FreshdeskTicket, FreshdeskTimeEntry} from './freshdesk-schemas.js';
import {time} from './map-freshdesk-ticket.js';

/** What Freshdesk's events say: time worked from time entries, the latest reopening from the stats; never template uses. */
export const freshdeskRecordedEvents: readonly ActivityEvent['kind'][] = ['worked', 'status'];

/**
 * Freshdesk answers 103 extremely happy, 102 very happy, 101 happy, 100 neutral, -101 .. -103 unhappy .. extremely
 * unhappy, whatever the survey's scale (2, 3, 5 or 7 points): happy answers are 4-5 on CSAT's 1-5, unhappy ones 1-2.
 */
const csatOf: Record<number, number> = {103: 5, 102: 4, 101: 4, 100: 3, [-101]: 2, [-102]: 2, [-103]: 1};

export function freshdeskCsat(value: number | undefined): number | null {
	return value === undefined ? null : (csatOf[value] ?? null);
}

/** Each ticket's latest answer to the survey's main question. */
export function ratingsByTicket(ratings: readonly FreshdeskSatisfactionRating[]): Map<string, Ratings> {
	const latest = new Map<string, FreshdeskSatisfactionRating>();
	for (const rating of ratings) {
		const key = String(rating.ticket_id);
		const before = latest.get(key);
		if (freshdeskCsat(rating.ratings['default_question']) !== null && (!before || (time(rating.created_at) ?? 0) >= (time(before.created_at) ?? 0))) latest.set(key, rating);
	}
	return new Map([...latest].map(([key, rating]) => [key, {csat: freshdeskCsat(rating.ratings['default_question']), nps: null, ces: null}]));
}

/** "hh:mm" as seconds; anything else is null (the entry is left out rather than counted as zero). */
export function timeSpentSeconds(value: string): number | null {
	const match = /^(\d+):([0-5]\d)$/.exec(value.trim());
	return match ? (Number(match[1]) * 60 + Number(match[2])) * 60 : null;
}

/** Stopped time entries as time worked, by ticket; a running timer is not finished work yet. */
export function workedByTicket(entries: readonly FreshdeskTimeEntry[]): Map<string, ActivityEvent[]> {
	const byTicket = new Map<string, ActivityEvent[]>();
	for (const entry of entries) {
		const seconds = timeSpentSeconds(entry.time_spent);
		const at = time(entry.executed_at);
		if (entry.timer_running || seconds === null || seconds === 0 || at === null) continue;
		const conversationId = String(entry.ticket_id);
		byTicket.set(conversationId, [...(byTicket.get(conversationId) ?? []), {kind: 'worked', conversationId, at, agentId: String(entry.agent_id), seconds}]);
	}
	return byTicket;
}

/** The stats keep only the latest reopening (who did it is not said): enough to tell a first-contact resolution. */
export function reopenedEvents(ticket: Pick<FreshdeskTicket, 'id' | 'stats'>): ActivityEvent[] {
	const at = time(ticket.stats?.reopened_at);
	return at === null ? [] : [{kind: 'status', conversationId: String(ticket.id), at, actorId: null, from: 'closed', to: 'open'}];
}
