// The conversation to take next, assembled once for `deskterm triage --next` and the console's `n`: the rule of
// triage/next-best.ts over a scored set, turning only the highest-scored rows into Triage values.
import type {Agent, ConversationSummary} from '../domain/conversation.js';
import {nextBest, type NextBest} from '../triage/next-best.js';
import type {Triage} from '../triage/types.js';

/**
 * The rule orders by priority score first, so the rows are tried a score at a time, highest first: the first score
 * with an eligible row holds the answer, and only its rows are rebuilt (a queue of 100,000 rows stays cheap).
 */
export function pickNextBest(
	rows: readonly ConversationSummary[],
	scoreOf: (row: ConversationSummary) => number | undefined,
	triageOf: (row: ConversationSummary) => Triage,
	agent: Agent,
	exclude: string | null,
): NextBest | null {
	const byScore = new Map<number, ConversationSummary[]>();
	for (const row of rows) {
		const score = scoreOf(row);
		if (score === undefined) continue;
		const same = byScore.get(score);
		if (same) same.push(row);
		else byScore.set(score, [row]);
	}
	for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
		const candidates = byScore.get(score)!;
		const picked = nextBest(candidates, candidates.map(triageOf), agent, {exclude: exclude ?? undefined});
		if (picked) return picked;
	}
	return null;
}

/** The one line both surfaces show: "Next: #42 (Ada Lovelace): highest priority you can take (72), unassigned". */
export function nextBestLine(picked: NextBest): string {
	return `Next: #${picked.conversation.id} (${picked.conversation.customerName}): ${picked.reasons.join(', ')}`;
}
