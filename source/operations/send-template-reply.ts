// Sends a reply written from templates: the reply first, then the templates' actions, then what the ranking learns.
import type {Context} from '../context.js';
import type {Message} from '../domain/conversation.js';
import {toDeskError} from '../domain/errors.js';
import {recordTemplateUse} from '../ranking/history-store.js';
import type {TemplateActions} from '../templates/template.js';
import {assignConversation, replyToConversation, setConversationPriority, setConversationStatus, updateConversationTags} from './conversation-actions.js';
import {actionSteps, mergeTemplateActions, templatesInReply, type InsertedTemplate} from './template-use.js';

export type TemplateReplyInput = {
	body: string;
	/** Every template inserted while writing, in order; the ones the reply no longer carries are left out. */
	inserted: readonly InsertedTemplate[];
	/** What the customer wrote (their latest messages): what the ranking learns to answer with these templates. */
	customerText: string;
};

export type TemplateReplyResult = {
	message: Message;
	/** The templates the reply carried, and whether the agent changed them. */
	used: Array<{id: string; edited: boolean}>;
	/** Actions done, e.g. "status pending"; and the ones that failed, with why. */
	applied: string[];
	failed: string[];
	/** Set when the uses could not be recorded (the reply and the actions stand). */
	recordError: string | null;
};

/**
 * The reply is sent first and alone decides success: once it is out, a failed action or a full disk is
 * reported, never thrown, so nobody sends the same reply twice.
 */
export async function sendTemplateReply(context: Context, id: string, input: TemplateReplyInput): Promise<TemplateReplyResult> {
	const message = await replyToConversation(context, id, input.body);
	const used = templatesInReply(input.body, input.inserted);
	const {applied, failed} = await applyTemplateActions(context, id, mergeTemplateActions(used));
	let recordError: string | null = null;
	try {
		for (const template of used) {
			await recordTemplateUse(context.paths.dataDir, {
				templateId: template.id,
				conversationId: id,
				customerText: input.customerText,
				edited: template.edited,
				at: context.clock(),
			});
		}
	} catch (error) {
		recordError = toDeskError(error).message;
	}
	return {message, used: used.map(template => ({id: template.id, edited: template.edited})), applied, failed, recordError};
}

/** Applies each step through the shared operations (read-only mode and capabilities are checked there). */
export async function applyTemplateActions(context: Context, id: string, actions: TemplateActions): Promise<{applied: string[]; failed: string[]}> {
	const applied: string[] = [];
	const failed: string[] = [];
	for (const step of actionSteps(actions)) {
		try {
			if (step.kind === 'tags') {
				await updateConversationTags(context, id, [...(actions.addTags ?? []).map(tag => `+${tag}`), ...(actions.removeTags ?? []).map(tag => `-${tag}`)]);
				applied.push(step.text);
			} else if (step.kind === 'priority') {
				applied.push(`priority ${await setConversationPriority(context, id, actions.priority!)}`);
			} else if (step.kind === 'assign') {
				applied.push(`assigned to ${(await assignConversation(context, id, actions.assign!)).label}`);
			} else {
				const result = await setConversationStatus(context, id, actions.status!, actions.status === 'snoozed' ? actions.snoozeFor : undefined);
				applied.push(step.text.startsWith('snooze') ? step.text : `status ${result.status}`);
			}
		} catch (error) {
			failed.push(`${step.text}: ${toDeskError(error).message}`);
		}
	}
	return {applied, failed};
}
