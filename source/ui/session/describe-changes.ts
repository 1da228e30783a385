// One line about what changed on the desk since the last look: new conversations, customers who wrote again.
import type {ConversationSummary} from '../../domain/conversation.js';
import type {Changes} from '../../providers/provider.js';

/** Null when nothing the agent would want to hear about happened (only our own writes, for example). */
export function describeChanges(changes: Pick<Changes, 'changed'>, shown: readonly ConversationSummary[]): string | null {
	const known = new Map(shown.map(summary => [summary.id, summary]));
	const fresh = changes.changed.filter(summary => !known.has(summary.id) && summary.status !== 'closed');
	const wroteAgain = changes.changed.filter(summary => {
		const before = known.get(summary.id);
		return before !== undefined && summary.waitingSince !== null && summary.messageCount > before.messageCount;
	});
	const parts: string[] = [];
	if (fresh.length > 0) parts.push(fresh.length === 1 ? `New conversation from ${name(fresh[0]!)}` : `${fresh.length} new conversations`);
	if (wroteAgain.length > 0) parts.push(wroteAgain.length === 1 ? `${name(wroteAgain[0]!)} wrote again` : `${wroteAgain.length} customers wrote again`);
	return parts.length > 0 ? parts.join(' · ') : null;
}

const name = (summary: ConversationSummary) => `${summary.customerName} (#${summary.id})`;
