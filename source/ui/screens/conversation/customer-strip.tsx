// Below the thread on narrow terminals: the customer in one line, the conversation's state in another.
import {Box, Text} from 'ink';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth} from '../../text/wrap.js';

export function CustomerStrip({customer, conversation, width}: {customer: string; conversation: string; width: number}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width} height={2}>
			<Text wrap="truncate-end" {...theme.title}>{fitWidth(customer, width)}</Text>
			<Text wrap="truncate-end" {...theme.tone.muted}>{fitWidth(conversation, width)}</Text>
		</Box>
	);
}
