// What a template reply brings once it is delivered (its actions, its recorded uses), kept with the item
// so a reply delivered later, by another process, still brings them; run once, reported, never thrown.
import type {Context} from '../../context.js';
import {toDeskError} from '../../domain/errors.js';
import {recordTemplateUse} from '../../ranking/history-store.js';
import type {TemplateActions} from '../../templates/template.js';
import * as z from '../../validation/zod.js';
import {applyTemplateActions} from '../template-actions.js';

export type FollowUp = {
	actions: TemplateActions;
	/** The templates the reply carries, and whether the agent changed them: what the ranking learns. */
	uses: Array<{templateId: string; edited: boolean; savedSeconds?: number}>;
	customerText: string;
};

export type FollowUpResult = {applied: string[]; failed: string[]; recordError: string | null};

const followUpSchema = z.object({
	actions: z.record(z.string(), z.unknown()),
	// savedSeconds is optional: outbox items written before it existed still deliver.
	uses: z.array(z.object({templateId: z.string(), edited: z.boolean(), savedSeconds: z.optional(z.number())})),
	customerText: z.string(),
});

export function encodeFollowUp(followUp: FollowUp): string {
	return JSON.stringify(followUp);
}

export async function runFollowUp(context: Context, conversationId: string, encoded: string): Promise<FollowUpResult> {
	let followUp: FollowUp;
	try {
		followUp = followUpSchema.parse(JSON.parse(encoded)) as FollowUp;
	} catch (error) {
		return {applied: [], failed: [`the template actions kept with the reply: ${toDeskError(error).message}`], recordError: null};
	}
	const {applied, failed} = await applyTemplateActions(context, conversationId, followUp.actions);
	let recordError: string | null = null;
	try {
		for (const {savedSeconds: _saved, ...use} of followUp.uses) {
			await recordTemplateUse(context.paths.dataDir, {...use, conversationId, customerText: followUp.customerText, at: context.clock()});
		}
		await recordTemplateEvents(context, conversationId, followUp.uses);
	} catch (error) {
		recordError = toDeskError(error).message;
	}
	return {applied, failed, recordError};
}

/** The desk's own log of the uses (template time saved in `stats`), where the back end keeps one. */
async function recordTemplateEvents(context: Context, conversationId: string, uses: FollowUp['uses']): Promise<void> {
	const provider = await context.provider();
	if (!provider.recordActivity || uses.length === 0) return;
	const {id: agentId} = await provider.whoami();
	const at = context.clock();
	await provider.recordActivity(uses.map(use => ({kind: 'template', conversationId, at, agentId, templateId: use.templateId, savedSeconds: use.savedSeconds ?? 0})));
}
