// RT priorities are numbers; RT 5 labels them Low (0), Medium (50), High (100). deskterm adds urgent above.
import type {Priority} from '../../domain/conversation.js';

/** Where each level starts; a profile may move them (settings.priorities) for a 0-99 scale. */
export type PriorityScale = {normal: number; high: number; urgent: number};

export const rt5PriorityScale: PriorityScale = {normal: 50, high: 100, urgent: 150};

export function priorityFromRt(value: string | number | undefined, scale: PriorityScale = rt5PriorityScale): Priority {
	const number = Number(value ?? 0);
	if (!Number.isFinite(number)) return 'normal';
	if (number >= scale.urgent) return 'urgent';
	if (number >= scale.high) return 'high';
	if (number >= scale.normal) return 'normal';
	return 'low';
}

/** The number written for a level: the start of its range (0 for low). */
export function priorityToRt(priority: Priority, scale: PriorityScale = rt5PriorityScale): number {
	return priority === 'low' ? 0 : scale[priority];
}
