// The words of each turn, assembled from a topic's pieces in the customer's language.
import type {Channel} from '../../../domain/conversation.js';
import * as common from './corpus/common.js';
import {foreign, type ForeignLanguage, type ForeignLines} from './corpus/foreign.js';
import type {Topic} from './corpus/topic.js';
import type {Rng} from './prng.js';
import type {Turn} from './turns.js';

export type SayContext = {
	rng: Rng;
	fill: (template: string, agentName?: string) => string;
	channel: Channel;
	upset: boolean;
	agentName: string;
	first: boolean;
};

export type Lines = {
	subject(rng: Rng): string;
	say(turn: Turn, context: SayContext): string;
};

export function linesFor(topic: Topic, language: string): Lines {
	const other = foreign[language];
	const translated = other?.topics[topic.id];
	return {
		subject: rng => rng.pick(translated?.subjects ?? topic.subjects),
		say: (turn, context) => context.fill(compose(turn, topic, context, other && translated ? {language: other, lines: translated} : null), context.agentName),
	};
}

type Foreign = {language: ForeignLanguage; lines: ForeignLines};

function compose(turn: Turn, topic: Topic, context: SayContext, local: Foreign | null): string {
	const {rng} = context;
	switch (turn) {
		case 'customer-first':
			return customerFirst(topic, context, local);
		case 'customer-follow':
			return customerShort(rng.pick(local?.lines.followUps ?? topic.followUps), context);
		case 'customer-nudge':
			return rng.pick(common.nudges);
		case 'customer-thanks':
			return local ? rng.pick(local.lines.followUps.slice(-1)) : rng.pick(common.customerThanks);
		case 'customer-handover':
			return rng.pick(common.handoverAsks);
		case 'bot-answer':
			return `${rng.pick(common.botIntro)} ${rng.pick(topic.botAnswers)} ${rng.pick(common.botQuestion)}`;
		case 'bot-handover':
			return rng.pick(common.botHandovers);
		case 'agent-reply':
			return agentMessage(rng.pick(local?.lines.replies ?? topic.replies), context, local, rng.chance(0.4) ? rng.pick(common.agentQuestions) : null);
		case 'agent-question':
			return agentMessage(rng.pick(local?.lines.replies ?? topic.replies), context, local, local ? null : rng.pick(common.pendingQuestions));
		case 'agent-resolve':
			return agentMessage(rng.pick(local?.lines.resolutions ?? topic.resolutions), context, local, null);
		case 'note':
			return rng.pick(topic.notes);
		case 'note-handover':
			return rng.pick(common.handoverNotes);
		case 'note-snooze':
			return rng.pick(common.snoozeNotes);
	}
}

function customerFirst(topic: Topic, context: SayContext, local: Foreign | null): string {
	const {rng, channel} = context;
	if (local) {
		return `${rng.pick(local.language.greetings)}\n\n${capitalise(rng.pick(local.lines.openings))}\n\n${rng.pick(local.language.signoffs)}`;
	}
	const parts = [rng.pick(topic.openings)];
	const detailCount = rng.weighted([[0, 35], [1, 45], [2, 20]] as const);
	parts.push(...rng.sample(topic.details, detailCount));
	if (context.upset) parts.push(rng.pick(common.upsetLines));
	if (channel === 'email') return `${rng.pick(common.customerGreetings)}\n\n${parts.join(' ')}\n\n${rng.pick(common.customerSignoffs)}`;
	if (channel === 'phone') return `Call summary: ${parts.join(' ')}`;
	return customerShort(parts.join(' '), context);
}

/** Chat and social messages are quicker: often lower case, no sign-off. */
function customerShort(text: string, context: SayContext): string {
	if (context.channel === 'email' || context.channel === 'phone' || !context.rng.chance(0.3)) return text;
	return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function agentMessage(core: string, context: SayContext, local: Foreign | null, question: string | null): string {
	const {rng, channel} = context;
	const body = question ? `${core} ${question}` : core;
	if (local) return `${rng.pick(local.language.agentGreetings)}\n\n${capitalise(body)}\n\n${rng.pick(local.language.agentSignoffs)}`;
	if (channel !== 'email') return body;
	const greeting = rng.pick(common.agentGreetings);
	// Most replies already open with "Hi {first}"; greet only when they do not.
	const text = /^(Hi|Hello|Thanks)\b/.test(core) ? body : `${greeting}\n\n${body}`;
	return `${text}\n\n${rng.pick(common.agentSignoffs)}`;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
