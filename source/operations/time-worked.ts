// The one path time worked takes to the desk, for the console's timer and `--worked` alike: a 'worked'
// activity event through the back end's recordActivity, refused in read-only mode like any write.
import type {Context} from '../context.js';
import {DeskError} from '../domain/errors.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {refuseInReadOnly} from './guard-write.js';

/** Whether the back end keeps time worked (the console shows and records its timer only then). */
export function recordsTimeWorked(provider: Pick<HelpdeskProvider, 'recordActivity'>): boolean {
	return provider.recordActivity !== undefined;
}

/** Checked before a `--worked` write goes anywhere: nothing is half done when the desk cannot keep it. */
export async function checkTimeWorked(context: Context): Promise<void> {
	refuseInReadOnly(context, 'record time worked');
	const provider = await context.provider();
	if (!recordsTimeWorked(provider)) throw new DeskError('unsupported', `${provider.label} does not keep time worked (--worked)`, {provider: provider.kind});
}

/** Records `seconds` of the signed-in agent's work on a conversation, at the context's clock. */
export async function recordTimeWorked(context: Context, conversationId: string, seconds: number): Promise<void> {
	refuseInReadOnly(context, 'record time worked');
	const provider = await context.provider();
	if (!provider.recordActivity) return;
	const {id: agentId} = await provider.whoami();
	await provider.recordActivity([{kind: 'worked', conversationId, at: context.clock(), agentId, seconds: Math.round(seconds)}]);
}
