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
	/** A company customer: lines about seats, the company or its domain fit. */
	business: boolean;
	/** Lines already said in this conversation, so nobody repeats themselves word for word. */
	used: Set<string>;
};

const businessOnly = /\{(company|company_domain|seats)\}/;
/** A follow-up that says the problem is solved belongs at the end of a closed conversation, not mid-thread. */
const satisfiedWords = /\b(thanks?|thank you|works|worked|fixed|perfect|sounds good|ordering now|i am in|danke?|merci|gracias)\b/i;
const satisfied = (line: string): boolean => satisfiedWords.test(line) && !line.trim().endsWith('?');

function choose(context: SayContext, options: readonly string[], keep: (line: string) => boolean = () => true): string {
	const fitting = options.filter(line => keep(line) && (context.business || !businessOnly.test(line)));
	const fresh = fitting.filter(line => !context.used.has(line));
	const line = context.rng.pick(fresh.length > 0 ? fresh : fitting.length > 0 ? fitting : options);
	context.used.add(line);
	return line;
}

export type Lines = {
	subject(rng: Rng, business: boolean): string;
	say(turn: Turn, context: SayContext): string;
};

export function linesFor(topic: Topic, language: string): Lines {
	const other = foreign[language];
	const translated = other?.topics[topic.id];
	return {
		subject: (rng, business) => {
			const subjects = translated?.subjects ?? topic.subjects;
			const fitting = subjects.filter(line => business || !businessOnly.test(line));
			return rng.pick(fitting.length > 0 ? fitting : subjects);
		},
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
			return customerShort(choose(context, local?.lines.followUps ?? topic.followUps, line => !satisfied(line)), context);
		case 'customer-nudge':
			return choose(context, common.nudges);
		case 'customer-thanks': {
			const own = (local?.lines.followUps ?? topic.followUps).filter(satisfied);
			return choose(context, own.length > 0 && (local || rng.chance(0.6)) ? own : common.customerThanks);
		}
		case 'customer-handover':
			return rng.pick(common.handoverAsks);
		case 'bot-answer':
			return `${rng.pick(common.botIntro)} ${rng.pick(topic.botAnswers)} ${rng.pick(common.botQuestion)}`;
		case 'bot-handover':
			return rng.pick(common.botHandovers);
		case 'agent-reply':
			return agentMessage(choose(context, local?.lines.replies ?? topic.replies), context, local, rng.chance(0.4) ? choose(context, common.agentQuestions) : null);
		case 'agent-question':
			return agentMessage(choose(context, local?.lines.replies ?? topic.replies), context, local, local ? null : choose(context, common.pendingQuestions));
		case 'agent-resolve':
			return agentMessage(choose(context, local?.lines.resolutions ?? topic.resolutions), context, local, null);
		case 'note':
			return choose(context, topic.notes);
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
	const parts = [choose(context, topic.openings)];
	const detailCount = rng.weighted([[0, 35], [1, 45], [2, 20]] as const);
	parts.push(...rng.sample(topic.details.filter(line => context.business || !businessOnly.test(line)), detailCount));
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
