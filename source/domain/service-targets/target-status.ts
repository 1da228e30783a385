// Where each target of one conversation stands at a given time: met, missed, on track, at risk or breached.
import type {ConversationSummary} from '../conversation.js';
import type {BusinessClock} from './business-clock.js';
import type {ServiceTargets, TargetKind} from './service-targets.js';

export type TargetState = 'met' | 'missed' | 'on_track' | 'at_risk' | 'breached';

export type TargetStatus = {
	kind: TargetKind;
	state: TargetState;
	/** The target, in covered milliseconds. */
	target: number;
	startedAt: number;
	/** When it is (or was) due; Infinity when coverage never comes. */
	dueAt: number;
	/** When the clock stopped (first reply, closing), or null while it runs. */
	stoppedAt: number | null;
	/** Covered time used so far (or until it stopped). */
	elapsed: number;
	/** Covered time left; negative when overdue. */
	left: number;
};

export type TargetReport = {
	firstResponse: TargetStatus;
	resolution: TargetStatus;
	/** The running target closest to (or furthest past) its due time, or null when both stopped. */
	next: TargetStatus | null;
	/** 0 (nothing pressing) .. 100 (breached). */
	risk: number;
	atRisk: boolean;
	breached: boolean;
};

type Clocked = Pick<ConversationSummary, 'channel' | 'priority' | 'status' | 'createdAt' | 'firstResponseAt' | 'closedAt' | 'updatedAt'>;

export function evaluateTargets(conversation: Clocked, targets: ServiceTargets, clock: BusinessClock, now: number): TargetReport {
	const pair = targets.table[conversation.channel][conversation.priority];
	const closedAt = conversation.status === 'closed' ? (conversation.closedAt ?? conversation.updatedAt) : null;
	const firstResponse = status('firstResponse', pair.firstResponse, conversation.createdAt, conversation.firstResponseAt ?? closedAt);
	const resolution = status('resolution', pair.resolution, conversation.createdAt, closedAt);
	const running = [firstResponse, resolution].filter(item => item.stoppedAt === null);
	const next = running.reduce<TargetStatus | null>((best, item) => (best === null || item.left < best.left ? item : best), null);
	const risk = running.reduce((highest, item) => Math.max(highest, riskOf(item)), 0);
	return {
		firstResponse,
		resolution,
		next,
		risk,
		atRisk: running.some(item => item.state === 'at_risk'),
		breached: running.some(item => item.state === 'breached'),
	};

	function status(kind: TargetKind, target: number, startedAt: number, stoppedAt: number | null): TargetStatus {
		const end = stoppedAt ?? now;
		const elapsed = clock.elapsed(startedAt, end);
		const left = target - elapsed;
		const dueAt = clock.add(startedAt, target);
		let state: TargetState;
		if (stoppedAt !== null) state = left >= 0 ? 'met' : 'missed';
		else if (left < 0) state = 'breached';
		else if (elapsed >= target * targets.riskShare || (target > targets.riskWithin && left <= targets.riskWithin)) state = 'at_risk';
		else state = 'on_track';
		return {kind, state, target, startedAt, dueAt, stoppedAt, elapsed, left};
	}
}

/** 100 when breached; at risk scales 70..99 with the share used; on track stays below 70. */
function riskOf(item: TargetStatus): number {
	if (item.state === 'breached') return 100;
	const share = item.target === 0 ? 1 : Math.min(1, item.elapsed / item.target);
	if (item.state === 'at_risk') return Math.min(99, Math.round(70 + share * 29));
	return Math.round(share * 69);
}
