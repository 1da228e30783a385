// The queue pane: title, column header and only the rows that fit (windowed), or its loading/empty/error state.
import {Box} from 'ink';
import {useMemo} from 'react';
import {fitCell} from '../../../presenters/queue-columns.js';
import {Text} from '../../components/text.js';
import type {ConsoleExtensions, RowBadge} from '../../extensions.js';
import {formatCount} from '../../../text/format-count.js';
import {useTheme} from '../../theme/theme-context.js';
import {badgesWidth, fitBadges, fitQueueColumns, subjectRoom} from './console-columns.js';
import {QueueRow} from './queue-row.js';
import type {QueueState} from './queue-state.js';
import {QueueTitle} from './queue-title.js';
import {scrollOffset, visibleRange} from './queue-window.js';

// One shared empty list, so rows without badges keep their memoised render.
const noBadges: RowBadge[] = [];

// The badges cut to a room, the same array for the same list and room: a row whose badges were cut keeps its render.
const cutBadges = new WeakMap<RowBadge[], {room: number; kept: RowBadge[]}>();
function fittedBadges(list: RowBadge[], room: number): RowBadge[] {
	const known = cutBadges.get(list);
	if (known?.room === room) return known.kept;
	const kept = fitBadges(list, room);
	cutBadges.set(list, {room, kept});
	return kept;
}

type Props = {
	state: QueueState;
	width: number;
	height: number;
	focused: boolean;
	now: number;
	badges: ConsoleExtensions['queueBadges'];
	/** Work under way besides loading, e.g. "triage 120/420". */
	note: string | null;
	/** Cells the badges may need, whatever rows are on screen, so columns stay put while scrolling (0: as shown). */
	badgeRoom: number;
};

export function QueuePane({state, width, height, focused, now, badges, note, badgeRoom}: Props) {
	const theme = useTheme();
	const rowsHeight = Math.max(1, height - 2);
	const count = state.items.length;
	const offset = scrollOffset(state.offset, state.selected, rowsHeight, count);
	const {start, end} = visibleRange(offset, rowsHeight, count);
	const rows = state.items.slice(start, end);
	const rowBadges = rows.map(row => badges?.(row, now) ?? noBadges);
	const wanted = rowBadges.some(list => list.length > 0) ? Math.max(badgeRoom, ...rowBadges.map(badgesWidth)) : 0;
	// Two cells for the selection marker; the badges take the front of the subject, in a column of their own width.
	// The same array while width, badges and rows stay: a selection move then re-renders only the two rows it changes.
	const columns = useMemo(() => fitQueueColumns(width - 2, wanted > 0 ? wanted + 1 : 0, state.items), [width, wanted, state.items]);
	const subject = columns.find(column => column.flexible)?.size ?? 0;
	const room = Math.max(0, subject - subjectRoom - 1);
	const fitted = rowBadges.map(list => fittedBadges(list, Math.min(wanted, room)));
	const badgeWidth = wanted > 0 ? Math.min(room, wanted) : 0;
	const loadingMore = state.complete ? '' : ' loading…';
	const total = state.total !== null && state.total > count ? ` (${formatCount(state.total)} in all)` : '';
	// A merged queue names a desk that did not answer, so its missing rows are not a surprise.
	const down = state.down.length > 0 ? ` · ${state.down.join(', ')} down (R retries)` : '';
	const position = count === 0 ? down.slice(3) : `${formatCount(state.selected + 1)}/${formatCount(count)}${total}${loadingMore}${down}${note ? ` · ${note}` : ''}`;
	// The badges explain themselves (C:H, BREACH 12m, !): their column has no header of its own.
	const header = (column: (typeof columns)[number]) =>
		column.flexible && badgeWidth > 0 ? `${' '.repeat(badgeWidth + 1)}${fitCell(column.header, column.size - badgeWidth - 1)}` : fitCell(column.header, column.size);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<QueueTitle filters={state.filters} focused={focused} position={position} />
			<Text wrap="truncate-end" {...theme.tone.muted}>
				{`  ${columns.map(header).join(' ')}`}
			</Text>
			{count === 0 ? <QueueEmpty state={state} note={note} /> : null}
			{rows.map((conversation, index) => (
				<QueueRow
					key={conversation.id}
					conversation={conversation}
					columns={columns}
					selected={start + index === state.selected}
					now={now}
					badges={fitted[index]!}
					badgeWidth={badgeWidth}
				/>
			))}
		</Box>
	);
}

function QueueEmpty({state, note}: {state: QueueState; note: string | null}) {
	const theme = useTheme();
	if (state.status === 'error') return <Text {...theme.tone.danger}>{`✗ Could not load the queue: ${state.error ?? 'unknown error'} (R retries)`}</Text>;
	if (state.status === 'loading' || !state.complete) return <Text {...theme.tone.muted}>Loading conversations…</Text>;
	if (state.filters.triage !== 'any') {
		return <Text {...theme.tone.muted}>{`No conversation has these triage scores${note ? ` yet (${note})` : ''}. F changes the triage filter.`}</Text>;
	}
	const hint = state.filters.search ? 'Esc clears the search' : state.filters.view !== 'all' ? 'press 3 to see everyone\'s' : 'S changes the status filter';
	return <Text {...theme.tone.muted}>{`No conversations here. ${hint}.`}</Text>;
}
