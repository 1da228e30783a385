// Exports outcomeFigures: automatic resolution, FCR, closed in one reply, bot involvement and bypass,
// handover count and cost, reply-writing time and template time saved (DOMAIN section 6, ROI figures).
import {available, distribution, rateFigure, round, unavailable, type Figure} from './figure.js';
import {recordsEvents, type ConversationFacts} from './metric-facts.js';

const noConversations = 'no conversation in the period';
const noClosed = 'no conversation in the period is closed';

export function outcomeFigures(facts: readonly ConversationFacts[]): Figure[] {
	const closed = facts.filter(fact => fact.closedAt !== null);
	const botInvolved = facts.filter(fact => fact.botReplies > 0);
	return [
		rateFigure({id: 'automatic_resolution', label: 'Automatic resolution rate', definition: 'Share of conversations resolved entirely by automation.'}, closed.filter(fact => fact.resolvedBy === 'bot').length, facts.length, noConversations),
		rateFigure(
			{id: 'fcr', label: 'First contact resolution', definition: 'Share resolved in the first interaction (closed, never reopened, no customer message between the first and the last reply).'},
			closed.filter(fact => fact.reopened === 0 && fact.customerMessagesBetweenReplies === 0).length,
			closed.length,
			noClosed,
		),
		rateFigure({id: 'closed_in_one_reply', label: 'Closed in one reply', definition: 'Conversations closed after one reply / all, x 100.'}, closed.filter(fact => fact.botReplies + fact.humanReplies === 1).length, facts.length, noConversations),
		rateFigure({id: 'bot_involvement', label: 'Bot involvement rate', definition: 'Conversations the bot took part in / all conversations.'}, botInvolved.length, facts.length, noConversations),
		rateFigure(
			{id: 'bot_bypass', label: 'Bot bypass rate', definition: "Customers who try to get past the bot to a human: the next action after a bot answer is to write on and be handed to a person."},
			botInvolved.filter(fact => fact.customerActedAfterBot && fact.handoverAt !== null).length,
			botInvolved.length,
			'the bot answered no conversation in the period',
		),
		...handoverFigures(facts),
		...writingFigures(facts),
	];
}

function handoverFigures(facts: readonly ConversationFacts[]): Figure[] {
	const handed = facts.filter(fact => fact.handoverAt !== null);
	const countHead = {id: 'handovers', label: 'Handovers', definition: 'Conversations a bot handed to a person.'};
	const costHead = {id: 'handover_cost', label: 'Handover cost', definition: 'Avg time per handover x handovers x reps.'};
	if (facts.length === 0) return [unavailable(countHead, 0, noConversations), unavailable(costHead, 0, noConversations)];
	const count = available(countHead, facts.length, {kind: 'count', value: handed.length});
	const waits = handed.flatMap(fact => (fact.humanAfterHandoverAt === null ? [] : [fact.humanAfterHandoverAt - fact.handoverAt!]));
	const reps = new Set(facts.flatMap(fact => fact.humanAuthorIds)).size;
	const average = distribution(waits);
	if (average === null || reps === 0) return [count, unavailable(costHead, handed.length, 'no handover in the period reached a person yet')];
	const perRep = handed.length / reps;
	// "handovers" in the ROI formula is per rep, so handovers per rep x reps is the period's handovers.
	const cost = Math.round(average.mean * perRep * reps);
	return [count, available(costHead, handed.length, {kind: 'total', unit: 'ms', value: cost}, {averagePerHandoverMs: Math.round(average.mean), handoversPerRep: round(perRep, 2), reps})];
}

function writingFigures(facts: readonly ConversationFacts[]): Figure[] {
	const writingHead = {id: 'reply_writing', label: 'Reply-writing time', definition: 'Avg time writing a message x queries x reps.'};
	const templateHead = {id: 'template_time_saved', label: 'Template uses and time saved', definition: 'Template uses and the writing time they saved.'};
	if (facts.length === 0) return [unavailable(writingHead, 0, noConversations), unavailable(templateHead, 0, noConversations)];
	const worked = facts.some(fact => recordsEvents(fact, 'worked'));
	const templates = facts.some(fact => recordsEvents(fact, 'template'));
	if (!worked && !templates) {
		const reason = 'the back end records no time worked or template uses';
		return [unavailable(writingHead, facts.length, reason), unavailable(templateHead, facts.length, reason)];
	}
	// One pass over every event: at 100k conversations a flattened copy of them costs more than the sums.
	let replies = 0;
	let workedMs = 0;
	let uses = 0;
	let saved = 0;
	const using = new Set<string>();
	for (const fact of facts) {
		replies += fact.humanReplies;
		for (const event of fact.events ?? []) {
			if (event.kind === 'worked') workedMs += event.seconds * 1000;
			else if (event.kind === 'template') {
				uses++;
				saved += event.savedSeconds * 1000;
				using.add(event.conversationId);
			}
		}
	}
	const reps = new Set(facts.flatMap(fact => fact.humanAuthorIds)).size;
	const templateFigure = templates
		? available(templateHead, using.size, {kind: 'count', value: uses}, {savedMs: saved})
		: unavailable(templateHead, facts.length, 'the back end records no template uses');
	if (!worked) return [unavailable(writingHead, facts.length, 'the back end records no time worked'), templateFigure];
	if (replies === 0 || workedMs === 0 || reps === 0) return [unavailable(writingHead, facts.length, 'no reply in the period has time worked recorded'), templateFigure];
	const perMessage = workedMs / replies;
	const queriesPerRep = replies / reps;
	const total = Math.round(perMessage * queriesPerRep * reps);
	return [
		available(writingHead, facts.length, {kind: 'total', unit: 'ms', value: total}, {averagePerMessageMs: Math.round(perMessage), queriesPerRep: round(queriesPerRep, 2), reps}),
		templateFigure,
	];
}
