// RT articles (the knowledge base agents insert into replies) -> saved replies for template import.
import {z} from 'zod';
import type {SavedReply} from '../provider.js';
import {htmlToText} from './map-thread.js';
import {rtCustomFieldSchema, rtRefSchema} from './rt-schemas.js';

export const rtArticleSchema = z.looseObject({
	id: z.union([z.string(), z.number()]).transform(String),
	Name: z.string().nullish().transform(value => value ?? ''),
	Summary: z.string().nullish().transform(value => value ?? ''),
	Class: rtRefSchema.optional(),
	Disabled: z.union([z.string(), z.number()]).optional(),
	CustomFields: z
		.union([z.array(rtCustomFieldSchema), z.literal('')])
		.optional()
		.transform(value => (Array.isArray(value) ? value : [])),
});
export type RtArticle = z.infer<typeof rtArticleSchema>;

/** The article's text is its custom fields ("Content" in a stock RT), in order; HTML becomes text. */
export function savedReplyFromArticle(article: RtArticle): SavedReply | null {
	if (String(article.Disabled ?? '0') === '1') return null;
	const texts = article.CustomFields.flatMap(field => field.values.filter((value): value is string => typeof value === 'string' && value.trim() !== ''));
	const body = texts.map(text => (/<(p|br|div|b|i|ul|li)\b/i.test(text) ? htmlToText(text) : text.trim())).join('\n\n');
	if (body === '') return null;
	const title = article.Name.trim() || article.Summary.trim() || `Article ${article.id}`;
	const className = article.Class?.Name?.trim();
	return {id: article.id, title, body, shortcut: null, tags: className ? [className.toLowerCase()] : []};
}
