// A picker drawn over the body: title, the filter being typed, and the visible choices.
import {Box} from 'ink';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth} from '../../../text/wrap.js';
import {Text} from '../text.js';
import {visibleChoices, type PickerState} from './picker-state.js';

export function PickerBox({picker, width, height}: {picker: PickerState; width: number; height: number}) {
	const theme = useTheme();
	const choices = visibleChoices(picker);
	// Every cell inside the border is written (a space margin included), so nothing underneath shows through.
	const inner = Math.max(10, width - 2);
	const line = (text: string) => fitWidth(` ${text}`, inner);
	// Title, filter line and borders take four rows.
	const room = Math.max(1, height - 4);
	const start = Math.max(0, Math.min(picker.selected - room + 1, choices.length - room));
	const shown = choices.slice(Math.max(0, start), Math.max(0, start) + room);
	const filterLine = picker.filterable ? `filter: ${picker.filter}▏` : 'press a letter or ↑↓ Enter';
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.focusedBorder} width={width}>
			<Text {...theme.focusedTitle}>{line(picker.title)}</Text>
			<Text {...theme.tone.muted}>{line(filterLine)}</Text>
			{shown.length === 0 ? <Text {...theme.tone.muted}>{line('nothing matches')}</Text> : null}
			{shown.map(item => {
				const isSelected = item === choices[picker.selected];
				const key = item.hotkey && !picker.filterable ? `${item.hotkey}  ` : '';
				const text = `${isSelected ? '›' : ' '} ${key}${item.label}${item.detail ? `  ${item.detail}` : ''}`;
				return (
					<Text key={item.id} {...(isSelected ? theme.selection : {})}>
						{line(text)}
					</Text>
				);
			})}
		</Box>
	);
}
