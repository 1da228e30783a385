// Keeps the queue scored: asks the background scorer after each load and every minute, applies the triage sort
// and filter, and draws each visible row's badges from its cached score.
import {useEffect, useMemo, useRef, type Dispatch} from 'react';
import type {ConversationSummary} from '../../domain/conversation.js';
import type {RowBadge} from '../extensions.js';
import {toQueueQuery, triageAsk} from '../screens/queue/queue-filters.js';
import type {QueueAction, QueueState} from '../screens/queue/queue-state.js';
import type {AssistKit} from '../../operations/assist-kit.js';
import {triageView} from '../../operations/queue-triage/triage-view.js';
import {rowBadges} from '../../presenters/console-panels/row-badges.js';
import {rehydrate} from '../../operations/queue-triage/triage-entry.js';

const rescoreEveryMs = 60_000;
const noBadges: RowBadge[] = [];
// Scrolling stops for this long before rows that came into view are asked for.
const visiblePauseMs = 150;
const badgeCacheRows = 2000;

export function useQueueTriage(
	kit: AssistKit | null,
	triageVersion: number,
	queue: QueueState,
	dispatch: Dispatch<QueueAction>,
	visible: readonly string[],
	now: number,
): ((row: ConversationSummary, now: number) => RowBadge[]) | undefined {
	const triage = kit?.triage ?? null;
	const shown = useRef(visible);
	shown.current = visible;
	const {loaded, complete, filters} = queue;
	useEffect(() => {
		if (!triage || !complete) return;
		const request = () => triage.runner.request(loaded, toQueueQuery(filters), shown.current);
		request();
		const timer = setInterval(request, rescoreEveryMs);
		timer.unref?.();
		return () => clearInterval(timer);
	}, [triage, loaded, complete, filters]);

	// Only a change of the rows on screen asks again here (rows a back end without a bulk read has not read yet).
	const visibleKey = visible.join(',');
	useEffect(() => {
		if (!triage || !complete) return;
		const timer = setTimeout(() => triage.runner.request(loaded, toQueueQuery(filters), shown.current), visiblePauseMs);
		return () => clearTimeout(timer);
	}, [visibleKey]);

	// queue.local is what this effect sets, so it is read here but is not a dependency.
	useEffect(() => {
		if (!triage) return;
		const view = triageView(loaded, triageAsk(filters), triage.runner.entry, triage.config, now);
		if (view !== null || queue.local !== null) dispatch({type: 'local-view', view});
	}, [triage, triageVersion, loaded, filters.sort, filters.triage, now, dispatch]);

	return useMemo(() => {
		if (!triage) return undefined;
		// The same array for the same score and minute, so unchanged rows keep their memoised render; entries are
		// materialised per call, so the cache is by row and score time, and forgets rows once it holds a few screens.
		const cache = new Map<string, {scoredAt: number; now: number; version: string; badges: RowBadge[]}>();
		return (row: ConversationSummary, at: number) => {
			const entry = triage.runner.entry(row.id);
			if (!entry) return noBadges;
			const cached = cache.get(row.id);
			if (cached && cached.scoredAt === entry.scoredAt && cached.now === at && cached.version === row.version) return cached.badges;
			const badges = rowBadges(rehydrate(entry, row, triage.config, at));
			if (cache.size >= badgeCacheRows) cache.clear();
			cache.set(row.id, {scoredAt: entry.scoredAt, now: at, version: row.version, badges});
			return badges;
		};
	}, [triage]);
}
