import {describe, expect, it} from 'vitest';
import {rtArticleSchema, savedReplyFromArticle} from '../../../source/providers/rt/map-article.js';
import {refundArticle} from './rt-fixtures.js';

describe('savedReplyFromArticle', () => {
	it('turns an RT article into a saved reply, its class as a tag', () => {
		expect(savedReplyFromArticle(rtArticleSchema.parse(refundArticle))).toEqual({
			id: '1',
			title: 'Refund policy',
			body: 'Hi {{customer.firstName}},\nRefunds take 5 days.',
			shortcut: null,
			tags: ['general'],
		});
	});

	it('reads HTML content as text and skips disabled or empty articles', () => {
		const html = {...refundArticle, CustomFields: [{id: '1', name: 'Content', values: ['<p>Hello</p><p>Bye &amp; thanks</p>']}]};
		expect(savedReplyFromArticle(rtArticleSchema.parse(html))?.body).toBe('Hello\nBye & thanks');
		expect(savedReplyFromArticle(rtArticleSchema.parse({...refundArticle, Disabled: '1'}))).toBeNull();
		expect(savedReplyFromArticle(rtArticleSchema.parse({...refundArticle, CustomFields: ''}))).toBeNull();
	});
});
