// Time worked on RT: TimeWorked is a ticket field in whole minutes. Setting it makes RT write a
// Set/TimeWorked transaction with TimeTaken = new - old by the token's user, and no visible comment.
import type {ActivityEvent} from '../../domain/metrics/metric-facts.js';
import {DeskError} from '../../domain/errors.js';
import type {RtApi} from './rt-api.js';
import {ticketPath} from './rt-reads.js';
import {rtTicketSchema} from './rt-schemas.js';
import {checkRtMessages} from './refusals.js';

/** RT keeps minutes: 90 s is 2, 29 s is nothing to record (the console never records under 30 s). */
export function minutesFromSeconds(seconds: number): number {
	return Math.round(seconds / 60);
}

export function createRtActivity(api: RtApi) {
	/** Reads the current TimeWorked and writes it plus `minutes`, guarded by the ticket's ETag. */
	async function addMinutes(id: string, minutes: number): Promise<void> {
		const {data, etag} = await api.get(ticketPath(id), rtTicketSchema);
		const next = (data.TimeWorked ?? 0) + minutes;
		const result = await api.send('PUT', ticketPath(id), {TimeWorked: String(next)}, etag === undefined ? {} : {ifMatch: etag});
		checkRtMessages(result.messages, `record ${minutes} min worked on ticket ${id}`);
	}

	return {
		/**
		 * Only 'worked' events are written: status changes and owner changes are RT's own transactions,
		 * and RT has nowhere to keep template uses. The time counts for the token's user, not event.agentId.
		 */
		async recordActivity(events: readonly ActivityEvent[]): Promise<void> {
			for (const event of events) {
				if (event.kind !== 'worked') continue;
				const minutes = minutesFromSeconds(event.seconds);
				if (minutes === 0) continue;
				try {
					await addMinutes(event.conversationId, minutes);
				} catch (error) {
					// Someone changed the ticket between the read and the write: read the new total once more.
					if (!(error instanceof DeskError) || error.code !== 'conflict') throw error;
					await addMinutes(event.conversationId, minutes);
				}
			}
		},
	};
}
