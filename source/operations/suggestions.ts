// The suggestion stack assembled once: templates for a language plus history into a ranker, ranked lines and answer lookups.
import {loadTemplates} from '../templates/load-templates.js';
import type {Template} from '../templates/template.js';
import {templatesForLanguage} from '../templates/variants.js';
import {readHistoryFile, type ReadHistoryOptions} from '../ranking/history-file.js';
import {readTrainingExamples} from '../ranking/history-store.js';
import type {LabelledExample} from '../ranking/rankable.js';
import {parseBatchLine, suggestionsToJson} from '../ranking/batch-line.js';
import {createRankerInBackground, type Ranker, type Suggestion} from '../ranking/ranker.js';
import type {AnswerLookup} from '../triage/types.js';
import {readsEnglish, suggestFor, wordVectorsFor} from './suggestion-rankers.js';
import {prepareSentences, type SentenceOptions} from './sentence-encoding.js';
import {createEncoderChildren, type EncoderChildren} from './encoder-children.js';

export type {Ranker, Suggestion};
export {parseBatchLine, suggestionsToJson};

export type HistorySource = {kind: 'file'; path: string} | {kind: 'stored'; dataDir: string} | {kind: 'none'};

export type SuggestionSetup = {
	ranker: Ranker;
	templates: Template[];
	/** Template files that could not be loaded. */
	templateErrors: number;
	/** History records that could not be read, with their line numbers (history files only). */
	skipped: Array<{line: number; reason: string}>;
	/** English templates, but this build has no word vectors (dist/word-vectors.bin): the templates' words alone rank. */
	missingWordVectors: boolean;
	/** The sentence encoder was wanted but could not be loaded: one line saying so (the ranking goes on without it). */
	sentenceWarning?: string;
};

export type SetUpOptions = {
	onProgress?: ReadHistoryOptions['onProgress'];
	/** Stops the training (it runs in steps between other work, so a console stays responsive). */
	signal?: AbortSignal;
	/** The sentence encoder (see sentence-encoding.ts); without this option, words alone (triage's lookups). */
	sentences?: SentenceOptions;
};

export async function setUpSuggestions(sources: readonly string[], language: string | null, history: HistorySource, options: SetUpOptions = {}): Promise<SuggestionSetup> {
	const [loaded, examples] = await Promise.all([loadTemplates(sources), readExamples(history, options.onProgress)]);
	const templates = templatesForLanguage(loaded.templates, language);
	const wordVectors = wordVectorsFor(language);
	const sentences = options.sentences ? await prepareSentences(templates, examples.examples, readsEnglish(language), options.sentences) : {vectors: null};
	return {
		ranker: await createRankerInBackground(templates, examples.examples, options.signal, {wordVectors, sentences: sentences.vectors}),
		missingWordVectors: wordVectors === null && readsEnglish(language),
		...(sentences.warning ? {sentenceWarning: sentences.warning} : {}),
		templates,
		templateErrors: loaded.problems.filter(problem => problem.severity === 'error').length,
		skipped: examples.skipped,
	};
}

async function readExamples(history: HistorySource, progress?: ReadHistoryOptions['onProgress']): Promise<{examples: LabelledExample[]; skipped: SuggestionSetup['skipped']}> {
	if (history.kind === 'none') return {examples: [], skipped: []};
	if (history.kind === 'stored') return {examples: await readTrainingExamples(history.dataDir), skipped: []};
	const read = await readHistoryFile(history.path, progress ? {onProgress: progress} : {});
	return {examples: read.examples, skipped: read.skipped};
}

/** Triage's "is an answer already written down?": the best template for a conversation and its confidence. */
export function answerLookupOf(ranker: Ranker): AnswerLookup {
	return conversation => {
		const [best] = suggestFor(ranker, conversation, 1);
		return best ? {templateId: best.templateId, confidence: best.score} : null;
	};
}

/** The sentence encoder's children for a command (a batch encodes in two at once); none without an entry (tests, embedders). */
export function encoderForCommand(entry: URL | null, processes: number): {children: EncoderChildren; encoder: SentenceOptions['encoder']} | undefined {
	if (!entry) return undefined;
	const children = createEncoderChildren({entry, processes});
	return {children, encoder: async () => children.encode};
}
