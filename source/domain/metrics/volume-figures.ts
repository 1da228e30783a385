// Exports volumeFigures: cases handled per agent, volume per day and week with its trend, preferred
// channel share and recurring topics (conversational insights from tags and subject terms).
import {channels} from '../conversation.js';
import {available, round, unavailable, type Figure} from './figure.js';
import type {ConversationFacts} from './metric-facts.js';
import {dayMs, dayStart, hourMs, inPeriod, isoDay, weekMs, weekStart, type Period} from './period.js';
import {recurringTopics} from './recurring-topics.js';

export type AgentLabel = {id: string; name: string};

export function volumeFigures(facts: readonly ConversationFacts[], period: Period, agents: readonly AgentLabel[], now: number): Figure[] {
	return [casesHandled(facts, period, agents), ...volume(facts, period, now), channelShare(facts), recurringTopics(facts)];
}

function casesHandled(facts: readonly ConversationFacts[], period: Period, agents: readonly AgentLabel[]): Figure {
	const head = {id: 'cases_handled', label: 'Cases handled per agent', definition: 'Conversations a person resolved, per agent per hour/day/week of the period.'};
	const handled = facts.filter(fact => fact.resolvedBy === 'human' && fact.closedAt !== null && inPeriod(fact.closedAt, period));
	if (handled.length === 0) return unavailable(head, 0, 'no conversation was resolved by a person in the period');
	const span = period.until - period.from;
	const counts = new Map<string, number>();
	for (const fact of handled) {
		const agent = fact.assigneeId ?? fact.humanAuthorIds.at(-1) ?? 'unassigned';
		counts.set(agent, (counts.get(agent) ?? 0) + 1);
	}
	const names = new Map(agents.map(agent => [agent.id, agent.name]));
	const rows = [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([id, count]) => ({agentId: id, agent: names.get(id) ?? id, cases: count, perHour: round((count / span) * hourMs, 2), perDay: round((count / span) * dayMs, 2), perWeek: round((count / span) * weekMs, 1)}));
	return available(head, handled.length, {kind: 'table', rows});
}

function volume(facts: readonly ConversationFacts[], period: Period, now: number): Figure[] {
	const dayHead = {id: 'volume.day', label: 'Volume per day', definition: 'Conversations opened per day; a steady rise signals a product problem.'};
	const weekHead = {id: 'volume.week', label: 'Volume per week', definition: 'Conversations opened per week (weeks start Monday, UTC).'};
	const opened = facts.filter(fact => inPeriod(fact.createdAt, period));
	if (opened.length === 0) return [unavailable(dayHead, 0, 'no conversation was opened in the period'), unavailable(weekHead, 0, 'no conversation was opened in the period')];
	// Series run from the first conversation (or the period's start) to now (or the period's end), not over empty years.
	// A loop, not Math.min(...times): spreading a few hundred thousand arguments overflows the stack.
	let first = Number.POSITIVE_INFINITY;
	let last = Number.NEGATIVE_INFINITY;
	for (const fact of opened) {
		first = Math.min(first, fact.createdAt);
		last = Math.max(last, fact.createdAt);
	}
	const span = {from: Math.max(period.from, first), until: Math.max(last + 1, Math.min(period.until, now))};
	const days = series(opened, span, dayStart, dayMs);
	const weeks = series(opened, span, weekStart, weekMs);
	const slope = trendPerDay(days.map(row => row.count));
	const mean = opened.length / days.length;
	const change = mean === 0 ? 0 : round((slope * 7 * 100) / mean);
	const trend = days.length < 3 ? 'too short to tell' : change >= 10 ? 'rising' : change <= -10 ? 'falling' : 'steady';
	return [
		available(dayHead, opened.length, {kind: 'table', rows: days.map(row => ({day: isoDay(row.start), count: row.count}))}, {trend, changePerWeekPercent: change}),
		available(weekHead, opened.length, {kind: 'table', rows: weeks.map(row => ({week: isoDay(row.start), count: row.count}))}),
	];
}

function series(facts: readonly ConversationFacts[], period: Period, bucket: (at: number) => number, step: number) {
	const rows: Array<{start: number; count: number}> = [];
	for (let start = bucket(period.from); start < period.until; start += step) rows.push({start, count: 0});
	for (const fact of facts) rows[Math.floor((bucket(fact.createdAt) - rows[0]!.start) / step)]!.count++;
	return rows;
}

/** Least-squares slope of counts per day. */
function trendPerDay(counts: readonly number[]): number {
	const n = counts.length;
	if (n < 2) return 0;
	const meanX = (n - 1) / 2;
	const meanY = counts.reduce((sum, value) => sum + value, 0) / n;
	let numerator = 0;
	let denominator = 0;
	counts.forEach((value, index) => {
		numerator += (index - meanX) * (value - meanY);
		denominator += (index - meanX) ** 2;
	});
	return numerator / denominator;
}

function channelShare(facts: readonly ConversationFacts[]): Figure {
	const head = {id: 'channel_share', label: 'Preferred channel share', definition: 'Share of conversations started on each channel.'};
	if (facts.length === 0) return unavailable(head, 0, 'no conversation in the period');
	const rows = channels.map(channel => {
		const count = facts.filter(fact => fact.channel === channel).length;
		return {channel, count, percent: round((count / facts.length) * 100)};
	});
	return available(head, facts.length, {kind: 'table', rows});
}
