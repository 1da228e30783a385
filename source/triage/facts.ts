// What the scorers read from one conversation, gathered in a single pass over the customer's words.
import type {Channel, Conversation} from '../domain/conversation.js';
import {lexiconGroups, type LexiconGroup} from './lexicon/groups.js';
import {tokenize} from './text/tokenize.js';
import type {TriageConfig} from './triage-config.js';

const groupIndex = Object.fromEntries(lexiconGroups.map((group, index) => [group, index])) as Record<LexiconGroup, number>;

const amountPattern = /(?:[$€£¥]\s?(\d{1,3}(?:[,.\s]\d{3})*|\d+)(?:[.,]\d{1,2})?|\b(\d+(?:[,.]\d{3})*)(?:[.,]\d{1,2})?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks)\b)/i;
const orderNumberPattern = /(?:#\s?[a-z]{0,4}-?\d{4,}|\b(?:order|bestellung|commande|pedido)\s*(?:no\.?|number|nr\.?|#|id)?\s*:?\s*[a-z]{0,4}-?\d{4,}|\b[a-z]{2,4}-\d{4,}\b)/i;
const accountIdPattern = /(?:[\w.+-]+@[\w-]+\.[a-z]{2,}|\baccount\s*(?:id|number|no\.?|#)\s*:?\s*[a-z0-9-]*\d)/i;
const elapsedPattern = /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(days?|weeks?|months?)\b/i;

export type Facts = {
	/** Subject and customer messages, as written. */
	text: string;
	wordCount: number;
	/** The first phrase per lexicon group and per routing rule (see TriageConfig.routingOffset). */
	hits: Array<string | undefined>;
	customerMessages: number;
	replies: number;
	questionMarks: number;
	shouting: boolean;
	/** Channels in the order the customer used them, repeats collapsed. */
	channelPath: Channel[];
	amount: {text: string; value: number} | null;
	orderNumber: string | null;
	accountId: string | null;
	elapsedMention: string | null;
};

export function gatherFacts(conversation: Conversation, config: TriageConfig): Facts {
	let text = conversation.subject;
	let customerMessages = 0;
	let replies = 0;
	const channelPath: Channel[] = [];
	for (const message of conversation.messages) {
		if (message.kind === 'customer') {
			customerMessages++;
			text += `\n${message.body}`;
			if (channelPath.at(-1) !== message.channel) channelPath.push(message.channel);
		} else if (message.kind === 'agent' || message.kind === 'bot') replies++;
	}
	const tokens = tokenize(text);
	const hits = config.matcherFor(conversation.customer.language).scan(tokens);
	// The patterns run only where they can matter: each is a full pass over the text.
	const amountMatch = /\d/.test(text) ? amountPattern.exec(text) : null;
	return {
		text,
		wordCount: tokens.length,
		hits,
		customerMessages,
		replies,
		questionMarks: countOf(text, '?'),
		shouting: text.includes('!!'),
		channelPath,
		amount: amountMatch ? {text: amountMatch[0].trim(), value: Number((amountMatch[1] ?? amountMatch[2] ?? '0').replace(/[,.\s]/g, ''))} : null,
		orderNumber: hits[groupIndex.orderTopic] === undefined ? null : (orderNumberPattern.exec(text)?.[0] ?? null),
		accountId: hits[groupIndex.accountTopic] === undefined ? null : (accountIdPattern.exec(text)?.[0] ?? null),
		elapsedMention: /day|week|month/i.test(text) ? (elapsedPattern.exec(text)?.[0] ?? null) : null,
	};
}

/** The phrase that fired a lexicon group, or undefined. */
export function hit(facts: Facts, group: LexiconGroup): string | undefined {
	return facts.hits[groupIndex[group]];
}

function countOf(text: string, character: string): number {
	let count = 0;
	for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) count++;
	return count;
}
