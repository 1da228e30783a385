// The team's templates for an agent at work: loaded once, per-language views and `/` search indexes built on demand.
import {createFuzzyIndex, type FuzzyIndex} from '../ranking/fuzzy-search.js';
import {loadTemplates} from '../templates/load-templates.js';
import type {Template} from '../templates/template.js';
import type {TemplateProblem} from '../templates/template-problem.js';
import {findTemplate, templatesForLanguage} from '../templates/variants.js';

export type TemplateLibrary = {
	/** Every variant, every language. */
	readonly templates: readonly Template[];
	/** Files that were not loaded (errors) or look wrong (warnings); they never stop the others. */
	readonly problems: readonly TemplateProblem[];
	/** One template per id, in the variant for this language. */
	forLanguage(language: string): Template[];
	/** The `/` search over forLanguage(language). */
	search(language: string): FuzzyIndex;
	find(id: string, language: string): Template | undefined;
};

export async function loadTemplateLibrary(sources: readonly string[]): Promise<TemplateLibrary> {
	const {templates, problems} = await loadTemplates(sources);
	return createTemplateLibrary(templates, problems);
}

export function createTemplateLibrary(templates: readonly Template[], problems: readonly TemplateProblem[] = []): TemplateLibrary {
	const views = new Map<string, Template[]>();
	const indexes = new Map<string, FuzzyIndex>();
	const forLanguage = (language: string): Template[] => {
		let view = views.get(language);
		if (!view) {
			view = templatesForLanguage(templates, language);
			views.set(language, view);
		}
		return view;
	};
	return {
		templates,
		problems,
		forLanguage,
		search(language) {
			let index = indexes.get(language);
			if (!index) {
				index = createFuzzyIndex(forLanguage(language));
				indexes.set(language, index);
			}
			return index;
		},
		find: (id, language) => findTemplate(templates, id, language),
	};
}

/** "2 template files could not be loaded, 1 warning": one line for a notice, or null when all is well. */
export function describeTemplateProblems(problems: readonly TemplateProblem[]): string | null {
	const errors = problems.filter(problem => problem.severity === 'error').length;
	const warnings = problems.length - errors;
	if (problems.length === 0) return null;
	const parts = [
		...(errors > 0 ? [`${errors} template file${errors === 1 ? '' : 's'} could not be loaded`] : []),
		...(warnings > 0 ? [`${warnings} template warning${warnings === 1 ? '' : 's'}`] : []),
	];
	return `${parts.join(', ')} (see deskterm templates lint)`;
}
