// Zammad's time accounting as deskterm's time worked: one event per entry, credited to who accounted it.
import type {ActivityEvent} from '../../domain/metrics/metric-facts.js';
import type {ZammadTimeAccounting} from './zammad-schemas.js';

/** Zammad's events in deskterm's facts: time worked only (no template uses, and status history is not read). */
export const zammadRecordedEvents: readonly ActivityEvent['kind'][] = ['worked'];

/** An entry that is not a positive number of units is left out, never counted as zero time. */
export function mapZammadTimeAccountings(entries: readonly ZammadTimeAccounting[], minutesPerUnit: number): ActivityEvent[] {
	return entries
		.flatMap((entry): ActivityEvent[] => {
			const units = Number(entry.time_unit);
			const at = Date.parse(entry.created_at);
			if (!Number.isFinite(units) || units <= 0 || Number.isNaN(at)) return [];
			return [{kind: 'worked', conversationId: String(entry.ticket_id), at, agentId: String(entry.created_by_id), seconds: Math.round(units * minutesPerUnit * 60)}];
		})
		.sort((a, b) => a.at - b.at);
}
