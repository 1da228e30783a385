// What triage says about one conversation, every number with the signals that produced it.
import type {Conversation} from '../domain/conversation.js';
import type {TargetReport} from '../domain/service-targets/target-status.js';

export const levels = ['low', 'medium', 'high'] as const;
export type Level = (typeof levels)[number];

export type Signal = {
	/** Stable id for scripts, e.g. "money-at-stake". */
	id: string;
	/** What it means, in the team's words. */
	label: string;
	/** Points it added (or removed, when negative) on its axis. */
	weight: number;
	/** What in the conversation fired it: the words, the count, the plan. */
	evidence: string;
};

export type AxisScore = {level: Level; value: number; signals: Signal[]};

export const axes = ['complexity', 'severity', 'effort'] as const;
export type Axis = (typeof axes)[number];

export type Reason = {id: string; label: string; evidence: string};

export type RoutingResult = {
	/** The suggested team, as named in the routing rules. */
	team: string;
	/** The rule that placed it, or null when it fell through to the escalation team. */
	rule: {index: number; name: string} | null;
	/** Why: the rule's conditions that held, or why nothing matched. */
	reasons: string[];
};

export type PriorityPart = {id: 'stakes' | 'severity' | 'targetRisk' | 'customerValue'; label: string; value: number; weight: number; evidence: string};

export type ChannelChoice = {
	/** Levels as letters, complexity-severity-effort, e.g. "LHM". */
	key: string;
	primary: string;
	secondary: string;
};

export type AnswerMatch = {templateId: string; confidence: number};
export type AnswerLookup = (conversation: Conversation) => AnswerMatch | null;

export type Triage = {
	conversationId: string;
	complexity: AxisScore;
	severity: AxisScore;
	effort: AxisScore;
	targets: TargetReport;
	routing: RoutingResult;
	humanOnly: {flag: boolean; reasons: Reason[]};
	priority: {score: number; parts: PriorityPart[]};
	channels: ChannelChoice;
	/** The best template match, when an answer lookup was given and found one. */
	answer: AnswerMatch | null;
};
