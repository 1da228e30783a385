// The side panel: who the customer is, where the conversation stands, and any wired-in panels.
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import type {ConsolePanel} from '../../extensions.js';
import {useTheme} from '../../theme/theme-context.js';
import {fitWidth, wrapText} from '../../../text/wrap.js';
import type {Fact} from './customer-facts.js';

type Props = {customer: Fact[]; conversation: Fact[]; panels: {first: ConsolePanel[]; last: ConsolePanel[]}; width: number; height: number};

export function FactsPanel({customer, conversation, panels, width, height}: Props) {
	const theme = useTheme();
	const labelWidth = 13;
	const valueWidth = Math.max(6, width - labelWidth - 1);
	const factRows = (facts: Fact[]) =>
		facts.flatMap(fact =>
			wrapText(fact.value, valueWidth).map((text, index) => (
				<Text key={`${fact.label}-${index}`} wrap="truncate-end">
					<Text {...theme.tone.muted}>{fitWidth(index === 0 ? fact.label : '', labelWidth)} </Text>
					<Text {...theme.tone[fact.tone ?? 'normal']}>{text}</Text>
				</Text>
			)),
		);
	const panelRows = (list: ConsolePanel[]) =>
		list.map(panel => (
			<Box key={panel.title} flexDirection="column">
				<Text> </Text>
				<Text {...theme.title}>{fitWidth(panel.title, width)}</Text>
				{panel.lines.flatMap((line, index) =>
					wrapText(line.text, width).map((text, part) => (
						<Text key={`${index}-${part}`} wrap="truncate-end" {...theme.tone[line.tone]}>
							{text}
						</Text>
					)),
				)}
			</Box>
		));
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{/* Rows keep their height and the panel clips them, instead of squeezing rows onto each other. */}
			<Box flexDirection="column" flexShrink={0}>
				<Text {...theme.title}>{fitWidth('Customer', width)}</Text>
				{factRows(customer)}
				{panelRows(panels.first)}
				<Text> </Text>
				<Text {...theme.title}>{fitWidth('Conversation', width)}</Text>
				{factRows(conversation)}
				{panelRows(panels.last)}
			</Box>
		</Box>
	);
}
