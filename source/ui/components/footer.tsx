// The bottom line: the keys that matter here, from the keymap, as many as fit (help always shows).
import {Fragment} from 'react';
import type {FooterHint} from '../keys/key-help.js';
import {useTheme} from '../theme/theme-context.js';
import {displayWidth} from '../../text/wrap.js';
import {Text} from './text.js';

export function fitHints(hints: FooterHint[], width: number): FooterHint[] {
	const size = (list: FooterHint[]) => list.reduce((sum, hint) => sum + displayWidth(`${hint.key} ${hint.label}`) + 2, 0);
	const help = hints.find(hint => hint.label === 'help');
	let kept = hints;
	while (kept.length > 0 && size(kept) > width) {
		const withoutHelp = kept.filter(hint => hint !== help);
		kept = help ? [...withoutHelp.slice(0, -1), help] : kept.slice(0, -1);
		if (help && kept.length === 1) break;
	}
	return kept;
}

export function Footer({hints, width}: {hints: FooterHint[]; width: number}) {
	const theme = useTheme();
	return (
		<Text wrap="truncate-end">
			{fitHints(hints, width).map((hint, index) => (
				<Fragment key={hint.id}>
					{index > 0 ? '  ' : ''}
					<Text {...theme.key}>{hint.key}</Text>
					<Text {...theme.tone.muted}> {hint.label}</Text>
				</Fragment>
			))}
		</Text>
	);
}
