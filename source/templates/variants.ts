// Picks a template's language variant: the conversation's language, then the same base language,
// then English, then whatever exists.
import type {Template} from './template.js';

export function chooseVariant<T extends Pick<Template, 'language'>>(variants: readonly T[], language: string | null | undefined): T | undefined {
	if (variants.length === 0) return undefined;
	const wanted = (language ?? '').toLowerCase();
	const base = wanted.split('-')[0] ?? '';
	const tiers: Array<(variant: T) => boolean> = [
		variant => variant.language.toLowerCase() === wanted,
		variant => base !== '' && variant.language.toLowerCase() === base,
		variant => base !== '' && variant.language.toLowerCase().split('-')[0] === base,
		variant => variant.language.toLowerCase() === 'en',
		variant => variant.language.toLowerCase().startsWith('en-'),
	];
	for (const matches of tiers) {
		const found = variants.find(matches);
		if (found) return found;
	}
	return variants[0];
}

/** One template per id, in the variant that suits the language; keeps the input order of ids. */
export function templatesForLanguage<T extends Pick<Template, 'id' | 'language'>>(templates: readonly T[], language: string | null | undefined): T[] {
	const byId = new Map<string, T[]>();
	for (const template of templates) {
		const list = byId.get(template.id);
		if (list) list.push(template);
		else byId.set(template.id, [template]);
	}
	return [...byId.values()].map(variants => chooseVariant(variants, language)!);
}

/** The template with this id (exact, else ignoring case) in the variant that suits the language. */
export function findTemplate<T extends Pick<Template, 'id' | 'language'>>(templates: readonly T[], id: string, language?: string | null): T | undefined {
	let variants = templates.filter(template => template.id === id);
	if (variants.length === 0) variants = templates.filter(template => template.id.toLowerCase() === id.toLowerCase());
	return chooseVariant(variants, language);
}
