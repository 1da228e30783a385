// The composer: who it goes to (or that it is an internal note), the text with its cursor, the `/` template list,
// the template field being filled, what the templates will do when the reply is sent, and how to send.
import {Box} from 'ink';
import type {ActionStep} from '../../../operations/template-use.js';
import {sanitizeForTerminal} from '../../../presenters/sanitize.js';
import type {TemplatePopup} from '../../../templates/template-popup.js';
import {Text} from '../../components/text.js';
import {keyAction} from '../../keys/keymap.js';
import {keyLabel} from '../../keys/key-pattern.js';
import {useTheme} from '../../theme/theme-context.js';
import {bufferRows, visibleBufferRows} from '../../../text/buffer-rows.js';
import {fitWidth} from '../../../text/wrap.js';
import {bufferText, isBlank} from '../../../text/text-buffer.js';
import type {ComposerState} from './composer-state.js';
import {FillPrompt} from './fill-prompt.js';
import {TemplateList, templateListRows} from './template-list.js';

type Props = {
	state: ComposerState;
	width: number;
	height: number;
	recipient: string;
	channel: string;
	popup: TemplatePopup | null;
	/** What the reply's templates do when it is sent, and whether one is a human-only topic. */
	withSend: {steps: ActionStep[]; humanOnly: boolean};
	/** Templates are loaded: `/` finds them. */
	templates: boolean;
};

const firstKey = (id: string) => keyLabel(keyAction(id).keys[0]!);

export function Composer({state, width, height, recipient: name, channel, popup, withSend, templates}: Props) {
	const theme = useTheme();
	const recipient = sanitizeForTerminal(name).replace(/\s+/g, ' ');
	const isNote = state.kind === 'note';
	const sendLine = !isNote && (withSend.steps.length > 0 || withSend.humanOnly) ? withSendText(withSend) : null;
	const changeLines = state.changes === null ? [] : changeRows(state.changes, Math.max(1, height - 5));
	const extra = (state.fill ? 1 : 0) + (sendLine ? 1 : 0) + changeLines.length;
	const listRows = popup ? templateListRows(popup, Math.min(5, height - 4 - extra)) : 0;
	const textHeight = Math.max(1, height - 2 - extra - listRows);
	const rows = visibleBufferRows(bufferRows(state.buffer, width), textHeight);
	const title = isNote ? `✎ INTERNAL NOTE on ${recipient}'s conversation · only agents see this` : `▶ Reply to ${recipient} · sent by ${channel}`;
	const text = bufferText(state.buffer);
	const size = `${state.buffer.lines.length} ${state.buffer.lines.length === 1 ? 'line' : 'lines'} · ${[...text].length} characters`;
	const idle = `${size} · Enter adds a line${templates ? ' · / finds a template' : ''} · ${firstKey('composer.send')} ${isNote ? 'saves the note' : 'sends'}`;
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
						<Text {...theme.tone.muted}>{isNote ? 'Write a note for your team…' : `Write to ${recipient}…${templates ? ' (/ and a few letters finds a template)' : ''}`}</Text>
					</Text>
				) : (
					rows.map((row, index) => (
						<Text key={index} wrap="truncate-end" {...(isNote ? theme.tone.warning : {})}>
							{/* An empty line still takes its row. */}
							{row.before === '' && row.cursor === null && row.after === '' ? ' ' : row.before}
							{row.cursor === null ? null : <Text {...theme.cursor}>{row.cursor}</Text>}
							{row.after}
						</Text>
					))
				)}
			</Box>
			{popup ? <TemplateList popup={popup} width={width} rows={listRows} /> : null}
			{state.fill ? <FillPrompt fill={state.fill} width={width} /> : null}
			{sendLine ? (
				<Text wrap="truncate-end" {...(withSend.steps.some(step => !step.supported) ? theme.tone.warning : theme.tone.accent)}>
					{fitWidth(sendLine, width)}
				</Text>
			) : null}
			{changeLines.map((line, index) => (
				<Text key={index} wrap="truncate-end" {...theme.tone.warning}>
					{fitWidth(line, width)}
				</Text>
			))}
			<Text wrap="truncate-end" {...(state.error ? theme.tone.danger : theme.tone.muted)}>
				{fitWidth(status, width)}
			</Text>
		</Box>
	);
}

/** "Since you opened it: ..." then one change a row, the oldest ones folded when there is no room. */
export function changeRows(changes: readonly string[], room: number): string[] {
	const rows = [`! Since you opened it: ${changes.length === 1 ? changes[0]! : `${changes.length} changes`}`];
	if (changes.length === 1) return rows;
	const shown = changes.slice(-Math.max(1, room - 1));
	const hidden = changes.length - shown.length;
	return [...rows, ...shown.map((change, index) => `  ${index === 0 && hidden > 0 ? `(+${hidden} earlier) ` : ''}${change}`)];
}

/** "With the reply: +duplicate-charge · priority high · ⚑ human-only topic (fine for a person, never a bot)". */
export function withSendText({steps, humanOnly}: Props['withSend']): string {
	const parts = steps.map(step => (step.supported ? step.text : `${step.text} (this desk cannot)`));
	if (humanOnly) parts.push('⚑ human-only topic: fine for you, never for a bot');
	return `With the reply: ${parts.join(' · ')}`;
}
