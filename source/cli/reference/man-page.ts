// `deskterm man`: the manual page in roff (man(7) macros), every command written from the command table (pure).
import type {CliReference, FlagReference} from './cli-reference.js';
import {description, environment, exitStatus, files, type Entry} from './manual-sections.js';

export type ManualExtras = {
	/** Login fields' variables, from the provider registry. */
	providerEnvironment: Entry[];
};

/** Text for roff: backslashes escaped, non-ASCII as \[uXXXX] (any groff reads it), no line starting with a control character. */
export function roffText(text: string): string {
	return text
		.replace(/\\/g, '\\e')
		.replace(/[^\x00-\x7F]/gu, character => `\\[u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`)
		.split('\n')
		.map(line => (/^[.']/.test(line) ? `\\&${line}` : line))
		.join('\n');
}

/** Flags and usage lines: minus signs that stay minus signs (copied from a terminal, they still work). */
const code = (text: string) => roffText(text).replace(/-/g, '\\-');

function flagItem(flag: FlagReference): string {
	const names = [...(flag.short ? [`\\fB\\-${code(flag.short)}\\fR`] : []), `\\fB\\-\\-${code(flag.name)}\\fR`].join(', ');
	return `.TP\n${names}${flag.valueName ? ` \\fI${code(flag.valueName)}\\fR` : ''}\n${roffText(flag.description)}`;
}

/** Help details: indented lines (examples, lists) stay as they are; other lines fill a paragraph. */
function detailsBlock(details: string): string {
	const out: string[] = [];
	let literal = false;
	for (const line of details.trimEnd().split('\n')) {
		const indented = /^\s/.test(line);
		if (indented && !literal) out.push('.RS 2', '.nf');
		if (!indented && literal) out.push('.fi', '.RE');
		literal = indented;
		out.push(line.trim() === '' ? '.PP' : indented ? code(line.replace(/^ {1,2}/, '')) : roffText(line));
	}
	if (literal) out.push('.fi', '.RE');
	return out.join('\n');
}

const entries = (list: readonly Entry[], bold = true) => list.map(entry => `.TP\n${bold ? '.B ' : ''}${roffText(entry.term)}\n${roffText(entry.text)}`).join('\n');

export function manPage(reference: CliReference, extras: ManualExtras): string {
	const commands = reference.commands.map(command =>
		[
			`.SS ${roffText(command.name)}`,
			`\\fB${code(command.usage)}\\fR`,
			'.PP',
			roffText(command.summary.endsWith('.') ? command.summary : `${command.summary}.`),
			...(command.details ? ['.PP', detailsBlock(command.details)] : []),
			...command.flags.map(flagItem),
		].join('\n'),
	);
	return `${[
		`.TH DESKTERM 1 "" "deskterm ${reference.version}" "User Commands"`,
		// Flags and field names read better whole: no hyphenation, ragged right.
		'.nh',
		'.ad l',
		'.SH NAME',
		'deskterm \\- a terminal console for helpdesk agents',
		'.SH SYNOPSIS',
		'.B deskterm',
		'[\\fIglobal options\\fR]',
		'.br',
		'.B deskterm',
		'\\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]',
		'.SH DESCRIPTION',
		description.map(roffText).join('\n.PP\n'),
		'.SH GLOBAL OPTIONS',
		reference.globals.map(flagItem).join('\n'),
		'.TP',
		'\\fB\\-\\-version\\fR',
		'print the version (also: deskterm version)',
		'.SH COMMANDS',
		commands.join('\n'),
		'.SH EXIT STATUS',
		entries(exitStatus),
		'.SH ENVIRONMENT',
		entries([...environment, ...extras.providerEnvironment]),
		'.SH FILES',
		entries(files, false),
		'.SH SEE ALSO',
		'The README and docs/ of the deskterm source: docs/cli.md for the commands in depth.',
	].join('\n')}\n`;
}
