// Wires the template ranking into triage: "is an answer already written down?" feeds complexity.
import type {Context} from '../../context.js';
import type {Conversation} from '../../domain/conversation.js';
import {answerLookupOf, setUpSuggestions, type Ranker} from '../../operations/suggestions.js';
import {templateSources} from '../../templates/template-dirs.js';
import type {AnswerLookup} from '../../triage/types.js';

/** One ranker per language in the set (built before scoring, so the lookup itself stays synchronous). */
export async function buildAnswerLookup(context: Context, conversations: readonly Conversation[]): Promise<AnswerLookup | undefined> {
	const sources = templateSources(context.paths);
	if (sources.length === 0) return undefined;
	const rankers = new Map<string, Ranker>();
	for (const language of new Set(conversations.map(conversation => conversation.customer.language))) {
		const setup = await setUpSuggestions(sources, language, {kind: 'stored', dataDir: context.paths.dataDir});
		if (setup.templates.length > 0) rankers.set(language, setup.ranker);
	}
	if (rankers.size === 0) return undefined;
	const lookups = new Map([...rankers].map(([language, ranker]) => [language, answerLookupOf(ranker)]));
	return conversation => lookups.get(conversation.customer.language)?.(conversation) ?? null;
}
