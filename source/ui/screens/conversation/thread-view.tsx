// The visible part of the thread: headers in the author's look, bodies behind their rule.
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth} from '../../../text/wrap.js';
import type {ThreadLine} from './thread-lines.js';

export function ThreadView({lines, offset, width, height}: {lines: ThreadLine[]; offset: number; width: number; height: number}) {
	const theme = useTheme();
	const shown = lines.slice(offset, offset + height);
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map((line, index) => {
				if (line.role === 'panel-title' || line.role === 'panel') {
					return (
						<Text key={offset + index} wrap="truncate-end" {...(line.role === 'panel-title' ? theme.title : theme.tone[line.tone ?? 'normal'])}>
							{fitWidth(line.text, width)}
						</Text>
					);
				}
				if (line.role === 'gap' || line.kind === null) return <Text key={offset + index}> </Text>;
				const look = theme.message[line.kind];
				return (
					<Text key={offset + index} wrap="truncate-end" {...(line.role === 'header' ? look.style : line.kind === 'note' ? theme.tone.warning : {})}>
						{fitWidth(line.text, width)}
					</Text>
				);
			})}
		</Box>
	);
}
