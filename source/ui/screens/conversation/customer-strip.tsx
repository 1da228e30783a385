// Below the thread on narrow terminals: the customer in one line, the conversation's state in another, then
// triage and suggested replies in a line each when they are known.
import {Box} from 'ink';
import type {Tone} from '../../../presenters/queue-columns.js';
import {Text} from '../../components/text.js';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth} from '../../../text/wrap.js';

export type StripLine = {text: string; tone: Tone | 'title'};

export function CustomerStrip({lines, width}: {lines: StripLine[]; width: number}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width} height={lines.length}>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end" {...(line.tone === 'title' ? theme.title : theme.tone[line.tone])}>
					{fitWidth(line.text, width)}
				</Text>
			))}
		</Box>
	);
}
