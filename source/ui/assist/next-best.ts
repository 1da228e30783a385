// The `n` key: the conversation to take next among the queue's scored rows, by the triage module's own rule.
import type {Agent, ConversationSummary} from '../../domain/conversation.js';
import {nextBest, type NextBest} from '../../triage/next-best.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import {rehydrate, type TriageEntry} from './triage-entry.js';

/**
 * nextBest orders by priority score first, so only the eligible rows with the highest score can win: only those
 * are rebuilt into Triage values (a queue of 100,000 rows stays cheap).
 */
export function pickNextBest(
	rows: readonly ConversationSummary[],
	entry: (id: string) => TriageEntry | undefined,
	config: TriageConfig,
	agent: Agent,
	now: number,
	exclude: string | null,
): NextBest | null {
	let best = Number.NEGATIVE_INFINITY;
	const eligible: Array<{row: ConversationSummary; entry: TriageEntry}> = [];
	for (const row of rows) {
		if (row.id === exclude || (row.status !== 'open' && row.status !== 'pending')) continue;
		if (row.assigneeId !== null && row.assigneeId !== agent.id) continue;
		const found = entry(row.id);
		if (!found || (agent.role === 'bot' && found.humanOnly.length > 0)) continue;
		eligible.push({row, entry: found});
		best = Math.max(best, found.score);
	}
	const top = eligible.filter(candidate => candidate.entry.score === best);
	return nextBest(
		top.map(candidate => candidate.row),
		top.map(candidate => rehydrate(candidate.entry, candidate.row, config, now)),
		agent,
		{exclude: exclude ?? undefined},
	);
}
