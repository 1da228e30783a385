// Inserting template text into a reply at the cursor; several templates can go into one reply.
import {createFillSession, type FillSession} from './fill-session.js';
import {fillTemplate, type PlaceholderValues} from './placeholders.js';
import type {Template} from './template.js';

export type Insertion = {text: string; cursor: number};

/**
 * Puts snippet at cursor (clamped to the text) and leaves the cursor after it. With paragraph, the snippet
 * becomes its own paragraph: blank lines are added where the text around it would otherwise run into it.
 */
export function insertAt(text: string, cursor: number, snippet: string, options: {paragraph?: boolean} = {}): Insertion {
	const at = Math.max(0, Math.min(text.length, Math.trunc(cursor)));
	const before = text.slice(0, at);
	const after = text.slice(at);
	const lead = options.paragraph ? paragraphLead(before) : '';
	const trail = options.paragraph && after !== '' && !after.startsWith('\n') ? '\n\n' : '';
	return {text: before + lead + snippet + trail + after, cursor: at + lead.length + snippet.length};
}

function paragraphLead(before: string): string {
	if (before.trim() === '' || before.endsWith('\n\n')) return '';
	return before.endsWith('\n') ? '\n' : '\n\n';
}

/** Fills a template, inserts it as a paragraph and opens the Tab-through prompts at its first unfilled field. */
export function insertTemplate(
	text: string,
	cursor: number,
	template: Pick<Template, 'body'>,
	values: PlaceholderValues,
): Insertion & {session: FillSession} {
	const filled = fillTemplate(template.body, values);
	const inserted = insertAt(text, cursor, filled.text, {paragraph: true});
	const snippetStart = inserted.cursor - filled.text.length;
	const session = createFillSession(inserted.text, snippetStart);
	// Only the new template's fields are offered first; older markers are still there to Tab to.
	return {...inserted, session};
}
