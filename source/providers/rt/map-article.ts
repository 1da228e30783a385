// RT articles (the knowledge base agents insert into replies) -> saved replies for template import.
import * as z from '../../validation/zod.js';
import type {SavedReply} from '../provider.js';
import {htmlToText} from './map-thread.js';
import {rtCustomFieldsSchema, rtIdSchema, rtRefSchema, rtTextSchema} from './rt-schemas.js';

export const rtArticleSchema = z.looseObject({
	id: rtIdSchema,
	Name: rtTextSchema,
	Summary: rtTextSchema,
	Class: z.optional(rtRefSchema),
	Disabled: z.optional(z.union([z.string(), z.number()])),
	CustomFields: rtCustomFieldsSchema,
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
