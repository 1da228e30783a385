// Issue 11's three demo conversations, with no team history: the right template comes first.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {suggestFor} from '../../source/operations/suggestion-rankers.js';
import {generateDemoDesk} from '../../source/providers/local/demo/generate-desk.js';
import {createRanker} from '../../source/ranking/ranker.js';
import {loadTemplates} from '../../source/templates/load-templates.js';
import {templatesForLanguage} from '../../source/templates/variants.js';
import {seededAt} from '../providers/local/local-desk.js';

const conversations = [...generateDemoDesk({now: seededAt, conversations: 60}).conversations];

describe('suggestions for whole demo conversations, templates only', async () => {
	const {templates} = await loadTemplates([join(import.meta.dirname, '..', '..', 'templates')]);
	const ranker = createRanker(templatesForLanguage(templates, 'en'), []);
	it.each([
		['Python SDK 2.5.0: KeyError on list_orders', 'sdk-errors'],
		['CANCEL my membership', 'cancellation-retention'],
		['Return policy question: MacBook Pro', 'return-policy'],
	])('"%s" gets %s first', (subject, expected) => {
		const conversation = conversations.find(each => each.subject === subject)!;
		expect(suggestFor(ranker, {subject: conversation.subject, tags: conversation.tags, channel: conversation.channel, messages: conversation.messages.map(({kind, body}) => ({kind, body}))} as Parameters<typeof suggestFor>[1], 3)[0]?.templateId).toBe(expected);
	});
});
