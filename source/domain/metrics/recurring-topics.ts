// Exports recurringTopics: the tags and subject terms that come back most, to report to other teams.
import {available, unavailable, type Figure} from './figure.js';
import type {ConversationFacts} from './metric-facts.js';

/** Tags the console itself sets: they say how a conversation went, not what it is about. */
const workflowTags = new Set(['vip', 'bot-handover', 'escalated']);
const stopWords = new Set('about after again also because before being could does from have help here into just like need please still than that their them then there these they this what when where which while will with would your yours cannot dont hello thanks thank'.split(' '));
const shown = 10;

export function recurringTopics(facts: readonly ConversationFacts[]): Figure {
	const head = {id: 'recurring_topics', label: 'Recurring topics', definition: 'Recurring topics and pain points across conversations, from tags and subject terms.'};
	if (facts.length === 0) return unavailable(head, 0, 'no conversation in the period');
	const tags = new Map<string, number>();
	const terms = new Map<string, number>();
	// Subjects repeat (replies keep them, forms fill them): each distinct one is split into terms once.
	const termsOf = new Map<string, string[]>();
	for (const fact of facts) {
		for (const tag of fact.tags) if (!workflowTags.has(tag)) tags.set(tag, (tags.get(tag) ?? 0) + 1);
		let subjectTerms = termsOf.get(fact.subject);
		if (!subjectTerms) {
			subjectTerms = [...new Set(fact.subject.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? [])].filter(term => !stopWords.has(term));
			termsOf.set(fact.subject, subjectTerms);
		}
		for (const term of subjectTerms) terms.set(term, (terms.get(term) ?? 0) + 1);
	}
	const top = (counts: Map<string, number>, source: string) =>
		[...counts]
			.filter(([, count]) => count > 1)
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, shown)
			.map(([topic, count]) => ({source, topic, conversations: count}));
	return available(head, facts.length, {kind: 'table', rows: [...top(tags, 'tag'), ...top(terms, 'subject')]});
}
