// The `n` key: the conversation to take next among the queue's scored rows (operations/next-best.ts).
import type {Agent, ConversationSummary} from '../../domain/conversation.js';
import {pickNextBest as pick} from '../../operations/next-best.js';
import type {NextBest} from '../../triage/next-best.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import {rehydrate, type TriageEntry} from './triage-entry.js';

export function pickNextBest(
	rows: readonly ConversationSummary[],
	entry: (id: string) => TriageEntry | undefined,
	config: TriageConfig,
	agent: Agent,
	now: number,
	exclude: string | null,
): NextBest | null {
	return pick(rows, row => entry(row.id)?.score, row => rehydrate(entry(row.id)!, row, config, now), agent, exclude);
}
