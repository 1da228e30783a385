// What every shell's completion script is built from: first words, verbs, flags and value sources (pure).
import type {ValueSource} from '../command.js';
import type {CliReference, CommandReference, FlagReference} from './cli-reference.js';

export type Word = {word: string; description: string};

export type CompletionTable = {
	/** What may come first: commands and nouns ('templates'), with a line to show beside each. */
	firstWords: Word[];
	/** Noun -> its verbs ('demo' -> reset, incoming). */
	verbs: Map<string, Word[]>;
	commands: CommandReference[];
	globals: FlagReference[];
};

export function completionTable(reference: CliReference): CompletionTable {
	const verbs = new Map<string, Word[]>();
	for (const command of reference.commands) {
		if (command.words.length < 2) continue;
		const [noun, verb] = command.words as [string, string];
		verbs.set(noun, [...(verbs.get(noun) ?? []), {word: verb, description: command.summary}]);
	}
	const firstWords: Word[] = [];
	for (const command of reference.commands) {
		const word = command.words[0]!;
		if (firstWords.some(known => known.word === word)) continue;
		const single = reference.commands.find(other => other.name === word);
		const description = single?.summary ?? `${(verbs.get(word) ?? []).map(verb => verb.word).join(', ')}`;
		firstWords.push({word, description});
	}
	return {firstWords, verbs, commands: reference.commands, globals: reference.globals};
}

/** A value source in one word for the scripts: "choice:a b", "list:a b" (comma-separated), "conversation", "file" ... */
export function sourceCode(source: ValueSource): string {
	if (source.kind === 'choice') return `${source.list ? 'list' : 'choice'}:${source.values.join(' ')}`;
	return source.kind;
}

/** __deskterm_flag_value and __deskterm_argument, the same text in bash and zsh: each sets REPLY to a sourceCode. */
export function valueFunctions(table: CompletionTable): string {
	const row = (patterns: string, source: ValueSource) => `\t\t${patterns}) REPLY=${shellQuoted(sourceCode(source))} ;;`;
	const valueRows = [
		...table.commands.flatMap(command =>
			command.flags.filter(flag => flag.takesValue).map(flag => row(flagSpellings(flag).map(spelling => shellQuoted(`${command.name} ${spelling}`)).join('|'), flag.value)),
		),
		...table.globals.filter(flag => flag.takesValue).map(flag => row(flagSpellings(flag).map(spelling => `*${shellQuoted(` ${spelling}`)}`).join('|'), flag.value)),
	];
	const argumentRows = table.commands.flatMap(command => command.arguments.map((source, index) => row(shellQuoted(`${command.name} ${index + 1}`), source)));
	const caseFunction = (name: string, rows: string[]) => `${name}() {\n\tcase "$1 $2" in\n${rows.map(line => `${line}\n`).join('')}\t\t*) REPLY='' ;;\n\tesac\n}`;
	return `# A flag's value: choice:WORDS, list:WORDS (comma-separated), conversation, profile, template, file, dir or none; '' takes none.
${caseFunction('__deskterm_flag_value', valueRows)}

${caseFunction('__deskterm_argument', argumentRows)}`;
}

/** Every spelling of a flag: --name and, when it has one, -x. */
export function flagSpellings(flag: FlagReference): string[] {
	return flag.short ? [`--${flag.name}`, `-${flag.short}`] : [`--${flag.name}`];
}

/** A command's own flags, then the global ones it does not redefine. */
export function flagsOf(command: CommandReference | undefined, globals: readonly FlagReference[]): FlagReference[] {
	const own = command?.flags ?? [];
	return [...own, ...globals.filter(global => !own.some(flag => flag.name === global.name))];
}

/** Single-quoted for bash and zsh. */
export function shellQuoted(text: string): string {
	return `'${text.replace(/'/g, "'\\''")}'`;
}

/** Single-quoted for fish, where a backslash escapes a quote or a backslash inside the quotes. */
export function fishQuoted(text: string): string {
	return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
