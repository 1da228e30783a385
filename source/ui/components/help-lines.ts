// The `?` overlay's lines: every key from the keymap, then every `:` command, for one width.
import {commandSpecs} from '../commands/command-line.js';
import {helpSections} from '../keys/key-help.js';
import {displayWidth, wrapText} from '../text/wrap.js';

export type HelpLine = {keys: string; text: string; role: 'title' | 'row' | 'gap'};

function rows(keys: string, description: string, keyWidth: number, width: number): HelpLine[] {
	const wrapped = wrapText(description, Math.max(10, width - keyWidth - 2));
	return wrapped.map((text, index) => ({keys: index === 0 ? keys : '', text, role: 'row' as const}));
}

export function helpLines(readOnly: boolean, width: number): HelpLine[] {
	const sections = helpSections(readOnly);
	const commands = commandSpecs.filter(spec => !(readOnly && spec.dangerous));
	const keyWidth = Math.min(
		Math.floor(width / 2),
		Math.max(...sections.flatMap(section => section.rows.map(row => displayWidth(row.keys))), ...commands.map(spec => displayWidth(`:${spec.usage}`))),
	);
	const lines: HelpLine[] = [];
	for (const section of sections) {
		lines.push({keys: '', text: section.title, role: 'title'});
		for (const row of section.rows) lines.push(...rows(row.keys, row.description, keyWidth, width));
		lines.push({keys: '', text: '', role: 'gap'});
	}
	lines.push({keys: '', text: 'Command line (press :, Tab completes, ↑↓ history)', role: 'title'});
	for (const spec of commands) {
		const names = [spec.name, ...spec.aliases].map(name => `:${name}`).join(' ');
		lines.push(...rows(`:${spec.usage}`, `${spec.description}${spec.aliases.length > 0 ? ` (also ${names.split(' ').slice(1).join(' ')})` : ''}`, keyWidth, width));
	}
	return lines.map(line => ({...line, keys: line.keys === '' ? ' '.repeat(keyWidth) : line.keys}));
}
