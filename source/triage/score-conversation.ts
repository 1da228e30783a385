// Triage for one conversation: pure, deterministic, time passed in.
import type {Channel, Conversation} from '../domain/conversation.js';
import {evaluateTargets} from '../domain/service-targets/target-status.js';
import {scoreComplexity} from './axes/complexity.js';
import {scoreEffort} from './axes/effort.js';
import {scoreSeverity} from './axes/severity.js';
import {channelKey, defaultChannelMap, type ChannelPair, type ResolutionChannel} from './channel-map/channel-map.js';
import {customerValue} from './customer-value.js';
import {gatherFacts} from './facts.js';
import {humanOnly} from './human-only.js';
import {priorityScore} from './priority.js';
import {stakesOf} from './stakes.js';
import {routeConversation} from './routing/route-conversation.js';
import type {TriageConfig} from './triage-config.js';
import type {AnswerLookup, Triage} from './types.js';
import {describeRisk} from './target-text.js';

export type ScoreOptions = {
	now: number;
	config: TriageConfig;
	/** Finds the best saved template for the conversation (the ranking module supplies it). */
	answerLookup?: AnswerLookup | undefined;
	/** Other conversations of the same customer about now, when known. */
	otherContacts?: number | undefined;
};

export function scoreConversation(conversation: Conversation, options: ScoreOptions): Triage {
	const {now, config} = options;
	const facts = gatherFacts(conversation, config);
	const answer = options.answerLookup ? options.answerLookup(conversation) : null;
	const complexity = scoreComplexity(facts, {
		answer,
		lookedUp: options.answerLookup !== undefined,
		channel: conversation.channel,
		hasEmail: conversation.customer.email !== '',
	});
	const severity = scoreSeverity(facts, conversation);
	const effort = scoreEffort(facts, {waitingSince: conversation.waitingSince, now, otherContacts: options.otherContacts ?? 0});
	const targets = evaluateTargets(conversation, config.serviceTargets, config.clock, now);
	const value = customerValue(conversation.customer);
	const key = channelKey(complexity.level, severity.level, effort.level);
	const human = humanOnly(conversation, facts, now);
	const pair = humanChannels(config.channelMap[key] ?? defaultChannelMap[key]!, human.flag, conversation.channel);
	return {
		conversationId: conversation.id,
		complexity,
		severity,
		effort,
		targets,
		routing: routeConversation(conversation, config.routing, facts.hits.slice(config.routingOffset), now),
		humanOnly: human,
		priority: priorityScore(
			stakesOf(severity),
			{value: severity.value, evidence: `severity ${severity.level}`},
			{value: targets.risk, evidence: describeRisk(targets, now)},
			value,
		),
		channels: {key, primary: pair.primary, secondary: pair.secondary},
		answer,
	};
}

const botChannels: ReadonlySet<ResolutionChannel> = new Set(['article', 'chatbot']);
const agentFor: Record<Channel, ResolutionChannel> = {email: 'email-agent', social: 'email-agent', chat: 'chat-agent', phone: 'phone'};

/** A human-only conversation never goes to an article or a bot: their place goes to a person. */
function humanChannels(pair: ChannelPair, humanOnly: boolean, channel: Channel): ChannelPair {
	if (!humanOnly || (!botChannels.has(pair.primary) && !botChannels.has(pair.secondary))) return pair;
	const people = [pair.primary, pair.secondary].filter(each => !botChannels.has(each));
	const fallback = agentFor[channel];
	const primary = people[0] ?? fallback;
	const secondary = people[1] ?? (primary === fallback ? (fallback === 'email-agent' ? 'chat-agent' : 'email-agent') : fallback);
	return {primary, secondary};
}
