// One queue row: the presenters' columns, toned by role, the selection marked by a glyph and inverse.
import {Text} from 'ink';
import {memo} from 'react';
import type {ConversationSummary} from '../../../domain/conversation.js';
import {fitCell, type QueueColumn} from '../../../presenters/queue-columns.js';
import type {RowBadge} from '../../extensions.js';
import {useTheme} from '../../theme/theme-context.js';
import {displayWidth} from '../../text/wrap.js';

type Props = {
	conversation: ConversationSummary;
	columns: Array<QueueColumn & {size: number}>;
	selected: boolean;
	now: number;
	badges: RowBadge[];
};

export const QueueRow = memo(function QueueRow({conversation, columns, selected, now, badges}: Props) {
	const theme = useTheme();
	const badgeText = badges.map(badge => `[${badge.text}]`);
	return (
		<Text wrap="truncate-end" {...(selected ? theme.selection : {})}>
			{selected ? '› ' : '  '}
			{columns.map((column, index) => {
				const gap = index < columns.length - 1 ? ' ' : '';
				const tone = theme.tone[column.tone?.(conversation, now) ?? 'normal'];
				if (column.flexible && badgeText.length > 0) {
					const used = badgeText.reduce((sum, text) => sum + displayWidth(text) + 1, 0);
					return (
						<Text key={column.id}>
							{badges.map((badge, badgeIndex) => (
								<Text key={badgeIndex} {...theme.tone[badge.tone]}>{`${badgeText[badgeIndex]} `}</Text>
							))}
							<Text {...tone}>{fitCell(column.text(conversation, now), Math.max(1, column.size - used)) + gap}</Text>
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
