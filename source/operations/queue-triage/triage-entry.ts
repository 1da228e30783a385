// What the queue keeps of a conversation's triage: levels, priority and human-only, a few hundred bytes instead of
// the few kilobytes of signals (the open conversation is scored again in full for its panel).
import type {ConversationSummary} from '../../domain/conversation.js';
import {evaluateTargets} from '../../domain/service-targets/target-status.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {AnswerMatch, Axis, ChannelChoice, Level, Triage} from '../../triage/types.js';

export type TriageEntry = {
	id: string;
	/** The conversation version it was scored at; another version means it is out of date. */
	version: string;
	scoredAt: number;
	/** When the clock alone moves its levels (levelsExpireAt); Infinity when only a change of the conversation does. */
	expiresAt: number;
	score: number;
	axes: Record<Axis, {level: Level; value: number}>;
	/** Why only a person may answer (labels); empty when a bot may. */
	humanOnly: string[];
	team: string;
	channels: ChannelChoice;
	answer: AnswerMatch | null;
};

export function entryOf(triage: Triage, version: string, scoredAt: number, expiresAt: number): TriageEntry {
	const axis = (name: Axis) => ({level: triage[name].level, value: triage[name].value});
	return {
		id: triage.conversationId,
		version,
		scoredAt,
		expiresAt,
		score: triage.priority.score,
		axes: {complexity: axis('complexity'), severity: axis('severity'), effort: axis('effort')},
		humanOnly: triage.humanOnly.flag ? triage.humanOnly.reasons.map(reason => reason.label) : [],
		team: triage.routing.team,
		channels: triage.channels,
		answer: triage.answer,
	};
}

/**
 * A Triage again, with the service targets evaluated now from the row (they only need its times) and the
 * explanations left empty: enough for the badges, the filters and the next conversation, never for a panel.
 */
export function rehydrate(entry: TriageEntry, row: ConversationSummary, config: TriageConfig, now: number): Triage {
	const axis = (name: Axis) => ({...entry.axes[name], signals: []});
	return {
		conversationId: entry.id,
		complexity: axis('complexity'),
		severity: axis('severity'),
		effort: axis('effort'),
		targets: evaluateTargets(row, config.serviceTargets, config.clock, now),
		routing: {team: entry.team, rule: null, reasons: []},
		humanOnly: {flag: entry.humanOnly.length > 0, reasons: entry.humanOnly.map(label => ({id: label, label, evidence: ''}))},
		priority: {score: entry.score, parts: []},
		channels: entry.channels,
		answer: entry.answer,
	};
}
