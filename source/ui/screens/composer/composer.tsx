// The composer: who it goes to (or that it is an internal note), the text with its cursor, and how to send.
import {Box, Text} from 'ink';
import {sanitizeForTerminal} from '../../../presenters/sanitize.js';
import {keyAction} from '../../keys/keymap.js';
import {keyLabel} from '../../keys/key-pattern.js';
import {useTheme} from '../../theme/theme-context.js';
import {bufferRows, visibleBufferRows} from '../../text/buffer-rows.js';
import {fitWidth} from '../../text/wrap.js';
import {bufferText, isBlank} from '../../text/text-buffer.js';
import type {ComposerState} from './composer-state.js';

type Props = {state: ComposerState; width: number; height: number; recipient: string; channel: string};

const firstKey = (id: string) => keyLabel(keyAction(id).keys[0]!);

export function Composer({state, width, height, recipient: name, channel}: Props) {
	const theme = useTheme();
	const recipient = sanitizeForTerminal(name).replace(/\s+/g, ' ');
	const textHeight = Math.max(1, height - 2);
	const rows = visibleBufferRows(bufferRows(state.buffer, width), textHeight);
	const isNote = state.kind === 'note';
	const title = isNote ? `✎ INTERNAL NOTE on ${recipient}'s conversation · only agents see this` : `▶ Reply to ${recipient} · sent by ${channel}`;
	const text = bufferText(state.buffer);
	const size = `${state.buffer.lines.length} ${state.buffer.lines.length === 1 ? 'line' : 'lines'} · ${[...text].length} characters`;
	const idle = `${size} · Enter adds a line · ${firstKey('composer.send')} ${isNote ? 'saves the note' : 'sends'}`;
	const status = state.sending ? `… ${isNote ? 'Saving note' : 'Sending reply'}` : state.error ? `✗ ${state.error} (your text is kept; ${firstKey('composer.send')} tries again)` : idle;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end" {...(isNote ? theme.badge : theme.focusedTitle)}>
				{fitWidth(title, width)}
			</Text>
			<Box flexDirection="column" height={textHeight}>
				{isBlank(state.buffer) && state.buffer.lines.length === 1 ? (
					<Text wrap="truncate-end">
						<Text {...theme.cursor}> </Text>
						<Text {...theme.tone.muted}>{isNote ? 'Write a note for your team…' : `Write to ${recipient}…`}</Text>
					</Text>
				) : (
					rows.map((row, index) => (
						<Text key={index} wrap="truncate-end" {...(isNote ? theme.tone.warning : {})}>
							{row.before}
							{row.cursor === null ? null : <Text {...theme.cursor}>{row.cursor}</Text>}
							{row.after}
						</Text>
					))
				)}
			</Box>
			<Text wrap="truncate-end" {...(state.error ? theme.tone.danger : theme.tone.muted)}>
				{fitWidth(status, width)}
			</Text>
		</Box>
	);
}
