// Everything behind triage, suggestions and templates in the console, loaded in one lazy chunk after the first frame:
// the template library, the triage config, the learned rankers and the background scorer.
import {loadTriageConfig, TriageConfigError} from '../../config/triage-config.js';
import type {Conversation} from '../../domain/conversation.js';
import {toDeskError} from '../../domain/errors.js';
import {sendTemplateReply} from '../../operations/send-template-reply.js';
import {customerTextOf, createSuggestionRankers, suggestFor, type SuggestionRankers} from '../../operations/suggestion-rankers.js';
import {describeTemplateProblems, loadTemplateLibrary, type TemplateLibrary} from '../../operations/template-library.js';
import type {HelpdeskProvider} from '../../providers/provider.js';
import type {Ranker} from '../../ranking/ranker.js';
import {scoreConversation} from '../../triage/score-conversation.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {AnswerLookup, Triage} from '../../triage/types.js';
import type {ShownSuggestion} from './suggestions-panel.js';
import {createTriageRunner, type TriageRunner} from './triage-runner.js';

export type AssistSettings = {
	provider: HelpdeskProvider;
	clock: () => number;
	/** Template folders in override order (the shipped library, then the team's). */
	templateSources: readonly string[];
	/** Where routing.yaml, service-targets.yaml and channel-map.yaml live (in triage/). */
	configDir: string;
	/** Where template uses are recorded and learned from. */
	dataDir: string;
};

export type AssistKit = {
	library: TemplateLibrary;
	rankers: SuggestionRankers;
	/** Null when the triage config is broken: scoring with half a config would mislead. */
	triage: {config: TriageConfig; runner: TriageRunner} | null;
	/** One-line warnings for the notice line (bad template files, a broken triage config). */
	notices: string[];
	/** The open conversation in full, with every signal, for its panel. */
	scoreOpen(conversation: Conversation, otherContacts: number): Promise<Triage | null>;
	/** The best templates for what the customer wrote last; `fresh` waits for a ranker that knows the latest uses. */
	suggest(conversation: Conversation, fresh: boolean): Promise<ShownSuggestion[]> | ShownSuggestion[];
	/** Sends a reply written from templates (this chunk carries the history store, which the first frame does without). */
	sendTemplateReply: typeof sendTemplateReply;
	customerTextOf: typeof customerTextOf;
	close(): void;
};

// Ranking every conversation of a long queue for the complexity signal adds up; past this, triage goes without it.
const lookupLimit = 2000;

export async function openAssistKit(settings: AssistSettings): Promise<AssistKit> {
	const controller = new AbortController();
	const notices: string[] = [];
	const [library, config] = await Promise.all([loadTemplateLibrary(settings.templateSources), loadConfig(settings.configDir, notices)]);
	const problems = describeTemplateProblems(library.problems);
	if (problems) notices.unshift(problems);
	const rankers = createSuggestionRankers(library, settings.dataDir, controller.signal);
	const lookups = new WeakMap<Ranker, AnswerLookup>();
	const lookupFor = async (language: string): Promise<AnswerLookup | undefined> => {
		if (library.forLanguage(language).length === 0) return undefined;
		const ranker = await rankers.ranker(language);
		let lookup = lookups.get(ranker);
		if (!lookup) {
			lookup = conversation => {
				const [best] = suggestFor(ranker, conversation, 1);
				return best ? {templateId: best.templateId, confidence: best.score} : null;
			};
			lookups.set(ranker, lookup);
		}
		return lookup;
	};
	const runner = config ? createTriageRunner({provider: settings.provider, config, clock: settings.clock, lookupFor, lookupLimit}) : null;
	const shown = (conversation: Conversation, ranker: Ranker): ShownSuggestion[] =>
		suggestFor(ranker, conversation, 3).map(suggestion => {
			const template = library.find(suggestion.templateId, conversation.customer.language);
			return {templateId: suggestion.templateId, title: template?.title ?? suggestion.templateId, score: suggestion.score, reasons: suggestion.reasons, humanOnly: template?.humanOnly ?? false};
		});
	return {
		library,
		rankers,
		triage: config && runner ? {config, runner} : null,
		notices,
		async scoreOpen(conversation, otherContacts) {
			if (!config) return null;
			const answerLookup = await lookupFor(conversation.customer.language).catch(() => undefined);
			return scoreConversation(conversation, {now: settings.clock(), config, answerLookup, otherContacts});
		},
		suggest(conversation, fresh) {
			const language = conversation.customer.language;
			if (library.forLanguage(language).length === 0 || customerTextOf(conversation) === '') return [];
			const ready = fresh ? undefined : rankers.current(language);
			if (ready) return shown(conversation, ready);
			return rankers.ranker(language).then(ranker => shown(conversation, ranker));
		},
		sendTemplateReply,
		customerTextOf,
		close() {
			controller.abort();
			runner?.close();
		},
	};
}

async function loadConfig(configDir: string, notices: string[]): Promise<TriageConfig | null> {
	try {
		return await loadTriageConfig(configDir);
	} catch (error) {
		const count = error instanceof TriageConfigError ? error.problems.length : 1;
		const why = error instanceof TriageConfigError ? `${count} problem${count === 1 ? '' : 's'} in the triage config` : toDeskError(error).message;
		notices.push(`Triage is off: ${why} (see deskterm triage config lint)`);
		return null;
	}
}
