// The learned history, assembled once: importing a labelled file, forgetting it, and the recorded template uses.
import {readHistoryFile, type ReadHistoryOptions} from '../ranking/history-file.js';
import {mergeExamples, readLearnedExamples, readTemplateUses, writeLearnedExamples} from '../ranking/history-store.js';
import type {LabelledExample} from '../ranking/rankable.js';
import {loadTemplates} from '../templates/load-templates.js';
import {templateStats} from '../templates/template-stats.js';
import type {Template} from '../templates/template.js';

export type HistoryImport = {
	read: number;
	imported: number;
	duplicates: number;
	skipped: Array<{line: number; reason: string}>;
	total: number;
	/** Template ids the examples name that the library lacks, with their example counts, most used first. */
	unknownTemplates: Array<[string, number]>;
};

/** Reads a labelled history file and adds its examples to the stored ones (or replaces them). */
export async function importHistory(
	dataDir: string,
	path: string,
	options: {replace: boolean; templateSources: readonly string[]; onProgress?: ReadHistoryOptions['onProgress']},
): Promise<HistoryImport> {
	const read = await readHistoryFile(path, options.onProgress ? {onProgress: options.onProgress} : {});
	const earlier = options.replace ? [] : await readLearnedExamples(dataDir);
	const {merged, added} = mergeExamples(earlier, read.examples);
	await writeLearnedExamples(dataDir, merged);
	const {templates} = await loadTemplates(options.templateSources);
	return {
		read: read.read,
		imported: added,
		duplicates: read.examples.length - added,
		skipped: read.skipped,
		total: merged.length,
		unknownTemplates: unknownTemplates(read.examples, templates),
	};
}

/** Forgets every imported example (recorded template uses are kept); returns how many there were. */
export async function forgetHistory(dataDir: string): Promise<number> {
	const before = (await readLearnedExamples(dataDir)).length;
	await writeLearnedExamples(dataDir, []);
	return before;
}

/** Uses per template from the recorded history, counted from `since` (null: all time). */
export async function templateUsage(dataDir: string, templates: readonly Template[], since: number | null): Promise<ReturnType<typeof templateStats>> {
	return templateStats(templates, await readTemplateUses(dataDir), since);
}

function unknownTemplates(examples: readonly LabelledExample[], templates: readonly Template[]): Array<[string, number]> {
	const known = new Set(templates.map(template => template.id));
	const counts = new Map<string, number>();
	for (const example of examples) if (!known.has(example.templateId)) counts.set(example.templateId, (counts.get(example.templateId) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
