// Exports speedFigures: FRT, AHT and TTR, each split into bot and human as DOMAIN section 6 insists.
import {durationFigure, unavailable, type Figure} from './figure.js';
import {recordsEvents, type ConversationFacts} from './metric-facts.js';

const none = 'no conversation in the period has one';

export function speedFigures(facts: readonly ConversationFacts[]): Figure[] {
	const botFrt = facts.flatMap(fact => (fact.firstBotReplyAt === null ? [] : [fact.firstBotReplyAt - fact.firstCustomerAt]));
	const humanFrt = facts.flatMap(fact => (fact.firstHumanReplyAt === null ? [] : [fact.firstHumanReplyAt - fact.firstCustomerAt]));
	const resolved = (by: 'bot' | 'human') => facts.flatMap(fact => (fact.resolvedBy === by && fact.closedAt !== null ? [fact.closedAt - fact.createdAt] : []));
	return [
		durationFigure({id: 'frt.bot', label: 'First response time, bot', definition: "Customer's first message to the bot's first reply."}, botFrt, `${none} answered by a bot`),
		durationFigure({id: 'frt.human', label: 'First response time, human', definition: "Customer's first message to a person's first reply."}, humanFrt, `${none} answered by a person`),
		handlingTime(facts),
		durationFigure({id: 'ttr.bot', label: 'Time to resolution, bot', definition: 'Opened to resolved/closed, for conversations the bot resolved alone.'}, resolved('bot'), `${none} resolved by the bot alone`),
		durationFigure({id: 'ttr.human', label: 'Time to resolution, human', definition: 'Opened to resolved/closed, for conversations a person resolved.'}, resolved('human'), `${none} resolved by a person`),
	];
}

const ahtHead = {id: 'aht', label: 'Average handling time', definition: 'Time the team actively works a conversation (time-worked records per conversation).'};

function handlingTime(facts: readonly ConversationFacts[]): Figure {
	if (facts.length > 0 && !facts.some(fact => recordsEvents(fact, 'worked'))) return unavailable(ahtHead, facts.length, 'the back end records no time worked');
	const worked = facts.flatMap(fact => {
		const seconds = (fact.events ?? []).reduce((sum, event) => sum + (event.kind === 'worked' ? event.seconds : 0), 0);
		return seconds > 0 ? [seconds * 1000] : [];
	});
	return durationFigure(ahtHead, worked, `${none} with time worked recorded`);
}
