// Tags as the desk keeps them: lower case, no spaces, at most 50 characters (pure).
import {DeskError} from '../../../domain/errors.js';

export function normaliseTags(tags: readonly string[] | undefined): string[] {
	if (tags !== undefined && !Array.isArray(tags)) throw new DeskError('usage', 'tags must be a list');
	const result = new Set<string>();
	for (const tag of tags ?? []) {
		const name = typeof tag === 'string' ? tag.trim().toLowerCase() : '';
		if (name === '' || name.length > 50 || /\s/.test(name)) {
			throw new DeskError('usage', `not a tag: ${JSON.stringify(tag)} (one word, at most 50 characters)`);
		}
		result.add(name);
	}
	return [...result];
}
