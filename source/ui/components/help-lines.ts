// The `?` overlay's lines: every key from the keymap, then every `:` command, for one width.
import {commandSpecs} from '../commands/command-line.js';
import {helpSections} from '../keys/key-help.js';
import {displayWidth, fitWidth, wrapText} from '../../text/wrap.js';

export type HelpLine = {keys: string; text: string; role: 'title' | 'row' | 'gap'};

/** Keys in a fixed column and the description beside them; keys too long for the column get a line of their own. */
function rows(keys: string, description: string, keyWidth: number, width: number): HelpLine[] {
	const wrapped = wrapText(description, Math.max(10, width - keyWidth - 4));
	const own = displayWidth(keys) > keyWidth ? [{keys, text: '', role: 'row' as const}] : [];
	const first = own.length > 0 ? '' : keys;
	return [...own, ...wrapped.map((text, index) => ({keys: fitWidth(index === 0 ? first : '', keyWidth), text, role: 'row' as const}))];
}

export function helpLines(readOnly: boolean, width: number): HelpLine[] {
	const sections = helpSections(readOnly);
	const commands = commandSpecs.filter(spec => !(readOnly && spec.dangerous));
	const keyWidth = Math.min(20, Math.floor(width / 3), Math.max(...sections.flatMap(section => section.rows.map(row => displayWidth(row.keys)))));
	const lines: HelpLine[] = [];
	for (const section of sections) {
		lines.push({keys: '', text: section.title, role: 'title'});
		for (const row of section.rows) lines.push(...rows(row.keys, row.description, keyWidth, width));
		lines.push({keys: '', text: '', role: 'gap'});
	}
	lines.push({keys: '', text: 'Command line (press :, Tab completes, ↑↓ history)', role: 'title'});
	for (const spec of commands) {
		const aliases = spec.aliases.length > 0 ? ` (also ${spec.aliases.map(alias => `:${alias}`).join(' ')})` : '';
		lines.push(...rows(`:${spec.usage}`, spec.description + aliases, keyWidth, width));
	}
	return lines;
}
