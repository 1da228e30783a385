// Wires the template ranking into triage: "is an answer already written down?" feeds complexity.
import type {Context} from '../../context.js';
import type {Conversation} from '../../domain/conversation.js';
import {suggestFor} from '../../operations/suggestion-rankers.js';
import type {Ranker} from '../../ranking/ranker.js';
import {setUpSuggestions} from '../../ranking/suggestion-setup.js';
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
	return conversation => {
		const ranker = rankers.get(conversation.customer.language);
		if (!ranker) return null;
		const [best] = suggestFor(ranker, conversation, 1);
		return best ? {templateId: best.templateId, confidence: best.score} : null;
	};
}
