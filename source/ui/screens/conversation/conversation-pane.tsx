// The conversation pane: title, the thread (scrolled), facts beside or below it, and the composer when open.
import {Box} from 'ink';
import type {ReactNode} from 'react';
import {Text} from '../../components/text.js';
import type {ConsolePanel} from '../../extensions.js';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth} from '../../../text/wrap.js';
import {conversationFacts, customerFacts} from './customer-facts.js';
import {CustomerStrip, type StripLine} from './customer-strip.js';
import type {ConversationState} from './conversation-state.js';
import {FactsPanel} from './facts-panel.js';
import type {ThreadLine} from './thread-lines.js';
import {ThreadView} from './thread-view.js';
import {sanitizeForTerminal} from '../../../presenters/sanitize.js';

type Props = {
	state: ConversationState;
	lines: ThreadLine[];
	offset: number;
	width: number;
	height: number;
	threadWidth: number;
	threadHeight: number;
	sidebarWidth: number;
	focused: boolean;
	now: number;
	/** Beside the facts when wide: before the conversation's facts, and after them. */
	panels: {first: ConsolePanel[]; last: ConsolePanel[]};
	/** Below the thread when narrow. */
	strip: StripLine[];
	composer: ReactNode;
};

export function ConversationPane(props: Props) {
	const theme = useTheme();
	const {state, width, height, now} = props;
	const conversation = state.conversation;
	if (!conversation) {
		const text =
			state.status === 'error'
				? `✗ Could not open conversation ${state.id}: ${state.error ?? ''} (R retries)`
				: state.status === 'loading'
					? `Opening conversation ${state.id}…`
					: 'No conversation open. Pick one in the queue and press Enter.';
		return (
			<Box width={width} height={height}>
				<Text {...(state.status === 'error' ? theme.tone.danger : theme.tone.muted)}>{text}</Text>
			</Box>
		);
	}
	const scrolled = props.lines.length > props.threadHeight ? ` (${props.offset + 1}-${Math.min(props.lines.length, props.offset + props.threadHeight)}/${props.lines.length})` : '';
	const title = `#${conversation.id} ${sanitizeForTerminal(conversation.subject)}${scrolled}`;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end" {...(props.focused ? theme.focusedTitle : theme.title)}>
				{fitWidth(title, width)}
			</Text>
			<Box flexDirection="row" height={props.threadHeight}>
				<ThreadView lines={props.lines} offset={props.offset} width={props.threadWidth} height={props.threadHeight} />
				{props.sidebarWidth > 0 ? (
					<Box marginLeft={1}>
						<FactsPanel
							customer={customerFacts(conversation, now)}
							conversation={conversationFacts(conversation, now)}
							panels={props.panels}
							width={props.sidebarWidth}
							height={props.threadHeight}
						/>
					</Box>
				) : null}
			</Box>
			{props.sidebarWidth > 0 ? null : <CustomerStrip lines={props.strip} width={width} />}
			{props.composer}
		</Box>
	);
}
