// The queue's title line: the three views as tabs (1 2 3), what the filters are, and where we are in the list.
import {Box} from 'ink';
import {Fragment} from 'react';
import {Text} from '../../components/text.js';
import {useTheme} from '../../theme/theme-context.js';
import {describeFilters, viewLabels, type AssigneeView, type QueueFilters} from './queue-filters.js';

const views: AssigneeView[] = ['mine', 'unassigned', 'all'];

export function QueueTitle({filters, focused, position}: {filters: QueueFilters; focused: boolean; position: string}) {
	const theme = useTheme();
	return (
		<Box width="100%">
			<Box flexGrow={1} flexShrink={1}>
				<Text wrap="truncate-end">
					{views.map((view, index) => {
						const active = view === filters.view;
						return (
							<Fragment key={view}>
								<Text {...(active ? (focused ? theme.focusedTitle : theme.title) : theme.tone.muted)}>
									{active ? `[${index + 1} ${viewLabels[view]}]` : ` ${index + 1} ${viewLabels[view]} `}
								</Text>
								<Text> </Text>
							</Fragment>
						);
					})}
					<Text {...theme.tone.muted}>{describeFilters(filters)}</Text>
				</Text>
			</Box>
			{/* Where we are in the list never gives way to the filters. */}
			<Box flexShrink={0} marginLeft={1}>
				<Text {...theme.tone.muted}>{position}</Text>
			</Box>
		</Box>
	);
}
