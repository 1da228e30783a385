// The line above the footer: a question, a prompt, what is being done, or the last result.
import type {Tone} from '../../presenters/queue-columns.js';
import type {Notice, Overlay} from '../screens/workspace/workspace-state.js';
import {useTheme} from '../theme/theme-context.js';
import {PromptLine} from './prompt-line.js';
import {Text} from './text.js';

const glyphs: Record<Tone, string> = {normal: '·', muted: '·', accent: '›', ok: '✓', warning: '!', danger: '✗'};

export function NoticeLine({overlay, busy, notice, width}: {overlay: Overlay; busy: string | null; notice: Notice | null; width: number}) {
	const theme = useTheme();
	if (overlay.type === 'confirm') {
		return (
			<Text wrap="truncate-end">
				<Text {...theme.badge}>{overlay.question}</Text>
				{' ['}
				<Text {...theme.key}>y</Text>/<Text {...theme.key}>N</Text>
				{'] (No is the default)'}
			</Text>
		);
	}
	if (overlay.type === 'prompt') return <PromptLine label={overlay.label} editor={overlay.editor} width={width} />;
	if (busy) return <Text wrap="truncate-end" {...theme.tone.accent}>{`… ${busy}`}</Text>;
	if (notice) {
		return (
			<Text wrap="truncate-end" {...theme.tone[notice.tone]}>
				{`${glyphs[notice.tone]} ${notice.text}`}
			</Text>
		);
	}
	return <Text> </Text>;
}
