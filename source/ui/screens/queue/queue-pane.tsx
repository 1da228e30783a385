// The queue pane: title, column header and only the rows that fit (windowed), or its loading/empty/error state.
import {Box, Text} from 'ink';
import {fitCell} from '../../../presenters/queue-columns.js';
import type {ConsoleExtensions, RowBadge} from '../../extensions.js';
import {formatCount} from '../../text/format-count.js';
import {useTheme} from '../../theme/theme-context.js';
import {fitQueueColumns} from './console-columns.js';
import {QueueRow} from './queue-row.js';
import type {QueueState} from './queue-state.js';
import {QueueTitle} from './queue-title.js';
import {scrollOffset, visibleRange} from './queue-window.js';

// One shared empty list, so rows without badges keep their memoised render.
const noBadges: RowBadge[] = [];

type Props = {
	state: QueueState;
	width: number;
	height: number;
	focused: boolean;
	now: number;
	badges: ConsoleExtensions['queueBadges'];
};

export function QueuePane({state, width, height, focused, now, badges}: Props) {
	const theme = useTheme();
	const rowsHeight = Math.max(1, height - 2);
	// Two cells for the selection marker.
	const columns = fitQueueColumns(width - 2);
	const count = state.items.length;
	const offset = scrollOffset(state.offset, state.selected, rowsHeight, count);
	const {start, end} = visibleRange(offset, rowsHeight, count);
	const loadingMore = state.complete ? '' : ' loading…';
	const total = state.total !== null && state.total > count ? ` (${formatCount(state.total)} in all)` : '';
	const position = count === 0 ? '' : `${formatCount(state.selected + 1)}/${formatCount(count)}${total}${loadingMore}`;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<QueueTitle filters={state.filters} focused={focused} position={position} />
			<Text wrap="truncate-end" {...theme.tone.muted}>
				{`  ${columns.map(column => fitCell(column.header, column.size)).join(' ')}`}
			</Text>
			{count === 0 ? <QueueEmpty state={state} /> : null}
			{state.items.slice(start, end).map((conversation, index) => (
				<QueueRow
					key={conversation.id}
					conversation={conversation}
					columns={columns}
					selected={start + index === state.selected}
					now={now}
					badges={badges?.(conversation, now) ?? noBadges}
				/>
			))}
		</Box>
	);
}

function QueueEmpty({state}: {state: QueueState}) {
	const theme = useTheme();
	if (state.status === 'error') return <Text {...theme.tone.danger}>{`✗ Could not load the queue: ${state.error ?? 'unknown error'} (R retries)`}</Text>;
	if (state.status === 'loading' || !state.complete) return <Text {...theme.tone.muted}>Loading conversations…</Text>;
	const hint = state.filters.search ? 'Esc clears the search' : state.filters.view !== 'all' ? 'press 3 to see everyone\'s' : 'S changes the status filter';
	return <Text {...theme.tone.muted}>{`No conversations here. ${hint}.`}</Text>;
}
