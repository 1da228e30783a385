// Finds a template by what a person types for it: its id, or its /shortcut; and, when nothing fits, the names closest to it.
import type {Template} from '../templates/template.js';
import type {TemplateLibrary} from './template-library.js';

/** The id (exact, else ignoring case), else the shortcut (with or without its `/`), in the variant for the language. */
export function findTemplateByName(library: TemplateLibrary, name: string, language: string): Template | undefined {
	const byId = library.find(name, language);
	if (byId) return byId;
	const shortcut = name.replace(/^\//, '').toLowerCase();
	if (shortcut === '') return undefined;
	const match = library.templates.find(template => template.shortcut?.toLowerCase() === shortcut);
	return match ? library.find(match.id, language) : undefined;
}

/** Up to `limit` ids a mistyped name probably meant: near spellings of ids first, then what the `/` search finds. */
export function closeTemplateNames(library: TemplateLibrary, name: string, limit = 3): string[] {
	const wanted = name.replace(/^\//, '').toLowerCase();
	const ids = [...new Set(library.templates.map(template => template.id))];
	const near = ids
		.map(id => ({id, distance: nameDistance(wanted, id.toLowerCase())}))
		.filter(({id, distance}) => distance <= Math.max(2, Math.floor(id.length / 4)))
		.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
		.map(({id}) => id);
	const searched = wanted.trim() === '' ? [] : library.search('en').search(wanted.replace(/[-_]+/g, ' '), limit).map(hit => hit.templateId);
	return [...new Set([...near, ...searched])].slice(0, limit);
}

/** Edit distance, where one name holding the other whole (refund in refund-approved) counts as near. */
function nameDistance(a: string, b: string): number {
	if (a.length >= 3 && (b.includes(a) || a.includes(b))) return 1;
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}
