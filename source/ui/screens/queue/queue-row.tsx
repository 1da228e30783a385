// One queue row: the presenters' columns, toned by role, the selection marked by a glyph and inverse.
import {memo} from 'react';
import type {ConversationSummary} from '../../../domain/conversation.js';
import {fitCell, type QueueColumn} from '../../../presenters/queue-columns.js';
import {Text} from '../../components/text.js';
import type {RowBadge} from '../../extensions.js';
import {useTheme} from '../../theme/theme-context.js';
import {displayWidth} from '../../../text/wrap.js';

type Props = {
	conversation: ConversationSummary;
	columns: Array<QueueColumn & {size: number}>;
	selected: boolean;
	now: number;
	badges: RowBadge[];
	/** Cells the badges take at the front of the subject (the same in every row, so subjects line up). */
	badgeWidth: number;
};

export const QueueRow = memo(function QueueRow({conversation, columns, selected, now, badges, badgeWidth}: Props) {
	const theme = useTheme();
	return (
		<Text wrap="truncate-end" {...(selected ? theme.selection : {})}>
			{selected ? '› ' : '  '}
			{columns.map((column, index) => {
				const gap = index < columns.length - 1 ? ' ' : '';
				const tone = theme.tone[column.tone?.(conversation, now) ?? 'normal'];
				if (column.flexible && badgeWidth > 0) {
					const used = badges.reduce((sum, badge, badgeIndex) => sum + displayWidth(badge.text) + (badgeIndex > 0 ? 1 : 0), 0);
					return (
						<Text key={column.id}>
							{badges.map((badge, badgeIndex) => (
								<Text key={badgeIndex} {...theme.tone[badge.tone]}>{`${badgeIndex > 0 ? ' ' : ''}${badge.text}`}</Text>
							))}
							{' '.repeat(Math.max(0, badgeWidth - used) + 1)}
							<Text {...tone}>{fitCell(column.text(conversation, now), Math.max(1, column.size - badgeWidth - 1)) + gap}</Text>
						</Text>
					);
				}
				return (
					<Text key={column.id} {...tone}>
						{fitCell(column.text(conversation, now), column.size) + gap}
					</Text>
				);
			})}
		</Text>
	);
});
