// One line for a mistyped command, verb or flag, with a "did you mean" when a known one is close.
import {didYouMean} from '../domain/edit-distance.js';
import {DeskError} from '../domain/errors.js';
import {commands} from './commands.js';
import {globalOptions} from './global-options.js';

/** argv named no command: an unknown noun, a noun without its verb, or a verb the noun does not have. */
export function unknownCommandError(argv: readonly string[]): DeskError {
	const visible = commands.filter(command => !command.hidden);
	const noun = argv[0] ?? '';
	// A flag where the command should be is a global flag mistyped before it (deskterm --profle rt queue).
	if (noun.startsWith('-')) return new DeskError('usage', unknownOptionMessage(`Unknown option '${noun}'`, Object.keys(globalOptions))!);
	const verbs = visible.filter(command => command.name.startsWith(`${noun} `)).map(command => command.name.slice(noun.length + 1));
	if (verbs.length > 0) {
		const verb = argv[1];
		if (verb === undefined || verb.startsWith('-')) return new DeskError('usage', `"${noun}" needs a verb: ${verbs.map(name => `${noun} ${name}`).join(', ')}`);
		return new DeskError('usage', `${noun}: unknown verb "${verb}"${didYouMean(verb, verbs, name => `${noun} ${name}`)} (verbs: ${verbs.join(', ')})`);
	}
	const known = [...new Set(visible.map(command => command.name.split(' ')[0]!)), 'help', 'version'];
	return new DeskError('usage', `unknown command "${noun}"${didYouMean(noun, known)} (run deskterm --help for the list)`);
}

/** node:util's "Unknown option '--stauts'" becomes "unknown option '--stauts'; did you mean --status?". */
export function unknownOptionMessage(message: string, flagNames: readonly string[]): string | undefined {
	const typed = /^Unknown option '(--?)([^'=]+)/.exec(message);
	if (!typed) return undefined;
	const dashes = typed[1]!;
	const name = typed[2]!;
	// A one-letter -x is too short to guess from.
	const hint = dashes === '--' ? didYouMean(name, flagNames, known => `--${known}`) : '';
	return `unknown option '${dashes}${name}'${hint}`;
}
