// The ranking's own small help desk: 6 templates and 60 labelled messages written for these tests.
import {join} from 'node:path';
import {readHistoryFile} from '../../source/ranking/history-file.js';
import type {LabelledExample} from '../../source/ranking/rankable.js';
import {loadTemplates} from '../../source/templates/load-templates.js';
import type {Template} from '../../source/templates/template.js';
import {templatesForLanguage} from '../../source/templates/variants.js';

export const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'ranking');
export const templatesDir = join(fixtureDir, 'templates');
export const historyFile = join(fixtureDir, 'history.jsonl');

/** One variant per template: English unless another language is asked for. */
export async function fixtureTemplates(language = 'en'): Promise<Template[]> {
	const {templates, problems} = await loadTemplates([templatesDir]);
	if (problems.length > 0) throw new Error(`fixture templates do not load: ${JSON.stringify(problems)}`);
	return templatesForLanguage(templates, language);
}

export async function fixtureHistory(): Promise<LabelledExample[]> {
	return (await readHistoryFile(historyFile)).examples;
}
