// A reply written from templates without an editor (the CLI's twin of inserting them in the composer): the
// agent's own text first, then each template as its own paragraph, filled for the conversation and with given fields.
import {insertAt} from '../templates/insert-at.js';
import {fillTemplate, findPlaceholders, type PlaceholderValues} from '../templates/placeholders.js';
import type {Template} from '../templates/template.js';
import type {InsertedTemplate} from './template-use.js';

export type ComposedReply = {
	text: string;
	/** One per template, in order, as sendTemplateReply wants them. */
	inserted: InsertedTemplate[];
	/** The templates' fields nobody filled, by name, each once, in order. */
	unfilled: string[];
	/** Given field names that no template has a placeholder for (most likely a typo). */
	unknownFields: string[];
};

/**
 * `fields` fill placeholders by their field name (`order_number` also fills `{{customer.attributes.order_number}}`)
 * or their full key (`customer.first_name`), and win over the conversation's data: the caller said so explicitly.
 */
export function composeTemplateReply(
	body: string,
	templates: ReadonlyArray<Pick<Template, 'id' | 'title' | 'body' | 'actions' | 'humanOnly'>>,
	values: PlaceholderValues,
	fields: ReadonlyMap<string, string>,
): ComposedReply {
	let text = body.replace(/\s+$/, '');
	const inserted: InsertedTemplate[] = [];
	const unfilled = new Set<string>();
	const usedFields = new Set<string>();
	for (const template of templates) {
		// No prototype: a field named like {{__proto__}} stays a plain key.
		const own: Record<string, string | null | undefined> = Object.assign(Object.create(null), values);
		for (const placeholder of findPlaceholders(template.body)) {
			for (const name of [placeholder.key, placeholder.name]) {
				const value = fields.get(name);
				if (value === undefined) continue;
				own[placeholder.key] = value;
				usedFields.add(name);
				break;
			}
		}
		const filled = fillTemplate(template.body.trim(), own);
		text = insertAt(text, text.length, filled.text, {paragraph: true}).text;
		inserted.push({id: template.id, title: template.title, text: filled.text, actions: template.actions, humanOnly: template.humanOnly});
		for (const field of filled.unfilled) unfilled.add(field.name);
	}
	return {text, inserted, unfilled: [...unfilled], unknownFields: [...fields.keys()].filter(name => !usedFields.has(name))};
}

/** Every field name the templates have, each once, in order: what a script may give. */
export function templateFieldNames(templates: ReadonlyArray<Pick<Template, 'body'>>): string[] {
	return [...new Set(templates.flatMap(template => findPlaceholders(template.body).map(placeholder => placeholder.name)))];
}
