// The conversation to take next (`n` in the console): the highest priority an agent may pick up, with why.
import type {Agent, ConversationSummary} from '../domain/conversation.js';
import type {Triage} from './types.js';

export type NextBest = {conversation: ConversationSummary; triage: Triage; reasons: string[]};

export type NextBestOptions = {
	/** Skip this one (the conversation already open). */
	exclude?: string | undefined;
};

/**
 * Eligible: open or pending and not snoozed, assigned to the agent or to nobody; a bot never gets
 * human-only ones. Order: priority score, then the agent's own, then the longest waiting.
 */
export function nextBest(conversations: readonly ConversationSummary[], triages: readonly Triage[], agent: Agent, options: NextBestOptions = {}): NextBest | null {
	const byId = new Map(triages.map(triage => [triage.conversationId, triage]));
	let best: NextBest | null = null;
	for (const conversation of conversations) {
		if (conversation.id === options.exclude) continue;
		if (conversation.status !== 'open' && conversation.status !== 'pending') continue;
		if (conversation.assigneeId !== null && conversation.assigneeId !== agent.id) continue;
		const triage = byId.get(conversation.id);
		if (!triage) continue;
		if (agent.role === 'bot' && triage.humanOnly.flag) continue;
		if (best === null || isBetter(conversation, triage, best, agent)) best = {conversation, triage, reasons: []};
	}
	if (best) best.reasons = explain(best, agent);
	return best;
}

function isBetter(conversation: ConversationSummary, triage: Triage, current: NextBest, agent: Agent): boolean {
	if (triage.priority.score !== current.triage.priority.score) return triage.priority.score > current.triage.priority.score;
	const mine = conversation.assigneeId === agent.id;
	const currentMine = current.conversation.assigneeId === agent.id;
	if (mine !== currentMine) return mine;
	return (conversation.waitingSince ?? Number.POSITIVE_INFINITY) < (current.conversation.waitingSince ?? Number.POSITIVE_INFINITY);
}

function explain({conversation, triage}: NextBest, agent: Agent): string[] {
	const reasons = [`highest priority you can take (${triage.priority.score})`];
	if (conversation.assigneeId === agent.id) reasons.push('assigned to you');
	else reasons.push('unassigned');
	if (triage.targets.breached) reasons.push('a service target is already breached');
	else if (triage.targets.atRisk) reasons.push('a service target is about to breach');
	if (triage.severity.level === 'high') reasons.push('high severity');
	return reasons;
}
