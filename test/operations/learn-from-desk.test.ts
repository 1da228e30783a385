import {describe, expect, it} from 'vitest';
import type {Conversation} from '../../source/domain/conversation.js';
import {harvestConversation, learnFromDesk} from '../../source/operations/learn-from-desk.js';
import {customerQuestionOf} from '../../source/operations/suggestion-rankers.js';
import {readLearnedExamples, recordTemplateUse} from '../../source/ranking/history-store.js';
import {openTestDesk, seededAt} from '../providers/local/local-desk.js';

const message = (kind: 'customer' | 'agent', body: string) => ({kind, body}) as Conversation['messages'][number];

describe('harvesting a closed conversation', () => {
	const conversation = {
		id: '7',
		subject: 'Charged twice',
		channel: 'email',
		tags: ['billing'],
		messages: [message('customer', 'Hello,\nI was charged twice for order NW-1.\nThanks,\nAda'), message('agent', 'Refunded.'), message('customer', 'Also my parcel never arrived at all')],
	} as unknown as Conversation;

	it('labels the customer question before the template was sent, with its tags and channel', () => {
		expect(harvestConversation(conversation, 'duplicate-charge', 1)).toEqual([{text: 'Charged twice\nI was charged twice for order NW-1.\nbilling', templateId: 'duplicate-charge', tags: ['billing'], channel: 'email'}]);
	});

	it('gives nothing when the customer had not written yet', () => {
		expect(harvestConversation(conversation, 'duplicate-charge', 0)).toEqual([]);
	});
});

describe('learning from a local desk', () => {
	const templates = [
		{id: 'bug_report', body: 'Hi {{customer.first_name}},\n\nThanks for the report. Our engineers reproduced the error and are working on a fix.\n\nBest,\n{{agent.first_name}}'},
		{id: 'invoice_copy', body: 'Hi {{customer.first_name}},\n\nI attached a copy of your invoice for {{order.number}}.\n\nBest,\n{{agent.first_name}}'},
	];

	it('labels closed conversations by the template their reply carries or a recorded use, once however often it runs', async () => {
		const desk = await openTestDesk();
		try {
			const open = (await desk.provider.listQueue({limit: 3})).conversations;
			expect(open.length).toBe(3);
			const [bug, recorded, plain] = open.map(row => row.id) as [string, string, string];
			await desk.provider.reply(bug, {body: 'Hi Ada,\n\nThanks for the report. Our engineers reproduced the error and are working on a fix.\n\nBest,\nSam'});
			await desk.provider.reply(recorded, {body: 'Here is what you asked for.'});
			await desk.provider.reply(plain, {body: 'Let me look into it.'});
			for (const id of [bug, recorded, plain]) await desk.provider.setStatus(id, {status: 'closed'});
			await recordTemplateUse(desk.dataDir, {templateId: 'invoice_copy', conversationId: recorded, customerText: 'invoice', edited: true, at: seededAt - 60_000});
			const closedBefore = (await desk.provider.listQueue({statuses: ['closed'], limit: 1000})).conversations.length;

			const first = await learnFromDesk(desk.provider, desk.dataDir, templates);
			expect(first.conversations).toBe(closedBefore);
			expect(first.perTemplate).toEqual([
				{template: 'bug_report', examples: 1},
				{template: 'invoice_copy', examples: 1},
			]);
			expect(first.learned).toBe(2);
			const learned = await readLearnedExamples(desk.dataDir);
			const question = customerQuestionOf(await desk.provider.getConversation(bug)).text;
			expect(learned).toContainEqual(expect.objectContaining({templateId: 'bug_report', text: question}));

			const again = await learnFromDesk(desk.provider, desk.dataDir, templates);
			expect(again).toMatchObject({learned: 0, duplicates: 2, total: 2, perTemplate: []});
			expect(await readLearnedExamples(desk.dataDir)).toHaveLength(2);
		} finally {
			await desk.cleanup();
		}
	});
});
