// Builds a ranker the way the commands and the console need it: templates for a language, plus history.
import {loadTemplates} from '../templates/load-templates.js';
import type {Template} from '../templates/template.js';
import {templatesForLanguage} from '../templates/variants.js';
import {readHistoryFile, type ReadHistoryOptions} from './history-file.js';
import {readTrainingExamples} from './history-store.js';
import type {LabelledExample} from './rankable.js';
import {createRankerInBackground, type Ranker} from './ranker.js';

export type HistorySource = {kind: 'file'; path: string} | {kind: 'stored'; dataDir: string} | {kind: 'none'};

export type SuggestionSetup = {
	ranker: Ranker;
	templates: Template[];
	/** Template files that could not be loaded. */
	templateErrors: number;
	/** History records that could not be read, with their line numbers (history files only). */
	skipped: Array<{line: number; reason: string}>;
};

export type SetUpOptions = {
	onProgress?: ReadHistoryOptions['onProgress'];
	/** Stops the training (it runs in steps between other work, so a console stays responsive). */
	signal?: AbortSignal;
};

export async function setUpSuggestions(sources: readonly string[], language: string | null, history: HistorySource, options: SetUpOptions = {}): Promise<SuggestionSetup> {
	const [loaded, examples] = await Promise.all([loadTemplates(sources), readExamples(history, options.onProgress)]);
	const templates = templatesForLanguage(loaded.templates, language);
	return {
		ranker: await createRankerInBackground(templates, examples.examples, options.signal),
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
