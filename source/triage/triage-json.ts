// The stable JSON of `deskterm triage --json`: every score, level and signal, targets, routing, human-only, channels.
import type {ConversationSummary, Team} from '../domain/conversation.js';
import type {TargetStatus} from '../domain/service-targets/target-status.js';
import {isoTime} from '../presenters/time.js';
import {triageBadges} from './badges.js';
import {resolutionChannels, type ResolutionChannel} from './channel-map/channel-map.js';
import type {Triage} from './types.js';

export const triageJsonFields = [
	'id',
	'subject',
	'customerName',
	'status',
	'channel',
	'priority',
	'priorityScore',
	'priorityParts',
	'complexity',
	'severity',
	'effort',
	'targets',
	'routing',
	'humanOnly',
	'channels',
	'answer',
	'badges',
] as const;

export function triageToJson(summary: ConversationSummary, triage: Triage, teams: readonly Team[]): Record<string, unknown> {
	const team = teams.find(each => each.name.toLowerCase() === triage.routing.team.toLowerCase() || each.id === triage.routing.team);
	return {
		id: summary.id,
		subject: summary.subject,
		customerName: summary.customerName,
		status: summary.status,
		channel: summary.channel,
		priority: summary.priority,
		priorityScore: triage.priority.score,
		priorityParts: triage.priority.parts,
		complexity: triage.complexity,
		severity: triage.severity,
		effort: triage.effort,
		targets: {
			firstResponse: targetJson(triage.targets.firstResponse),
			resolution: targetJson(triage.targets.resolution),
			next: triage.targets.next?.kind ?? null,
			risk: triage.targets.risk,
			atRisk: triage.targets.atRisk,
			breached: triage.targets.breached,
		},
		routing: {team: triage.routing.team, teamId: team?.id ?? null, rule: triage.routing.rule, reasons: triage.routing.reasons},
		humanOnly: triage.humanOnly,
		channels: {
			key: triage.channels.key,
			primary: triage.channels.primary,
			primaryLabel: resolutionChannels[triage.channels.primary as ResolutionChannel] ?? triage.channels.primary,
			secondary: triage.channels.secondary,
			secondaryLabel: resolutionChannels[triage.channels.secondary as ResolutionChannel] ?? triage.channels.secondary,
		},
		answer: triage.answer,
		badges: triageBadges(triage).map(badge => badge.text),
	};
}

function targetJson(status: TargetStatus): Record<string, unknown> {
	return {
		state: status.state,
		targetSeconds: Math.round(status.target / 1000),
		startedAt: isoTime(status.startedAt),
		dueAt: Number.isFinite(status.dueAt) ? isoTime(status.dueAt) : null,
		stoppedAt: isoTime(status.stoppedAt),
		elapsedSeconds: Math.round(status.elapsed / 1000),
		leftSeconds: Math.round(status.left / 1000),
	};
}
