// What the scorers read from one conversation, gathered in a single pass over the customer's words.
import type {Channel, Conversation} from '../domain/conversation.js';
import {lexiconGroups, type LexiconGroup} from './lexicon/groups.js';
import {tokenize} from './text/tokenize.js';
import type {TriageConfig} from './triage-config.js';

const groupIndex = Object.fromEntries(lexiconGroups.map((group, index) => [group, index])) as Record<LexiconGroup, number>;

const amountPattern = /(?:[$€£¥]\s?(\d{1,3}(?:[,.\s]\d{3})*|\d+)(?:[.,]\d{1,2})?|\b(\d+(?:[,.]\d{3})*)(?:[.,]\d{1,2})?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks)\b)/i;
const orderNumberPattern = /(?:#\s?[a-z]{0,4}-?\d{4,}|\b(?:order|bestellung|commande|pedido)\s*(?:no\.?|number|nr\.?|#|id)?\s*:?\s*[a-z]{0,4}-?\d{4,}|\b[a-z]{2,4}-\d{4,}\b)/i;
const emailPattern = /[\w.+-]+@[\w-]+\.[a-z]{2,}/i;
const accountIdPattern = /^account\s*(?:id|number|no\.?|#)\s*:?\s*[a-z0-9-]*\d/i;
const spanUnits = new Set(['day', 'days', 'week', 'weeks', 'month', 'months']);
const spanCounts = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few']);
/** A pasted log can be huge; the first part of each message says what it is about. */
export const maxCharactersPerMessage = 4_000;

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
	let text = conversation.subject.slice(0, maxCharactersPerMessage);
	let customerMessages = 0;
	let replies = 0;
	const channelPath: Channel[] = [];
	for (const message of conversation.messages) {
		if (message.kind === 'customer') {
			customerMessages++;
			text += `\n${message.body.length > maxCharactersPerMessage ? message.body.slice(0, maxCharactersPerMessage) : message.body}`;
			if (channelPath.at(-1) !== message.channel) channelPath.push(message.channel);
		} else if (message.kind === 'agent' || message.kind === 'bot') replies++;
	}
	const tokens = tokenize(text);
	const hits = config.matcherFor(conversation.customer.language).scan(tokens);
	// The patterns run only where they can matter: each is a full pass over the text.
	const hasDigits = /\d/.test(text);
	const amountMatch = hasDigits ? amountPattern.exec(text) : null;
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
		orderNumber: hits[groupIndex.orderTopic] !== undefined && hasDigits && /\d{4}/.test(text) ? (orderNumberPattern.exec(text)?.[0] ?? null) : null,
		accountId: hits[groupIndex.accountTopic] === undefined ? null : findAccountId(text),
		elapsedMention: text.includes('day') || text.includes('week') || text.includes('month') ? findTimeSpan(tokens) : null,
	};
}

/** The phrase that fired a lexicon group, or undefined. */
export function hit(facts: Facts, group: LexiconGroup): string | undefined {
	return facts.hits[groupIndex[group]];
}

/** An email address or "account id 1234", looked for only around '@' and the word "account". */
function findAccountId(text: string): string | null {
	const at = text.indexOf('@');
	if (at !== -1) {
		const near = emailPattern.exec(text.slice(Math.max(0, at - 64), at + 256));
		if (near) return near[0];
	}
	const lower = text.toLowerCase();
	for (let index = lower.indexOf('account'); index !== -1; index = lower.indexOf('account', index + 1)) {
		const match = accountIdPattern.exec(text.slice(index, index + 64));
		if (match) return match[0];
	}
	return null;
}

/** "two days", "3 weeks": how long the customer says it has been going on. */
function findTimeSpan(tokens: readonly string[]): string | null {
	for (let index = 1; index < tokens.length; index++) {
		if (!spanUnits.has(tokens[index]!)) continue;
		const count = tokens[index - 1]!;
		if (spanCounts.has(count) || /^\d+$/.test(count)) return `${count} ${tokens[index]}`;
	}
	return null;
}

function countOf(text: string, character: string): number {
	let count = 0;
	for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) count++;
	return count;
}
