// Exports computeMetrics and MetricsReport: every DOMAIN section 6 figure for the conversations opened in a period.
import type {Figure} from './figure.js';
import type {ConversationFacts} from './metric-facts.js';
import {inPeriod, type Period} from './period.js';
import {speedFigures} from './speed-figures.js';
import {outcomeFigures} from './outcome-figures.js';
import {surveyFigures} from './survey-figures.js';
import {volumeFigures, type AgentLabel} from './volume-figures.js';

export type MetricsFilter = {teamId?: string; agentId?: string};

export type MetricsReport = {
	period: Period;
	now: number;
	filter: MetricsFilter;
	conversations: number;
	figures: Figure[];
};

/** The cohort is the conversations opened in the period (and matching the filter); `now` is only reported. */
export function computeMetrics(all: readonly ConversationFacts[], options: {period: Period; now: number; filter?: MetricsFilter; agents?: readonly AgentLabel[]}): MetricsReport {
	const filter = options.filter ?? {};
	const facts = all.filter(fact => inPeriod(fact.createdAt, options.period) && matches(fact, filter));
	return {
		period: options.period,
		now: options.now,
		filter,
		conversations: facts.length,
		figures: [...speedFigures(facts), ...outcomeFigures(facts), ...surveyFigures(facts), ...volumeFigures(facts, options.period, options.agents ?? [], options.now)],
	};
}

function matches(fact: ConversationFacts, filter: MetricsFilter): boolean {
	if (filter.teamId !== undefined && fact.teamId !== filter.teamId) return false;
	if (filter.agentId !== undefined && fact.assigneeId !== filter.agentId && !fact.humanAuthorIds.includes(filter.agentId)) return false;
	return true;
}
