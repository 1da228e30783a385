// Target states in a few words: "first response due in 40m", "resolution overdue by 2h".
import type {TargetReport, TargetStatus} from '../domain/service-targets/target-status.js';
import {shortDuration} from '../presenters/time.js';

const names = {firstResponse: 'first response', resolution: 'resolution'} as const;

export function describeTarget(status: TargetStatus, now: number): string {
	const name = names[status.kind];
	switch (status.state) {
		case 'met':
			return `${name} met`;
		case 'missed':
			return `${name} missed by ${shortDuration(-status.left)}`;
		case 'breached':
			return `${name} overdue by ${shortDuration(Number.isFinite(status.dueAt) ? now - status.dueAt : -status.left)}`;
		default:
			return `${name} due ${Number.isFinite(status.dueAt) ? `in ${shortDuration(Math.max(0, status.dueAt - now))}` : 'never (no covered hours)'}${status.state === 'at_risk' ? ' (at risk)' : ''}`;
	}
}

export function describeRisk(report: TargetReport, now: number): string {
	return report.next === null ? 'all targets stopped' : describeTarget(report.next, now);
}
