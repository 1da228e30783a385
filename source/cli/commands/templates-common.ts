// What the templates commands share: the --templates/--language flags and loading with a warning line.
import type {Context} from '../../context.js';
import {DeskError} from '../../domain/errors.js';
import {loadTemplates, type LoadedTemplates} from '../../templates/load-templates.js';
import {normaliseLanguage} from '../../templates/template-schema.js';
import {templateSources} from '../../templates/template-dirs.js';
import type {OptionSpec, ParsedInput} from '../command.js';
import type {Io} from '../io.js';

export const templatesOption: Record<string, OptionSpec> = {
	templates: {
		type: 'string',
		multiple: true,
		valueName: '<dir>',
		description: 'read templates only from this folder (repeatable; later ones override); default: the shipped library, then your folder',
	},
};

export const languageOption: Record<string, OptionSpec> = {
	language: {type: 'string', valueName: '<lang>', description: 'pick the variant for this language (e.g. de), falling back to en, then any'},
};

export function flagDirs(values: ParsedInput['values']): string[] {
	const value = values['templates'];
	return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

export function readLanguage(values: ParsedInput['values']): string | null {
	const value = values['language'];
	if (typeof value !== 'string') return null;
	if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) throw new DeskError('usage', `--language: "${value}" is not a language tag such as en, de or pt-BR`);
	return normaliseLanguage(value);
}

/** Loads the templates a command works on; files with errors are counted on stderr, never fatal. */
export async function loadForCommand(values: ParsedInput['values'], context: Context, io: Io): Promise<LoadedTemplates & {sources: string[]}> {
	const sources = templateSources(context.paths, flagDirs(values));
	const loaded = await loadTemplates(sources);
	const errors = loaded.problems.filter(problem => problem.severity === 'error').length;
	if (errors > 0) {
		io.error(`deskterm: warning: ${errors} template file${errors === 1 ? '' : 's'} could not be loaded (run deskterm templates lint)\n`);
	}
	return {...loaded, sources};
}
