// The body between the status bar and the bottom lines: the panes for this layout, or the key list.
import {Box} from 'ink';
import type {ReactNode} from 'react';
import {HelpOverlay} from '../../components/help-overlay.js';
import type {HelpLine} from '../../components/help-lines.js';
import {PickerBox} from '../../components/picker/picker-box.js';
import {visibleChoices} from '../../components/picker/picker-state.js';
import {useTheme} from '../../theme/theme-context.js';
import type {Layout} from './layout.js';
import type {Overlay} from './workspace-state.js';

type Props = {layout: Layout; overlay: Overlay; helpLines: HelpLine[]; queue: ReactNode; conversation: ReactNode};

export function WorkspaceBody({layout, overlay, helpLines, queue, conversation}: Props) {
	const theme = useTheme();
	if (overlay.type === 'help') {
		return <HelpOverlay lines={helpLines} scroll={overlay.scroll} width={layout.columns} height={layout.bodyHeight} />;
	}
	const pickerWidth = Math.min(64, layout.columns - 2);
	const pickerHeight = overlay.type === 'picker' ? Math.min(layout.bodyHeight, visibleChoices(overlay.picker).length + 5) : 0;
	return (
		<Box flexDirection="row" width={layout.columns} height={layout.bodyHeight}>
			{layout.showQueue ? queue : null}
			{layout.split ? (
				<Box height={layout.bodyHeight} width={1} borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} borderColor={theme.border} />
			) : null}
			{layout.showConversation ? conversation : null}
			{overlay.type === 'picker' ? (
				<Box position="absolute" top={0} left={Math.max(0, Math.floor((layout.columns - pickerWidth) / 2))}>
					<PickerBox picker={overlay.picker} width={pickerWidth} height={pickerHeight} />
				</Box>
			) : null}
		</Box>
	);
}
