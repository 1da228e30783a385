// A template's actions, applied step by step after its reply: each through the shared, checked operations.
import type {Context} from '../context.js';
import {toDeskError} from '../domain/errors.js';
import type {TemplateActions} from '../templates/template.js';
import {assignConversation, setConversationPriority, setConversationStatus, updateConversationTags} from './conversation-actions.js';
import {actionSteps} from './template-use.js';

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
