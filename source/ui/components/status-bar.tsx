// The top line: desk, agent, counts and the read-only badge; never wider than the terminal.
import {Fragment} from 'react';
import {useTheme} from '../theme/theme-context.js';
import {barSeparator, fitSegments, statusSegments, type BarInput} from './bar-segments.js';
import {Text} from './text.js';

export function StatusBar({width, ...input}: BarInput & {width: number}) {
	const theme = useTheme();
	const segments = fitSegments(statusSegments(input), width);
	return (
		<Text wrap="truncate-end" {...theme.statusBar}>
			{segments.map((segment, index) => (
				<Fragment key={segment.text}>
					{index > 0 ? <Text {...theme.tone.muted}>{barSeparator}</Text> : null}
					<Text {...(segment.tone === 'badge' ? theme.badge : theme.tone[segment.tone])}>{segment.text}</Text>
				</Fragment>
			))}
		</Text>
	);
}
