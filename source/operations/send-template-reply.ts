// Sends a reply written from templates through the outbox: the reply first, then (once it is delivered, by
// whichever deskterm delivers it) the templates' actions and what the ranking learns.
import type {Context} from '../context.js';
import {sendMessage, type SendOptions, type SendOutcome} from './outbox/send-message.js';
import {mergeTemplateActions, savedSeconds, templatesInReply, type InsertedTemplate} from './template-use.js';

export type TemplateReplyInput = {
	body: string;
	/** Every template inserted while writing, in order; the ones the reply no longer carries are left out. */
	inserted: readonly InsertedTemplate[];
	/** What the customer wrote (their latest messages): what the ranking learns to answer with these templates. */
	customerText: string;
	/** Refuse if the conversation moved past this version (--if-unchanged). */
	expectedVersion?: string;
};

export type TemplateReplyResult = {
	/** How the reply went: delivered, queued in the outbox (its actions wait with it), failed or changed. */
	delivery: SendOutcome;
	/** The templates the reply carried, and whether the agent changed them. */
	used: Array<{id: string; edited: boolean}>;
	/** Actions done, e.g. "status pending"; and the ones that failed, with why (empty until delivered). */
	applied: string[];
	failed: string[];
	/** Set when the uses could not be recorded (the reply and the actions stand). */
	recordError: string | null;
};

/**
 * The reply alone decides success: once it is out, a failed action or a full disk is reported, never
 * thrown, so nobody sends the same reply twice.
 */
export async function sendTemplateReply(context: Context, id: string, input: TemplateReplyInput, options: SendOptions = {}): Promise<TemplateReplyResult> {
	const used = templatesInReply(input.body, input.inserted);
	const delivery = await sendMessage(
		context,
		{
			conversationId: id,
			kind: 'reply',
			body: input.body,
			...(input.expectedVersion === undefined ? {} : {expectedVersion: input.expectedVersion}),
			followUp: {actions: mergeTemplateActions(used), uses: used.map(template => ({templateId: template.id, edited: template.edited, savedSeconds: savedSeconds(template, template.edited)})), customerText: input.customerText},
		},
		options,
	);
	const done = delivery.followUp ?? {applied: [], failed: [], recordError: null};
	return {delivery, used: used.map(template => ({id: template.id, edited: template.edited})), ...done};
}
