// The triage sort and filters over the loaded queue, as a local view (scores come from the background scorer).
import type {ConversationSummary} from '../../domain/conversation.js';
import {evaluateTargets} from '../../domain/service-targets/target-status.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {QueueFilters, TriageFilter} from '../screens/queue/queue-filters.js';
import type {LocalView} from '../screens/queue/queue-state.js';
import type {TriageEntry} from './triage-entry.js';

export function triageView(
	rows: readonly ConversationSummary[],
	filters: Pick<QueueFilters, 'sort' | 'triage'>,
	entry: (id: string) => TriageEntry | undefined,
	config: TriageConfig,
	now: number,
): LocalView | null {
	if (filters.sort !== 'triage' && filters.triage === 'any') return null;
	const rank = filters.sort === 'triage' ? new Map<string, number>() : null;
	const keep = filters.triage === 'any' ? null : new Set<string>();
	for (const row of rows) {
		const found = entry(row.id);
		if (!found) continue;
		rank?.set(row.id, found.score);
		if (keep && keeps(filters.triage, found, row, config, now)) keep.add(row.id);
	}
	return {rank, keep};
}

function keeps(filter: TriageFilter, entry: TriageEntry, row: ConversationSummary, config: TriageConfig, now: number): boolean {
	switch (filter) {
		case 'at-risk': {
			const targets = evaluateTargets(row, config.serviceTargets, config.clock, now);
			return targets.atRisk || targets.breached;
		}
		case 'human-only':
			return entry.humanOnly.length > 0;
		case 'severity-high':
			return entry.axes.severity.level === 'high';
		case 'priority-70':
			return entry.score >= 70;
		case 'priority-50':
			return entry.score >= 50;
		case 'any':
			return true;
	}
}
