// Puts a template into the draft at the cursor (in place of a `/query`), filled for this conversation, and opens
// the Tab-through prompts when it has fields nobody could fill.
import type {InsertedTemplate} from './template-use.js';
import {createFillSession, type FillSession} from '../templates/fill-session.js';
import {insertAt} from '../templates/insert-at.js';
import {fillTemplate, type PlaceholderValues} from '../templates/placeholders.js';
import type {Template} from '../templates/template.js';
import {bufferOffset} from '../text/text-offset.js';
import {bufferText, cleanText, type TextBuffer} from '../text/text-buffer.js';
import {withoutToken, type TemplateToken} from '../templates/template-popup.js';

export type TemplateInsertion = {
	text: string;
	/** Where the cursor goes (UTF-16 offset): after the template, or on its first field. */
	cursor: number;
	/** Where the template ends (UTF-16 offset). */
	end: number;
	/** Prompts for the template's unfilled fields; null when everything was filled. */
	session: FillSession | null;
	inserted: InsertedTemplate;
};

export function templateInsertion(buffer: TextBuffer, token: TemplateToken | null, template: Template, values: PlaceholderValues): TemplateInsertion {
	const base = token ? withoutToken(buffer, token) : buffer;
	const filled = fillTemplate(cleanText(template.body).trim(), values);
	const inserted = insertAt(bufferText(base), bufferOffset(base), filled.text, {paragraph: true});
	const snippetStart = inserted.cursor - filled.text.length;
	const session = filled.unfilled.length > 0 ? createFillSession(inserted.text, snippetStart) : null;
	return {
		text: inserted.text,
		cursor: session ? session.fields[session.current]!.end : inserted.cursor,
		end: inserted.cursor,
		session,
		inserted: {id: template.id, title: template.title, text: filled.text, actions: template.actions, humanOnly: template.humanOnly},
	};
}
