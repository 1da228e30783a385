// The `?` overlay: the whole keymap and command list, scrollable, generated from the tables.
import {Box} from 'ink';
import {useTheme} from '../theme/theme-context.js';
import {fitWidth} from '../../text/wrap.js';
import type {HelpLine} from './help-lines.js';
import {Text} from './text.js';

export function HelpOverlay({lines, scroll, width, height}: {lines: HelpLine[]; scroll: number; width: number; height: number}) {
	const theme = useTheme();
	const room = Math.max(1, height - 1);
	const start = Math.max(0, Math.min(scroll, lines.length - room));
	const shown = lines.slice(start, start + room);
	const position = lines.length > room ? ` (${start + 1}-${start + shown.length} of ${lines.length}, j/k to scroll)` : '';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text {...theme.focusedTitle}>{fitWidth(`Keys and commands${position} · Esc or ? closes`, width)}</Text>
			{shown.map((line, index) =>
				line.role === 'title' ? (
					<Text key={index} {...theme.title}>
						{fitWidth(line.text, width)}
					</Text>
				) : (
					<Text key={index} wrap="truncate-end">
						<Text {...theme.key}>{`  ${line.keys}  `}</Text>
						{line.text}
					</Text>
				),
			)}
		</Box>
	);
}
