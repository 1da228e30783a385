// One line of `suggest --batch`: {"id": ..., "text": ...} in, {"id", "suggestions"} out.
import * as z from '../validation/zod.js';
import type {Suggestion} from './ranker.js';

export type BatchQuery = {id: string | number; text: string};

const lineSchema = z.object({
	id: z.union([z.string(), z.number()], {error: '"id" must be a string or a number'}),
	text: z.string({error: '"text" must be a string'}),
});

/** The query on a line, or the reason it cannot be read. */
export function parseBatchLine(line: string): BatchQuery | {error: string} {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return {error: 'not valid JSON'};
	}
	const parsed = lineSchema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return {error: issue?.code === 'invalid_type' && issue.path.length === 0 ? 'expected an object {"id": ..., "text": ...}' : (issue?.message ?? 'invalid')};
	}
	return {id: parsed.data.id, text: parsed.data.text};
}

/** The stable JSON shape scripts read: template id, confidence 0..1, reasons; `ranking` says which ranking answered. */
export function suggestionsToJson(id: string | number, suggestions: readonly Suggestion[], ranking?: 'encoder' | 'words') {
	return {
		id,
		...(ranking ? {ranking} : {}),
		suggestions: suggestions.map(suggestion => ({template: suggestion.templateId, score: suggestion.score, reasons: suggestion.reasons})),
	};
}
