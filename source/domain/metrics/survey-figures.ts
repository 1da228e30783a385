// Exports surveyFigures: CSAT (with rating rate, bot-involved vs human-only), NPS with its detractors, CES distribution.
import {available, rateFigure, round, unavailable, type Figure} from './figure.js';
import type {ConversationFacts} from './metric-facts.js';

const cesLabels = ['very easy', 'easy', 'neutral', 'difficult', 'very difficult'] as const;

export function surveyFigures(facts: readonly ConversationFacts[]): Figure[] {
	const closed = facts.filter(fact => fact.closedAt !== null);
	const rated = facts.filter(fact => fact.ratings.csat !== null);
	const csat = (head: {id: string; label: string}, group: readonly ConversationFacts[]) =>
		rateFigure({...head, definition: 'Positively rated (4-5 on a 1-5 scale) / rated conversations.'}, group.filter(fact => fact.ratings.csat! >= 4).length, group.length, 'no conversation in the period was rated');
	return [
		csat({id: 'csat', label: 'CSAT'}, rated),
		csat({id: 'csat.bot_involved', label: 'CSAT, bot involved'}, rated.filter(fact => fact.botReplies > 0)),
		csat({id: 'csat.human_only', label: 'CSAT, human only'}, rated.filter(fact => fact.botReplies === 0)),
		rateFigure({id: 'csat.rating_rate', label: 'CSAT rating rate', definition: 'Closed conversations with a CSAT answer / closed conversations.'}, closed.filter(fact => fact.ratings.csat !== null).length, closed.length, 'no conversation in the period is closed'),
		nps(facts),
		ces(facts),
	];
}

function nps(facts: readonly ConversationFacts[]): Figure {
	const head = {id: 'nps', label: 'NPS', definition: '% promoters (9-10) - % detractors (0-6), from -100 to +100; detractors go to a person.'};
	const answered = facts.filter(fact => fact.ratings.nps !== null);
	if (answered.length === 0) return unavailable(head, 0, 'no NPS answer in the period');
	const promoters = answered.filter(fact => fact.ratings.nps! >= 9).length;
	const detractors = answered.filter(fact => fact.ratings.nps! <= 6).sort((a, b) => a.id.localeCompare(b.id, 'en', {numeric: true}));
	const score = round(((promoters - detractors.length) / answered.length) * 100);
	return available(head, answered.length, {kind: 'score', value: score}, {promoters, passives: answered.length - promoters - detractors.length, detractors: detractors.map(fact => ({id: fact.id, nps: fact.ratings.nps, assigneeId: fact.assigneeId}))});
}

function ces(facts: readonly ConversationFacts[]): Figure {
	const head = {id: 'ces', label: 'Customer effort score', definition: 'Share of "very easy" (1) .. "very difficult" (5) survey answers.'};
	const answered = facts.filter(fact => fact.ratings.ces !== null);
	if (answered.length === 0) return unavailable(head, 0, 'no CES answer in the period');
	const rows = cesLabels.map((answer, index) => {
		const count = answered.filter(fact => fact.ratings.ces === index + 1).length;
		return {answer, count, percent: round((count / answered.length) * 100)};
	});
	return available(head, answered.length, {kind: 'table', rows}, {botInvolved: answered.filter(fact => fact.botReplies > 0).length});
}
